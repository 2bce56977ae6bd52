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
     ELSE jsonb_build_object('code', ${t}."regionCode", 'name', ${t}."regionName", 'id', ${t}."regionId") END`;
  return column; // an enum (gender) becomes its label
}

/** The customer's fields as diffSnapshots lists a creation: customerSnapshot's order, bookkeeping (id, createdAt, updatedAt, version) left out. */
const CUSTOMER_FIELDS = CUSTOMER_SNAPSHOT.filter(([field]) => !UNDIFFED.has(field)).map(([field, kind]): [string, string] => [
  field,
  valueSql('c', field, kind),
]);

/** addressSnapshot in SQL: every field, nulls included. */
const ADDRESS_JSON = `json_build_object(${ADDRESS_SNAPSHOT.map(([field, kind]) => `'${field}', ${valueSql('a', field, kind)}`).join(', ')})`;

/** A created field's change as JSON text; NULL (left out) when the value is null, as || with NULL is NULL. */
const created = (field: string, value: string) => `'{"field":"${field}","before":null,"after":' || to_json(${value})::text || '}'`;
const secret = (field: string, column: string) =>
  `CASE WHEN c."${column}" IS NULL THEN NULL ELSE '{"field":"${field}","before":null,"after":null}' END`;

/**
 * One statement: the CREATE entry of each customer an import created, built
 * from the rows just written (nothing travels back to the importer and out
 * again). The same entry history.ts builds with customerChange: the fields
 * that are set, the secrets by name, groupIds, and the addresses folded in
 * as one "addresses" field. Addresses and groups are aggregated once for the
 * whole batch (hash-joined, not a subquery per customer).
 *
 * The entry is written as JSON text and parsed into jsonb once: concat_ws
 * skips the fields that are null. Building it as jsonb values instead
 * (jsonb_build_object per field, array_remove, to_jsonb) cost ~25% more
 * server CPU for the same bytes (docs/import.md).
 */
const RECORD_CREATES_SQL = `
WITH ids AS (
  SELECT i."id", i."n" FROM unnest($1::text[]) WITH ORDINALITY AS i("id", "n")
), addresses AS (
  SELECT a."customerId", json_agg(${ADDRESS_JSON} ORDER BY a."createdAt", a."id")::text AS "list"
    FROM "Address" a WHERE a."customerId" IN (SELECT "id" FROM ids) GROUP BY a."customerId"
), groups AS (
  SELECT m."customerId", json_agg(m."groupId" ORDER BY m."groupId" COLLATE "C")::text AS "list"
    FROM "CustomerGroupMember" m JOIN "CustomerGroup" g ON g."id" = m."groupId" AND g."deletedAt" IS NULL
   WHERE m."customerId" IN (SELECT "id" FROM ids) GROUP BY m."customerId"
)
INSERT INTO "CustomerHistory" ("customerId", "at", "operation", "subjectId", "actorKind", "actorId", "actorName", "changes")
SELECT c."id", $2::timestamp, '${HistoryOperation.CREATE}', NULL, $3::text, $4::text, $5::text,
  ('[' || concat_ws(',', ${[
    ...CUSTOMER_FIELDS.map(([field, value]) => created(field, value)),
    secret('password', 'passwordHash'),
    secret('confirmation', 'confirmation'),
    `'{"field":"groupIds","before":[],"after":' || g."list" || '}'`,
    `'{"field":"addresses","before":null,"after":' || a."list" || '}'`,
  ].join(',\n    ')}) || ']')::jsonb
FROM ids i JOIN "Customer" c ON c."id" = i."id"
LEFT JOIN addresses a ON a."customerId" = c."id" LEFT JOIN groups g ON g."customerId" = c."id"
ORDER BY i."n"`;

/** History entries (actor IMPORT) for customers an import created, in the caller's transaction. */
export async function recordCreatesInSql(tx: Sql, actor: ActorValue, ids: string[], at = new Date()): Promise<void> {
  if (ids.length === 0) return;
  await tx.query(RECORD_CREATES_SQL, [ids, at.toISOString().slice(0, -1), actor.kind, actor.id, actor.name]);
}
