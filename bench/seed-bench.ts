/**
 * Fast, set-based seeding for the benchmark (not the demo seeder: that one
 * lives in src/seed/ and makes realistic data row by row through the API).
 *
 * N customers, 20 groups, 2 addresses per customer (the first is the default
 * billing and shipping address), 1 group membership each (also the primary
 * group). Everything is INSERT … SELECT … FROM generate_series, so 100k
 * customers take seconds. Ids are md5-derived UUIDs: deterministic, but
 * spread over the key space like real random ids. The count trigger of the
 * init migration fills "CustomerCount"; seeding checks it equals N.
 *
 * CLI: ts-node bench/seed-bench.ts <database url> [N]
 */
import pg from 'pg';
import { migrate } from '../src/db/migrate';
import { copyInto, type SqlRunner } from '../src/db/database';

export const BENCH_GROUPS = 20;
const CUSTOMER_CHUNK = 5000;

/** A SqlRunner over one pg client, enough for the migrator. */
export function runnerFor(client: pg.Client): SqlRunner {
  const base = {
    exec: async (sql: string) => void (await client.query(sql)),
    query: async <T>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as T[],
    copyFrom: (table: string, columns: readonly string[], data: string) => copyInto(client, table, columns, data),
  };
  return {
    ...base,
    async transaction(fn) {
      await client.query('BEGIN');
      try {
        const result = await fn(base);
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      }
    },
  };
}

const GROUPS = `
INSERT INTO "CustomerGroup" ("id", "name", "code", "taxClassId", "metadata", "createdAt", "updatedAt")
SELECT md5('bench-group-' || g)::uuid::text, 'Bench group ' || lpad(g::text, 2, '0'), 'bench_' || g, 3,
       jsonb_build_object('tier', g), now() - interval '400 days', now() - interval '400 days'
FROM generate_series(0, ${BENCH_GROUPS - 1}) AS g`;

// createdAt: one minute apart, newest first at i = 1, so the default sort
// (createdAt DESC, id DESC) has a stable, index-ordered answer.
const CUSTOMERS = `
INSERT INTO "Customer" ("id", "email", "firstName", "lastName", "middleName", "prefix", "suffix", "phone",
  "companyName", "dateOfBirth", "gender", "taxVat", "hasAccount", "passwordHash", "websiteId", "storeId",
  "createdIn", "confirmation", "disableAutoGroupChange", "isSubscribed", "primaryGroupId", "metadata",
  "customAttributes", "extensionAttributes", "createdAt", "updatedAt")
SELECT md5('bench-customer-' || i)::uuid::text,
       'customer' || i || '@bench.example.com',
       (ARRAY['Ada','Grace','Alan','Edsger','Barbara','Ken','Linus','Margaret'])[1 + i % 8],
       (ARRAY['Lovelace','Hopper','Turing','Dijkstra','Liskov','Thompson','Torvalds','Hamilton'])[1 + (i / 8) % 8],
       CASE WHEN i % 5 = 0 THEN 'Q' END,
       CASE WHEN i % 3 = 0 THEN 'Dr.' END,
       NULL,
       '+1555' || lpad((i % 10000000)::text, 7, '0'),
       CASE WHEN i % 4 = 0 THEN 'Company ' || (i % 997) END,
       date '1960-01-01' + (i % 15000),
       (ARRAY['MALE','FEMALE','NOT_SPECIFIED']::"Gender"[])[1 + i % 3],
       CASE WHEN i % 7 = 0 THEN 'VAT' || i END,
       FALSE, NULL,
       0, 1, 'Default Store View', NULL, FALSE, i % 2 = 0,
       md5('bench-group-' || (i % ${BENCH_GROUPS}))::uuid::text,
       jsonb_build_object('source', 'bench', 'n', i),
       jsonb_build_array(jsonb_build_object('attributeCode', 'loyalty_tier', 'value', 'tier' || (i % 4))),
       '{}'::jsonb,
       timestamp '2026-01-01' - i * interval '1 minute',
       timestamp '2026-01-01' - i * interval '1 minute'
FROM generate_series($1::int, $2::int) AS i`;

const MEMBERS = `
INSERT INTO "CustomerGroupMember" ("customerId", "groupId", "createdAt")
SELECT c."id", c."primaryGroupId", c."createdAt" FROM "Customer" c WHERE c."email" LIKE '%@bench.example.com'`;

