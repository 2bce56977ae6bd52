import { randomBytes, randomUUID } from 'node:crypto';
import bcrypt from 'bcryptjs';
import type { Database, SqlRunner } from '../db/database';
import { demoCustomer, groupCode, groupName, type DemoCustomer } from './demo-data';

export interface SeedOptions {
  customers: number;
  groups: number;
  /** Makes this run's emails unique (default: base-36 time), so seeding again adds customers. */
  runTag?: string;
  /** Customers per transaction. */
  batchSize?: number;
  /** Called after each committed batch with customers done so far. */
  onProgress?: (done: number, total: number) => void;
}

export interface SeedResult {
  runTag: string;
  customers: number;
  addresses: number;
  groups: number;
  seconds: number;
}

type Tx = Omit<SqlRunner, 'transaction'>;

/** Postgres allows 65 535 parameters per statement; stay well under. */
const MAX_PARAMS = 30_000;

/**
 * Seeds demo data: `groups` customer groups (reused when they exist), then
 * `customers` customers, each with two addresses (Home: default billing and
 * shipping; Work) and one group that is also its primary group. About 40 %
 * are registered (hasAccount) with a random password nobody knows: set one
 * with setCustomerPassword to log in as them.
 *
 * Plain multi-row INSERTs in one transaction per batch (a batch commits or
 * not at all); the count trigger keeps CustomerCount exact as it goes.
 */
export async function seed(db: Database, options: SeedOptions): Promise<SeedResult> {
  const started = Date.now();
  const { customers: total, groups } = options;
  if (!Number.isInteger(total) || total < 0) throw new Error('customers must be a whole number ≥ 0');
  if (!Number.isInteger(groups) || groups < 1) throw new Error('groups must be a whole number ≥ 1');
  const runTag = options.runTag ?? Date.now().toString(36);
  if (!/^[a-z0-9]{1,16}$/.test(runTag)) throw new Error('runTag must be 1 to 16 lower-case letters or digits');
  const batchSize = options.batchSize ?? 1000;

  const groupIds = await ensureGroups(db.sql, groups);
  // One hash for every registered demo customer: bcrypt per row would take hours at 100k.
  const passwordHash = await bcrypt.hash(randomBytes(18).toString('base64url'), 10);
  const now = Date.now();
  for (let from = 0; from < total; from += batchSize) {
    const to = Math.min(total, from + batchSize);
    const batch = Array.from({ length: to - from }, (_, k) => ({ id: randomUUID(), ...demoCustomer(from + k, runTag, groups, now) }));
    await db.sql.transaction(async (tx) => {
      await insertRows(
        tx,
        'Customer',
        CUSTOMER_COLUMNS,
        batch.map((c) => customerRow(c, groupIds[c.groupIndex], passwordHash, runTag)),
      );
      await insertRows(
        tx,
        'Address',
        ADDRESS_COLUMNS,
        batch.flatMap((c) => c.addresses.map((a) => addressRow(c, a))),
      );
      await insertRows(
        tx,
        'CustomerGroupMember',
        ['customerId', 'groupId', 'createdAt'],
        batch.map((c) => [c.id, groupIds[c.groupIndex], c.createdAt]),
      );
    });
    options.onProgress?.(to, total);
  }
  // Fresh planner statistics, so the first queries after a big seed use the indexes.
  await db.sql.exec('ANALYZE "Customer", "Address", "CustomerGroupMember", "CustomerGroup"');
  return { runTag, customers: total, addresses: total * 2, groups, seconds: (Date.now() - started) / 1000 };
}

/** Creates the demo groups that do not exist yet (by name, ignoring case); returns their ids in order. */
async function ensureGroups(sql: SqlRunner, count: number): Promise<string[]> {
  const names = Array.from({ length: count }, (_, i) => groupName(i));
  await insertRows(
    sql,
    'CustomerGroup',
    ['id', 'name', 'code', 'taxClassId', 'metadata'],
    names.map((name) => [randomUUID(), name, groupCode(name), 3, JSON.stringify({ source: 'seed' })]),
    'ON CONFLICT (lower("name")) WHERE "deletedAt" IS NULL DO NOTHING',
  );
  const rows = await sql.query<{ id: string; name: string }>(
    'SELECT id, name FROM "CustomerGroup" WHERE "deletedAt" IS NULL AND lower(name) = ANY($1::text[])',
    [names.map((name) => name.toLowerCase())],
  );
  const byName = new Map(rows.map((row) => [row.name.toLowerCase(), row.id]));
  return names.map((name) => byName.get(name.toLowerCase())!);
}

const CUSTOMER_COLUMNS = [
  'id',
  'email',
  'firstName',
  'lastName',
  'phone',
  'companyName',
  'dateOfBirth',
  'gender',
  'hasAccount',
  'passwordHash',
  'websiteId',
  'storeId',
  'createdIn',
  'isSubscribed',
  'primaryGroupId',
  'metadata',
  'createdAt',
  'updatedAt',
];

type SeedCustomer = DemoCustomer & { id: string };

function customerRow(c: SeedCustomer, groupId: string, passwordHash: string, runTag: string): unknown[] {
  return [
    c.id,
    c.email,
    c.firstName,
    c.lastName,
    c.phone,
    c.companyName,
    c.dateOfBirth,
    c.gender,
    c.hasAccount,
    c.hasAccount ? passwordHash : null,
    0,
    1,
    'Default Store View',
    c.isSubscribed,
    groupId,
    JSON.stringify({ source: 'seed', seedRun: runTag }),
    c.createdAt,
    c.updatedAt,
  ];
}

const ADDRESS_COLUMNS = [
  'id',
  'customerId',
  'label',
  'firstName',
  'lastName',
  'company',
  'street',
  'city',
  'postalCode',
  'regionCode',
  'regionName',
  'countryCode',
  'phone',
  'isDefaultBilling',
  'isDefaultShipping',
  'createdAt',
  'updatedAt',
];

function addressRow(c: SeedCustomer, a: DemoCustomer['addresses'][number]): unknown[] {
  return [
    randomUUID(),
    c.id,
    a.label,
    c.firstName,
    c.lastName,
    a.company,
    a.street,
    a.city,
    a.postalCode,
    a.regionCode,
    a.regionName,
    a.countryCode,
    a.phone,
    a.isDefault,
    a.isDefault,
    c.createdAt,
    c.createdAt,
  ];
}

/** INSERT … VALUES (…), (…) with parameters, split so no statement passes MAX_PARAMS. */
async function insertRows(sql: Tx, table: string, columns: string[], rows: unknown[][], suffix = ''): Promise<void> {
  const perStatement = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
  const head = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES `;
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    const values = chunk.map((_, r) => `(${columns.map((_, c) => `$${r * columns.length + c + 1}`).join(', ')})`);
    await sql.query(`${head}${values.join(', ')} ${suffix}`, chunk.flat());
  }
}
