import type { SqlRunner } from '../db/database';
import { HistoryOperation, type ActorValue } from '../history/history.types';
import { ADDRESS_SNAPSHOT, CUSTOMER_SNAPSHOT, UNDIFFED, type SnapshotKind } from '../history/snapshots';
import { WebhookEventType } from '../webhooks/event-types';

type Sql = Omit<SqlRunner, 'transaction'>;

/** The events an imported customer's creation sends; when a webhook subscribes to one, the entries are built in JS with them (history.ts). */
export const CREATE_EVENTS: WebhookEventType[] = [
  WebhookEventType.CUSTOMER_CREATED,
  WebhookEventType.CUSTOMER_ADDRESS_CREATED,
  WebhookEventType.CUSTOMER_GROUP_MEMBERSHIP_CHANGED,
];

/** UTC wall time as Date.toISOString() writes it (the columns hold UTC). */
const iso = (column: string) => `to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** A snapshot field's JSON value from table alias `t`, as snapshots.ts converts it. */
function valueSql(t: string, field: string, kind: SnapshotKind): string {
  const column = `${t}."${field}"`;
  if (kind === 'date') return `to_char(${column}, 'YYYY-MM-DD')`;
  if (kind === 'time') return iso(column);
  if (kind === 'region')
    return `CASE WHEN ${t}."regionCode" IS NULL AND ${t}."regionName" IS NULL AND ${t}."regionId" IS NULL THEN NULL
     ELSE json_build_object('id', ${t}."regionId", 'code', ${t}."regionCode", 'name', ${t}."regionName") END`;
  return column; // an enum (gender) becomes its label
}

/**
 * jsonb's own key order: shorter keys first, then bytewise (the names are
 * ASCII). jsonb_in sorts every object's keys; text that is already in that
 * order costs it one pass instead of a sort. The stored jsonb is the same.
 */
const byJsonbKey = ([a]: readonly [string, ...unknown[]], [b]: readonly [string, ...unknown[]]) =>
  a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);

/** The customer's fields as diffSnapshots lists a creation: customerSnapshot's order, bookkeeping (id, createdAt, updatedAt, version) left out. */
const CUSTOMER_FIELDS = CUSTOMER_SNAPSHOT.filter(([field]) => !UNDIFFED.has(field)).map(([field, kind]): [string, string] => [
  field,
  valueSql('c', field, kind),
]);

/** addressSnapshot in SQL: every field, nulls included (keys in jsonb's order). */
const ADDRESS_JSON = `json_build_object(${[...ADDRESS_SNAPSHOT]
  .sort(byJsonbKey)
  .map(([field, kind]) => `'${field}', ${valueSql('a', field, kind)}`)
  .join(', ')})`;

/** A field's change as JSON text (keys in jsonb's order); NULL (left out) when the value is null, as || with NULL is NULL. */
const change = (field: string, value: string, before = 'null') => `'{"after":' || ${value} || ',"field":"${field}","before":${before}}'`;
const created = (field: string, value: string) => change(field, `to_json(${value})::text`);
const secret = (field: string, column: string) =>
  `CASE WHEN c."${column}" IS NULL THEN NULL ELSE '{"after":null,"field":"${field}","before":null}' END`;

/** The customer's live groups' ids (C order), NULL when none. */
const GROUP_IDS = `(SELECT json_agg(m."groupId" ORDER BY m."groupId" COLLATE "C") FROM "CustomerGroupMember" m
   WHERE m."customerId" = c."id" AND m."groupId" NOT IN (SELECT g."id" FROM "CustomerGroup" g WHERE g."deletedAt" IS NOT NULL))::text`;

/** The customer's addresses in creation order, NULL when none. */
const ADDRESSES = `(SELECT json_agg(${ADDRESS_JSON} ORDER BY a."createdAt", a."id")
     FROM "Address" a WHERE a."customerId" = c."id")::text`;

/**
 * One statement: the CREATE entry of each customer an import created, built
 * from the rows just written (nothing travels back to the importer and out
 * again). The same entry history.ts builds with customerChange: the fields
 * that are set, the secrets by name, groupIds, and the addresses folded in
 * as one "addresses" field.
 *
 * The entry is written as JSON text and parsed into jsonb once: concat_ws
 * skips the fields that are null. Building it as jsonb values instead
 * (jsonb_build_object per field, array_remove, to_jsonb) cost ~25% more
 * server CPU for the same bytes (docs/import.md).
 *
 * The plan is a nested loop in the ids' order: each customer by its key,
 * its groups and addresses by index (the deleted groups hashed once), so
 * the entries come out in file order with no sort of the wide rows (the
 * LATERAL ... OFFSET 0 keeps the planner from joining first and sorting
 * after; the ORDER BY costs nothing on top of it).
 */
const RECORD_CREATES_SQL = `
INSERT INTO "CustomerHistory" ("customerId", "at", "operation", "subjectId", "actorKind", "actorId", "actorName", "changes")
SELECT x."id", $2::timestamp, '${HistoryOperation.CREATE}', NULL, $3::text, $4::text, $5::text, x."changes"
  FROM unnest($1::text[]) WITH ORDINALITY AS i("id", "n")
 CROSS JOIN LATERAL (SELECT c."id", ('[' || concat_ws(',', ${[
   ...CUSTOMER_FIELDS.map(([field, value]) => created(field, value)),
   secret('password', 'passwordHash'),
   secret('confirmation', 'confirmation'),
   change('groupIds', GROUP_IDS, '[]'),
   change('addresses', ADDRESSES),
 ].join(',\n    ')}) || ']')::jsonb AS "changes"
    FROM "Customer" c WHERE c."id" = i."id" OFFSET 0) x
 ORDER BY i."n"`;

/** History entries (actor IMPORT) for customers an import created, in the caller's transaction. */
export async function recordCreatesInSql(tx: Sql, actor: ActorValue, ids: string[], at = new Date()): Promise<void> {
  if (ids.length === 0) return;
  // Without statistics on the tables an import has just filled, the planner prices the subqueries per
  // customer high enough to JIT-compile the statement: 30-70 ms per batch for a statement that runs in
  // ~70. The setting ends with the batch's transaction (the rest of it is small statements too).
  await tx.query('SET LOCAL jit = off');
  await tx.query(RECORD_CREATES_SQL, [ids, at.toISOString().slice(0, -1), actor.kind, actor.id, actor.name]);
}