// Address 1 is the default billing and shipping address; address 2 is not.
const ADDRESSES = `
INSERT INTO "Address" ("id", "customerId", "label", "firstName", "lastName", "company", "street", "city",
  "postalCode", "regionCode", "regionName", "regionId", "countryCode", "phone", "isDefaultBilling",
  "isDefaultShipping", "metadata", "customAttributes", "createdAt", "updatedAt")
SELECT md5('bench-address-' || i || '-' || k)::uuid::text,
       md5('bench-customer-' || i)::uuid::text,
       CASE k WHEN 1 THEN 'Home' ELSE 'Work' END,
       'First' || i, 'Last' || i,
       CASE WHEN k = 2 THEN 'Company ' || (i % 997) END,
       ARRAY[(i % 900 + 1) || ' Main Street', 'Suite ' || k],
       (ARRAY['Austin','Berlin','Lyon','Osaka','Leeds'])[1 + (i + k) % 5],
       lpad(((i * 7 + k) % 99999)::text, 5, '0'),
       'TX', 'Texas', 57,
       (ARRAY['US','DE','FR','JP','GB'])[1 + (i + k) % 5],
       '+1555' || lpad((i % 10000000)::text, 7, '0'),
       k = 1, k = 1, '{}'::jsonb, '[]'::jsonb,
       timestamp '2026-01-01' - i * interval '1 minute' + k * interval '1 second',
       timestamp '2026-01-01' - i * interval '1 minute' + k * interval '1 second'
FROM generate_series(1, $1::int) AS i, generate_series(1, 2) AS k`;

export interface SeedResult {
  customers: number;
  reused: boolean;
  seconds: number;
}

/** Customers the counter rows say are live (the O(1) count). */
async function counted(sql: SqlRunner): Promise<number> {
  const [row] = await sql.query<{ n: string }>('SELECT coalesce(sum("count"), 0)::bigint AS n FROM "CustomerCount"');
  return Number(row.n);
}

/**
 * Migrates a database (Postgres or PGlite, through its SqlRunner) and seeds
 * it with `n` bench customers, unless it already holds exactly that seed
 * (then it is reused).
 */
export async function seedBench(sql: SqlRunner, n: number, log: (line: string) => void = () => undefined): Promise<SeedResult> {
  const started = Date.now();
  await migrate(sql);
  const [found] = await sql.query<{ customers: string; groups: string }>(
    `SELECT (SELECT count(*) FROM "Customer") AS customers, (SELECT count(*) FROM "CustomerGroup") AS groups`,
  );
  if (Number(found.customers) === n && Number(found.groups) === BENCH_GROUPS && (await counted(sql)) === n) {
    return { customers: n, reused: true, seconds: (Date.now() - started) / 1000 };
  }
  log(`seeding ${n} customers…`);
  const timed = async (name: string, work: () => Promise<unknown>) => {
    const t0 = Date.now();
    await work();
    log(`  ${name}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  };
  await sql.exec('TRUNCATE "Address", "CustomerGroupMember", "Customer", "CustomerGroup", "CustomerCount"');
  await timed('groups', () => sql.exec(GROUPS));
  // One transaction per chunk: the count trigger updates the same 16
  // counter rows for every insert, and within one transaction their
  // version chains grow without pruning (quadratic: 100k rows in one
  // statement took 52 s, in chunks of 5000 a few seconds).
  await timed('customers', async () => {
    for (let from = 1; from <= n; from += CUSTOMER_CHUNK) await sql.query(CUSTOMERS, [from, Math.min(n, from + CUSTOMER_CHUNK - 1)]);
  });
  await timed('memberships', () => sql.exec(MEMBERS));
  await timed('addresses', () => sql.query(ADDRESSES, [n]));
  await timed('vacuum analyze', () =>
    sql.exec('VACUUM ANALYZE "Customer", "Address", "CustomerGroupMember", "CustomerGroup", "CustomerCount"'),
  );
  const total = await counted(sql);
  if (total !== n) throw new Error(`CustomerCount says ${total} live customers after seeding ${n}`);
  return { customers: n, reused: false, seconds: (Date.now() - started) / 1000 };
}

/** seedBench on the Postgres database at `url`. */
export async function seedBenchPostgres(url: string, n: number, log?: (line: string) => void): Promise<SeedResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await seedBench(runnerFor(client), n, log);
  } finally {
    await client.end();
  }
}

if (require.main === module) {
  const [url, count] = process.argv.slice(2);
  if (!url) {
    console.error('usage: ts-node bench/seed-bench.ts <postgresql://…> [customers=100000]');
    process.exit(2);
  }
  seedBenchPostgres(url, Number(count ?? 100_000), console.log)
    .then((r) => console.log(`${r.reused ? 'reused' : 'seeded'} ${r.customers} customers in ${r.seconds.toFixed(1)} s`))
    .catch((err) => {
      console.error(err);
      process.exit(1);
    });
}
