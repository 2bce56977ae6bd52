import { timeOrderedId } from '../common/ids';
import { UserErrorCode, userError, type UserError } from '../common/user-error';
import type { SqlRunner } from '../db/database';
import { copyRows } from '../db/copy-text';
import type { ActorValue } from '../history/history.types';
import type { GroupResolver } from './groups';
import { loadState, recordImport, subscribedEvents } from './history';
import { CREATE_EVENTS, recordCreatesInSql } from './history-sql';
import { importedHashDigest } from '../auth/password-schemes';
import {
  ADDRESS_COLUMNS,
  ADDRESS_FALLBACKS,
  CUSTOMER_COLUMNS,
  CUSTOMER_FALLBACKS,
  completeRow,
  recordset,
  updateSql,
  type Column,
} from './sql';
import type { StagedPasswords } from './passwords';
import type { ValidCustomer } from './validate';

type Sql = Omit<SqlRunner, 'transaction'>;

export interface ItemFailure {
  index: number;
  externalId?: unknown;
  email?: unknown;
  errors: UserError[];
}

export interface BatchResult {
  created: number;
  updated: number;
  unchanged: number;
  failed: ItemFailure[];
  /** Indexes of refused items whose refusal came from what the database held (an email taken, a constraint), not from the batch itself. */
  recheck: number[];
}

interface Planned {
  item: ValidCustomer;
  id: string;
  exists: boolean;
  passwordHash: string | null;
  hasAccount: boolean;
  primaryGroupId: string | null;
  groupIds: string[];
}

const UPDATE_CUSTOMERS = updateSql('Customer', CUSTOMER_COLUMNS, CUSTOMER_FALLBACKS, {
  hasAccount: `COALESCE(x."passwordHash", t."passwordHash") IS NOT NULL`,
  version: 't."version" + 1',
});
const UPDATE_ADDRESSES = updateSql('Address', ADDRESS_COLUMNS, ADDRESS_FALLBACKS).replace('RETURNING t."id"', 'RETURNING t."customerId"');

/**
 * Writes one batch of validated customers in one transaction, set-based: a
 * constant number of statements per batch (reads of what exists, then one
 * INSERT and one UPDATE … IS DISTINCT FROM per table), so unchanged rows are
 * not touched. A customer is matched on (source, its source id); its
 * addresses on their source ids; its memberships in the source's groups are
 * made to match the source (groups of other origins are left alone).
 *
 * A customer whose email a different live customer holds is refused here
 * (EMAIL_TAKEN) before anything is written. Should a statement still fail
 * (a race with another writer), the batch rolls back and its customers are
 * written one by one, so only the culprit fails.
 */
export async function writeBatch(
  sql: SqlRunner,
  source: string,
  items: ValidCustomer[],
  groups: GroupResolver,
  passwords: StagedPasswords | undefined,
  actor: ActorValue,
): Promise<BatchResult> {
  const resolved = await Promise.all(
    items.map(async (item) => ({
      primary: item.primaryGroup ? (await groups.resolve([item.primaryGroup]))[0] : null,
      all: await groups.resolve(item.groups),
    })),
  );
  try {
    return await sql.transaction((tx) => writeInTransaction(tx, source, items, resolved, passwords, actor));
  } catch (err) {
    if (items.length === 1)
      return { created: 0, updated: 0, unchanged: 0, failed: [databaseFailure(items[0], err)], recheck: [items[0].index] };
    const total: BatchResult = { created: 0, updated: 0, unchanged: 0, failed: [], recheck: [] };
    for (const item of items) {
      const one = await writeBatch(sql, source, [item], groups, passwords, actor);
      total.created += one.created;
      total.updated += one.updated;
      total.unchanged += one.unchanged;
      total.failed.push(...one.failed);
      total.recheck.push(...one.recheck);
    }
    return total;
  }
}

