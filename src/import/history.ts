import type { Address as AddressRow, Customer as CustomerRow } from '../generated/prisma/client';
import type { SqlRunner } from '../db/database';
import { recordChanges, type RecordedChange } from '../history/change-recorder';
import { addressChange, addressListChanges, customerChange, groupIdsChange } from '../history/changes';
import { addressSnapshot } from '../history/snapshots';
import { ActorKind, HistoryOperation, type ActorValue } from '../history/history.types';

type Sql = Omit<SqlRunner, 'transaction'>;

/** Customers, their addresses and live group ids, as history compares them. */
export interface CustomerState {
  customers: Map<string, CustomerRow>;
  addresses: Map<string, AddressRow[]>;
  groups: Map<string, string[]>;
}

/** The import as history names it: actor IMPORT, named after the source. */
export const importActor = (source: string, file: string): ActorValue => ({ kind: ActorKind.IMPORT, id: null, name: `${source}: ${file}` });

/**
 * The state of these customers inside the import's transaction, in three
 * statements. Rows come as JSON (to_jsonb) and timestamps are read as the
 * UTC wall time they are stored as, so the result does not depend on the
 * driver's or the process's time zone.
 */
export async function loadState(tx: Sql, ids: string[]): Promise<CustomerState> {
  const state: CustomerState = { customers: new Map(), addresses: new Map(), groups: new Map(ids.map((id) => [id, []])) };
  if (ids.length === 0) return state;
  const customers = await tx.query<{ r: Record<string, unknown> }>(
    'SELECT to_jsonb(c) AS r FROM "Customer" c WHERE c."id" = ANY($1::text[])',
    [ids],
  );
  for (const { r } of customers)
    state.customers.set(r.id as string, asRow(r, ['createdAt', 'updatedAt', 'deletedAt'], ['dateOfBirth']) as CustomerRow);
  const addresses = await tx.query<{ r: Record<string, unknown> }>(
    'SELECT to_jsonb(a) AS r FROM "Address" a WHERE a."customerId" = ANY($1::text[]) ORDER BY a."createdAt", a."id"',
    [ids],
  );
  for (const { r } of addresses) {
    const row = asRow(r, ['createdAt', 'updatedAt'], []) as AddressRow;
    state.addresses.set(row.customerId, [...(state.addresses.get(row.customerId) ?? []), row]);
  }
  const members = await tx.query<{ customerId: string; groupId: string }>(
    `SELECT m."customerId", m."groupId" FROM "CustomerGroupMember" m JOIN "CustomerGroup" g ON g."id" = m."groupId"
      WHERE m."customerId" = ANY($1::text[]) AND g."deletedAt" IS NULL ORDER BY m."customerId", m."groupId"`,
    [ids],
  );
  for (const m of members) state.groups.get(m.customerId)?.push(m.groupId);
  return state;
}

/**
 * History entries and events for what a batch created and changed, written
 * with one statement in the batch's transaction (recordChanges): CREATE
 * with the addresses created, or UPDATE with field-level changes, address
 * changes and the groups before and after.
 */
export async function recordImport(
  tx: Sql,
  actor: ActorValue,
  created: string[],
  before: CustomerState,
  after: CustomerState,
  subscribed: Set<string>,
): Promise<void> {
  const changes: RecordedChange[] = [];
  for (const id of created) {
    // One history entry per imported customer, its addresses folded into the CREATE as one
    // "addresses" field: a third of the rows createCustomer would write (history was ~4x the cost
    // of the import itself). The address events are still sent, for whoever subscribes to them.
    const row = after.customers.get(id)!;
    const addresses = after.addresses.get(id) ?? [];
    const folded = addresses.length > 0 ? [{ field: 'addresses', before: null, after: addresses.map(addressSnapshot) }] : [];
    changes.push(...customerChange(HistoryOperation.CREATE, null, row, [...groupIdsChange([], after.groups.get(id) ?? []), ...folded]));
    for (const address of addresses) changes.push(...addressChange(null, address).map(({ event }) => ({ event })));
  }
  for (const [id, row] of after.customers) {
    const old = before.customers.get(id);
    if (!old) continue;
    changes.push(
      ...customerChange(HistoryOperation.UPDATE, old, row, groupIdsChange(before.groups.get(id) ?? [], after.groups.get(id) ?? [])),
    );
    changes.push(...addressListChanges(before.addresses.get(id) ?? [], after.addresses.get(id) ?? []));
  }
  // Events no active webhook subscribes to are not stored (recordChanges' rule); leaving them out here
  // spares building and sending their payloads, most of a batch's bytes when nobody listens.
  await recordChanges(
    tx,
    actor,
    changes.map((c) => (c.event && !subscribed.has(c.event.type) ? { history: c.history } : c)).filter((c) => c.history || c.event),
  );
}

/** The event types some active webhook subscribes to. */
export async function subscribedEvents(tx: Sql): Promise<Set<string>> {
  return new Set(
    (await tx.query<{ type: string }>('SELECT DISTINCT unnest("events") AS "type" FROM "Webhook" WHERE "isActive"')).map((r) => r.type),
  );
}

function asRow(json: Record<string, unknown>, times: string[], dates: string[]): Record<string, unknown> {
  const row = { ...json };
  for (const f of times) if (row[f] != null) row[f] = new Date(`${row[f] as string}Z`);
  for (const f of dates) if (row[f] != null) row[f] = new Date(`${row[f] as string}T00:00:00.000Z`);
  return row;
}
