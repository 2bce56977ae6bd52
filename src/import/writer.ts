import { isDatabaseUnavailable } from '../common/db-faults';
import { timeOrderedId } from '../common/ids';
import { UserErrorCode, userError, type UserError } from '../common/user-error';
import type { SqlRunner } from '../db/database';
import { copyRows } from '../db/copy-text';
import type { ActorValue } from '../history/history.types';
import type { GroupResolver } from './groups';
import { loadState, recordImport, subscribedEvents } from './history';
import { CREATE_EVENTS, recordCreatesInSql } from './history-sql';
import { importedHashDigest } from '../auth/password-schemes';
import { CUSTOMER_COLUMNS, CUSTOMER_FALLBACKS, completeRow, updateSql, type Column } from './sql';
import { writeAddresses, writeMemberships } from './related-rows';
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

/** A customer of the batch as the writer will write it: its id here, whether it exists, its hash and groups. */
export interface Planned {
  item: ValidCustomer;
  id: string;
  exists: boolean;
  passwordHash: string | null;
  hasAccount: boolean;
  primaryGroupId: string | null;
  groupIds: string[];
}

/** A new customer's columns: hasAccount follows from the hash (an update derives it in SQL). */
const NEW_CUSTOMER_COLUMNS: Column[] = [...CUSTOMER_COLUMNS, ['hasAccount', 'boolean']];
const UPDATE_CUSTOMERS = updateSql('Customer', CUSTOMER_COLUMNS, CUSTOMER_FALLBACKS, {
  hasAccount: `COALESCE(x."passwordHash", t."passwordHash") IS NOT NULL`,
  version: 't."version" + 1',
});

/**
 * Writes one batch of validated customers in one transaction, set-based: a
 * constant number of statements per batch (reads of what exists, then per
 * table one COPY of the new rows and one UPDATE … IS DISTINCT FROM of the
 * known ones), so unchanged rows are not touched. A customer is matched on
 * (source, its source id); its addresses on their source ids; its
 * memberships in the source's groups are made to match the source (groups
 * of other origins are left alone).
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
    // A database that cannot be reached refused no customer: the run stops here, before the checkpoint
    // passes this batch, so a resumed run writes it (reported one by one, every item would be skipped).
    if (isDatabaseUnavailable(err)) throw err;
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
  // New rows go in by COPY, complete: the fallbacks (the time of writing, empty lists) applied here.
  const now = new Date();
  await copyRows(
    tx,
    'Customer',
    NEW_CUSTOMER_COLUMNS,
    fresh.map((p) => completeRow(NEW_CUSTOMER_COLUMNS, CUSTOMER_FALLBACKS, now, p.item.columns, plannedColumns(p))),
  );
  const updated = new Set(
    known.length > 0
      ? (
          await tx.query<{ id: string }>(UPDATE_CUSTOMERS, [
            JSON.stringify(known.map((p) => ({ ...p.item.columns, ...plannedColumns(p) }))),
          ])
        ).map((r) => r.id)
      : [],
  );

  const touched = new Set<string>();
  await writeAddresses(tx, fresh, known, touched, now);
  await writeMemberships(tx, source, fresh, known, touched, now);
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

/** The columns the writer decides for a planned customer (the rest are the validated item's). */
function plannedColumns(p: Planned): Record<string, unknown> {
  return {
    id: p.id,
    primaryGroupId: p.primaryGroupId,
    createdAt: p.item.createdAt,
    updatedAt: p.item.updatedAt,
    deletedAt: p.item.deletedAt,
    passwordHash: p.passwordHash,
    importedHashDigest: p.passwordHash !== null ? importedHashDigest(p.passwordHash) : null,
    hasAccount: p.passwordHash !== null,
  };
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

function failure(item: ValidCustomer, code: UserErrorCode, field: string[], message: string): ItemFailure {
  return { index: item.index, externalId: item.externalId, email: item.email, errors: [userError(code, field, message)] };
}

/** A database refusal in the report: its SQLSTATE and constraint, never the SQL or the values. */
function databaseFailure(item: ValidCustomer, err: unknown): ItemFailure {
  const e = err as { code?: string; constraint?: string };
  const what = [e.code, e.constraint].filter(Boolean).join(' ');
  return failure(item, UserErrorCode.INVALID, [], `The database refused this customer${what ? ` (${what})` : ''}`);
}