async function writeInTransaction(
  tx: Sql,
  source: string,
  items: ValidCustomer[],
  groups: { primary: string | null; all: string[] }[],
  passwords: StagedPasswords | undefined,
  actor: ActorValue,
): Promise<BatchResult> {
  const hashes = passwords
    ? await passwords.lookup(
        tx,
        items.map((i) => i.email.toLowerCase()),
      )
    : undefined;
  const existing = new Map(
    (
      await tx.query<{ id: string; externalId: string; hasAccount: boolean; importedHashDigest: string | null }>(
        'SELECT "id", "externalId", "hasAccount", "importedHashDigest" FROM "Customer" WHERE "externalSource" = $1 AND "externalId" = ANY($2::text[])',
        [source, items.map((i) => i.externalId)],
      )
    ).map((row) => [row.externalId, row]),
  );
  const failed: ItemFailure[] = [];
  const seen = new Set<string>();
  let planned: Planned[] = [];
  items.forEach((item, k) => {
    if (seen.has(item.externalId)) {
      failed.push(failure(item, UserErrorCode.EXTERNAL_ID_TAKEN, ['externalId'], 'The same source id appears twice in the file'));
      return;
    }
    seen.add(item.externalId);
    const current = existing.get(item.externalId);
    const fileHash = hashes?.get(item.email.toLowerCase()) ?? null;
    // The same hash imported before is no change, even after sign-in replaced
    // it with bcrypt: writing it again would bring the weak hash back.
    const passwordHash = fileHash !== null && importedHashDigest(fileHash) === current?.importedHashDigest ? null : fileHash;
    const primaryGroupId = groups[k].primary;
    const groupIds = [...new Set([...(primaryGroupId ? [primaryGroupId] : []), ...groups[k].all])];
    planned.push({
      item,
      id: current?.id ?? timeOrderedId(),
      exists: current !== undefined,
      passwordHash,
      hasAccount: passwordHash !== null || (current?.hasAccount ?? false),
      primaryGroupId,
      groupIds,
    });
  });
  const recheck: number[] = [];
  planned = await refuseTakenEmails(tx, source, planned, failed, recheck);

  const fresh = planned.filter((p) => !p.exists);
  const known = planned.filter((p) => p.exists);
  const before = await loadState(
    tx,
    known.map((p) => p.id),
  );
  const customerValues = (p: Planned) => ({
    ...p.item.columns,
    id: p.id,
    primaryGroupId: p.primaryGroupId,
    createdAt: p.item.createdAt,
    updatedAt: p.item.updatedAt,
    deletedAt: p.item.deletedAt,
    passwordHash: p.passwordHash,
    importedHashDigest: p.passwordHash !== null ? importedHashDigest(p.passwordHash) : null,
  });
  // New rows go in by COPY, complete: the fallbacks (the time of writing, empty lists) applied here.
  const now = new Date();
  await copyRows(
    tx,
    'Customer',
    [...CUSTOMER_COLUMNS, ['hasAccount', 'boolean']],
    fresh.map((p) => ({
      ...completeRow(CUSTOMER_COLUMNS, CUSTOMER_FALLBACKS, customerValues(p), now),
      hasAccount: p.passwordHash !== null,
    })),
  );
  const updated = new Set(
    known.length > 0
      ? (await tx.query<{ id: string }>(UPDATE_CUSTOMERS, [JSON.stringify(known.map(customerValues))])).map((r) => r.id)
      : [],
  );

  const touched = new Set<string>();
  await writeAddresses(tx, fresh, known, touched, now);
  await writeMemberships(tx, source, planned, known, touched, now);
  const bumped = [...touched].filter((id) => !updated.has(id));
  if (bumped.length > 0) await tx.query('UPDATE "Customer" SET "version" = "version" + 1 WHERE "id" = ANY($1::text[])', [bumped]);

  // Creations are recorded by one statement from the rows just written, unless a webhook wants their
  // events: then the rows come back and history.ts builds entries and payloads together.
  const subscribed = await subscribedEvents(tx);
  const createsInSql = !CREATE_EVENTS.some((e) => subscribed.has(e));
  const freshIds = fresh.map((p) => p.id);
  if (createsInSql) await recordCreatesInSql(tx, actor, freshIds);
  const createdInJs = createsInSql ? [] : freshIds;
  const after = await loadState(tx, [...createdInJs, ...updated, ...bumped]);
  await recordImport(tx, actor, createdInJs, before, after, subscribed);

  const changed = updated.size + bumped.length;
  return { created: fresh.length, updated: changed, unchanged: known.length - changed, failed, recheck };
}

