import { timeOrderedId } from '../common/ids';
import { copyRows } from '../db/copy-text';
import type { SqlRunner } from '../db/database';
import { ADDRESS_COLUMNS, ADDRESS_FALLBACKS, completeRow, recordset, updateSql, type Column } from './sql';
import type { Planned } from './writer';

/**
 * A batch's addresses and group memberships, written after its customers
 * (writer.ts) in the same transaction: the new ones by COPY, a known
 * customer's made to match the source. Each notes in `touched` the known
 * customers it changed, whose version the writer then bumps.
 */

type Sql = Omit<SqlRunner, 'transaction'>;

const UPDATE_ADDRESSES = updateSql('Address', ADDRESS_COLUMNS, ADDRESS_FALLBACKS).replace('RETURNING t."id"', 'RETURNING t."customerId"');

export async function writeAddresses(tx: Sql, fresh: Planned[], known: Planned[], touched: Set<string>, now: Date): Promise<void> {
  const ids = new Map<string, string>();
  if (known.length > 0) {
    const rows = await tx.query<{ id: string; customerId: string; externalId: string }>(
      'SELECT "id", "customerId", "externalId" FROM "Address" WHERE "customerId" = ANY($1::text[]) AND "externalId" IS NOT NULL',
      [known.map((p) => p.id)],
    );
    for (const row of rows) ids.set(`${row.customerId}|${row.externalId}`, row.id);
  }
  // Each address as its validated columns plus what the writer decides (the id, the customer, the
  // flags, the times): kept apart, not merged, until a row is written (see completeRow).
  const rows = [...fresh, ...known].flatMap((p) =>
    p.item.addresses.map((a) => {
      const current = ids.get(`${p.id}|${a.externalId}`);
      return {
        exists: current !== undefined,
        columns: a.columns,
        placed: {
          id: current ?? timeOrderedId(),
          customerId: p.id,
          externalId: a.externalId,
          isDefaultBilling: a.isDefaultBilling,
          isDefaultShipping: a.isDefaultShipping,
          createdAt: a.createdAt,
          updatedAt: a.updatedAt,
        },
      };
    }),
  );
  if (known.length > 0) {
    // Defaults move first, so the one-default-per-customer indexes never see two.
    const defaults = new Map<string, { billing: string | null; shipping: string | null }>();
    for (const { placed: row } of rows) {
      const d = defaults.get(row.customerId) ?? { billing: null, shipping: null };
      if (row.isDefaultBilling) d.billing = row.id;
      if (row.isDefaultShipping) d.shipping = row.id;
      defaults.set(row.customerId, d);
    }
    const targets = known.map((p) => ({ customerId: p.id, billing: null, shipping: null, ...defaults.get(p.id) }));
    const clears = (flag: string, target: string) =>
      `(a."${flag}" AND a."id" IS DISTINCT FROM d."${target}" AND (d."${target}" IS NOT NULL OR a."externalId" IS NOT NULL))`;
    const cleared = await tx.query<{ customerId: string }>(
      `UPDATE "Address" a SET "isDefaultBilling" = a."isDefaultBilling" AND NOT ${clears('isDefaultBilling', 'billing')},
         "isDefaultShipping" = a."isDefaultShipping" AND NOT ${clears('isDefaultShipping', 'shipping')}
       FROM jsonb_to_recordset($1::jsonb) AS d("customerId" text, "billing" text, "shipping" text)
       WHERE a."customerId" = d."customerId" AND (${clears('isDefaultBilling', 'billing')} OR ${clears('isDefaultShipping', 'shipping')})
       RETURNING a."customerId"`,
      [JSON.stringify(targets)],
    );
    const keep = known.map((p) => ({ customerId: p.id, keep: p.item.addresses.map((a) => a.externalId) }));
    const deleted = await tx.query<{ customerId: string }>(
      `DELETE FROM "Address" a USING jsonb_to_recordset($1::jsonb) AS d("customerId" text, "keep" text[])
       WHERE a."customerId" = d."customerId" AND a."externalId" IS NOT NULL AND NOT (a."externalId" = ANY(d."keep"))
       RETURNING a."customerId"`,
      [JSON.stringify(keep)],
    );
    const changed = rows.filter((r) => r.exists).map((r) => ({ ...r.columns, ...r.placed }));
    const updated = changed.length > 0 ? await tx.query<{ customerId: string }>(UPDATE_ADDRESSES, [JSON.stringify(changed)]) : [];
    for (const r of [...cleared, ...deleted, ...updated]) touched.add(r.customerId);
  }
  const added = rows.filter((r) => !r.exists);
  await copyRows(
    tx,
    'Address',
    ADDRESS_COLUMNS,
    added.map((r) => completeRow(ADDRESS_COLUMNS, ADDRESS_FALLBACKS, now, r.columns, r.placed)),
  );
  const freshIds = new Set(fresh.map((p) => p.id));
  for (const { placed } of added) if (!freshIds.has(placed.customerId)) touched.add(placed.customerId);
}

/**
 * Makes the batch's memberships in the source's groups match the source. A
 * new customer's memberships go in by COPY (none can exist yet); a known
 * customer's are added where missing and dropped where the source has none.
 */
export async function writeMemberships(
  tx: Sql,
  source: string,
  fresh: Planned[],
  known: Planned[],
  touched: Set<string>,
  now: Date,
): Promise<void> {
  const members = (list: Planned[]) =>
    list.flatMap((p) => p.groupIds.map((groupId) => ({ customerId: p.id, groupId, createdAt: p.item.createdAt ?? now })));
  await copyRows(
    tx,
    'CustomerGroupMember',
    MEMBER_COLUMNS,
    members(fresh).map((m) => completeRow(MEMBER_COLUMNS, {}, now, m)),
  );
  const knownMembers = members(known);
  if (knownMembers.length > 0) {
    const added = await tx.query<{ customerId: string }>(
      `INSERT INTO "CustomerGroupMember" ("customerId", "groupId", "createdAt")
       SELECT x."customerId", x."groupId", x."createdAt" FROM ${recordset(MEMBER_COLUMNS)}
       ON CONFLICT DO NOTHING RETURNING "customerId"`,
      [JSON.stringify(knownMembers)],
    );
    for (const r of added) touched.add(r.customerId);
  }
  if (known.length > 0) {
    const removed = await tx.query<{ customerId: string }>(
      `DELETE FROM "CustomerGroupMember" m USING jsonb_to_recordset($1::jsonb) AS d("customerId" text, "groups" text[]), "CustomerGroup" g
       WHERE m."customerId" = d."customerId" AND g."id" = m."groupId" AND g."externalSource" = $2 AND NOT (m."groupId" = ANY(d."groups"))
       RETURNING m."customerId"`,
      [JSON.stringify(known.map((p) => ({ customerId: p.id, groups: p.groupIds }))), source],
    );
    for (const r of removed) touched.add(r.customerId);
  }
}

const MEMBER_COLUMNS: Column[] = [
  ['customerId', 'text'],
  ['groupId', 'text'],
  ['createdAt', 'timestamp(3)'],
];