/** EMAIL_TAKEN for a live customer whose email (per website and account kind) another live customer has, in the database or earlier in the batch. */
async function refuseTakenEmails(
  tx: Sql,
  source: string,
  planned: Planned[],
  failed: ItemFailure[],
  recheck: number[],
): Promise<Planned[]> {
  const live = planned.filter((p) => p.item.deletedAt === null);
  const keys = live.map((p, k) => ({
    k,
    email: p.item.email,
    websiteId: p.item.columns.websiteId,
    hasAccount: p.hasAccount,
    externalId: p.item.externalId,
  }));
  const taken = new Set(
    (
      await tx.query<{ k: number }>(
        `SELECT DISTINCT x."k" FROM jsonb_to_recordset($1::jsonb) AS x("k" integer, "email" text, "websiteId" integer, "hasAccount" boolean, "externalId" text)
         JOIN "Customer" c ON lower(c."email") = lower(x."email") AND c."websiteId" = x."websiteId" AND c."hasAccount" = x."hasAccount" AND c."deletedAt" IS NULL
         WHERE c."externalSource" IS DISTINCT FROM $2 OR c."externalId" IS DISTINCT FROM x."externalId"`,
        [JSON.stringify(keys), source],
      )
    ).map((r) => r.k),
  );
  const inBatch = new Set<string>();
  const refused = new Set<Planned>();
  live.forEach((p, k) => {
    const key = `${p.item.email.toLowerCase()}|${String(p.item.columns.websiteId)}|${p.hasAccount}`;
    if (inBatch.has(key)) refused.add(p);
    else if (taken.has(k)) {
      refused.add(p);
      recheck.push(p.item.index);
    }
    inBatch.add(key);
  });
  for (const p of refused)
    failed.push(failure(p.item, UserErrorCode.EMAIL_TAKEN, ['email'], 'Another live customer has this email on this website'));
  return planned.filter((p) => !refused.has(p));
}

async function writeAddresses(tx: Sql, fresh: Planned[], known: Planned[], touched: Set<string>, now: Date): Promise<void> {
  const ids = new Map<string, string>();
  if (known.length > 0) {
    const rows = await tx.query<{ id: string; customerId: string; externalId: string }>(
      'SELECT "id", "customerId", "externalId" FROM "Address" WHERE "customerId" = ANY($1::text[]) AND "externalId" IS NOT NULL',
      [known.map((p) => p.id)],
    );
    for (const row of rows) ids.set(`${row.customerId}|${row.externalId}`, row.id);
  }
  const rows = [...fresh, ...known].flatMap((p) =>
    p.item.addresses.map((a) => {
      const current = ids.get(`${p.id}|${a.externalId}`);
      return {
        exists: current !== undefined,
        row: {
          ...a.columns,
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
    for (const { row } of rows) {
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
    const changed = rows.filter((r) => r.exists).map((r) => r.row);
    const updated = changed.length > 0 ? await tx.query<{ customerId: string }>(UPDATE_ADDRESSES, [JSON.stringify(changed)]) : [];
    for (const r of [...cleared, ...deleted, ...updated]) touched.add(r.customerId);
  }
  const added = rows.filter((r) => !r.exists).map((r) => completeRow(ADDRESS_COLUMNS, ADDRESS_FALLBACKS, r.row, now));
  await copyRows(tx, 'Address', ADDRESS_COLUMNS, added);
  const freshIds = new Set(fresh.map((p) => p.id));
  for (const a of added) if (!freshIds.has(a.customerId as string)) touched.add(a.customerId as string);
}

/**
 * Makes the batch's memberships in the source's groups match the source. A
 * new customer's memberships go in by COPY (none can exist yet); a known
 * customer's are added where missing.
 */
async function writeMemberships(
  tx: Sql,
  source: string,
  planned: Planned[],
  known: Planned[],
  touched: Set<string>,
  now: Date,
): Promise<void> {
  const fresh = planned.filter((p) => !p.exists);
  await copyRows(
    tx,
    'CustomerGroupMember',
    MEMBER_COLUMNS,
    fresh.flatMap((p) => p.groupIds.map((groupId) => ({ customerId: p.id, groupId, createdAt: p.item.createdAt ?? now }))),
  );
  const members = known.flatMap((p) => p.groupIds.map((groupId) => ({ customerId: p.id, groupId, createdAt: p.item.createdAt })));
  if (members.length > 0) {
    const added = await tx.query<{ customerId: string }>(
      `INSERT INTO "CustomerGroupMember" ("customerId", "groupId", "createdAt")
       SELECT x."customerId", x."groupId", COALESCE(x."createdAt", now()) FROM ${recordset(MEMBER_COLUMNS)}
       ON CONFLICT DO NOTHING RETURNING "customerId"`,
      [JSON.stringify(members)],
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

function failure(item: ValidCustomer, code: UserErrorCode, field: string[], message: string): ItemFailure {
  return { index: item.index, externalId: item.externalId, email: item.email, errors: [userError(code, field, message)] };
}

/** A database refusal in the report: its SQLSTATE and constraint, never the SQL or the values. */
function databaseFailure(item: ValidCustomer, err: unknown): ItemFailure {
  const e = err as { code?: string; constraint?: string };
  const what = [e.code, e.constraint].filter(Boolean).join(' ');
  return failure(item, UserErrorCode.INVALID, [], `The database refused this customer${what ? ` (${what})` : ''}`);
}
