/**
 * The unfiltered count after a long write history: DESIGN.md says it reads
 * O(1) buffers "whatever the write history". On a database of its own
 * (cg_count_history, recreated each run) this inserts N customers (1M by
 * default) and soft-deletes and restores some, in transactions of varied
 * sizes (single-row statements in small ones, INSERT … SELECT in large
 * ones) from 4 connections at once, with autovacuum on; then checks the
 * counter equals count(*) and prints EXPLAIN (ANALYZE, BUFFERS) of the
 * count statement the gateway sends, and the counter table's size.
 *
 * CLI: ts-node bench/count-history.ts <server url> [N=1000000] [--init-only]
 * (--init-only applies only the first migration: the design before
 * 20261128110001, for comparison).
 */
import pg from 'pg';
import { migrate, readMigrations } from '../src/db/migrate';
import { runnerFor } from './seed-bench';

const DB_NAME = 'cg_count_history';
export const COUNT_SQL = 'SELECT coalesce(sum("count"), 0)::bigint AS "count" FROM "CustomerCount"';

/** Rows per transaction, in turn; up to 100 rows go one INSERT per row. */
const SIZES = [1, 3, 10, 100, 1000, 10_000];
const CONNECTIONS = 4;

async function insertBatch(client: pg.Client, from: number, size: number): Promise<void> {
  await client.query('BEGIN');
  if (size <= 100) {
    for (let i = from; i < from + size; i++) {
      await client.query(`INSERT INTO "Customer" ("email", "firstName", "websiteId") VALUES ($1, $2, $3)`, [
        `h${i}@history.test`,
        `H${i}`,
        i % 3,
      ]);
    }
  } else {
    await client.query(
      `INSERT INTO "Customer" ("email", "firstName", "websiteId")
       SELECT 'h' || i || '@history.test', 'H' || i, i % 3 FROM generate_series($1::int, $2::int) i`,
      [from, from + size - 1],
    );
  }
  await client.query('COMMIT');
}

/** Soft-deletes (or restores) `size` customers whose number is ≡ lane (mod CONNECTIONS), in one transaction. */
async function flipBatch(client: pg.Client, deleted: boolean, size: number): Promise<number> {
  const { rowCount } = await client.query(
    `UPDATE "Customer" SET "deletedAt" = ${deleted ? 'now()' : 'NULL'}
      WHERE "id" IN (SELECT "id" FROM "Customer" WHERE ("deletedAt" IS NULL) = $1 LIMIT $2 FOR UPDATE SKIP LOCKED)`,
    [deleted, size],
  );
  return rowCount ?? 0;
}

async function inParallel(url: string, work: (client: pg.Client) => Promise<void>): Promise<void> {
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await work(client);
      } finally {
        await client.end();
      }
    }),
  );
}

export interface HistoryResult {
  plan: string;
  pages: number;
  counted: number;
  live: number;
  seconds: number;
}

export async function countHistory(
  adminUrl: string,
  n = 1_000_000,
  options: { initOnly?: boolean; log?: (line: string) => void } = {},
): Promise<HistoryResult> {
  const log = options.log ?? (() => undefined);
  const started = Date.now();
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${DB_NAME}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${DB_NAME}`;
  const dbUrl = url.toString();

  const main = new pg.Client({ connectionString: dbUrl });
  await main.connect();
  try {
    const migrations = readMigrations();
    await migrate(runnerFor(main), options.initOnly ? migrations.slice(0, 1) : migrations);
    // Inserts: each connection takes the next range and the next size in turn.
    let next = 1;
    let turn = 0;
    await inParallel(dbUrl, async (client) => {
      while (next <= n) {
        const size = Math.min(SIZES[turn++ % SIZES.length], n - next + 1);
        const from = next;
        next += size;
        await insertBatch(client, from, size);
      }
    });
    log(`  ${n} inserts: ${((Date.now() - started) / 1000).toFixed(0)} s`);
    // Soft deletes (n/10), then restores of a tenth of those, in varied transaction sizes.
    for (const [deleted, total] of [
      [true, Math.floor(n / 10)],
      [false, Math.floor(n / 100)],
    ] as const) {
      let left = total;
      let k = 0;
      await inParallel(dbUrl, async (client) => {
        while (left > 0) {
          const size = Math.min([1, 10, 100, 1000, 5000][k++ % 5], left);
          left -= size;
          await client.query('BEGIN');
          await flipBatch(client, deleted, size);
          await client.query('COMMIT');
        }
      });
    }
    log(`  + soft deletes and restores: ${((Date.now() - started) / 1000).toFixed(0)} s`);
    // Let autovacuum have its turn, as it would in a shop, then read.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const [{ count }] = (await main.query(COUNT_SQL)).rows;
    const [{ live }] = (await main.query(`SELECT count(*)::bigint AS live FROM "Customer" WHERE "deletedAt" IS NULL`)).rows;
    await main.query(COUNT_SQL); // warm
    const plan = (await main.query(`EXPLAIN (ANALYZE, BUFFERS) ${COUNT_SQL}`)).rows.map((r) => r['QUERY PLAN']).join('\n');
    const [{ pages }] = (await main.query(`SELECT pg_relation_size('"CustomerCount"') / 8192 AS pages`)).rows;
    return { plan, pages: Number(pages), counted: Number(count), live: Number(live), seconds: (Date.now() - started) / 1000 };
  } finally {
    await main.end();
  }
}

if (require.main === module) {
  const [url, count, flag] = process.argv.slice(2);
  if (!url) {
    console.error('usage: ts-node bench/count-history.ts <postgresql://…> [N=1000000] [--init-only]');
    process.exit(2);
  }
  countHistory(url, Number(count ?? 1_000_000), { initOnly: flag === '--init-only', log: console.log })
    .then((r) => {
      console.log(`counter ${r.counted}, count(*) ${r.live}: ${r.counted === r.live ? 'exact' : 'WRONG'}; CustomerCount ${r.pages} pages`);
      console.log(r.plan);
      console.log(`${r.seconds.toFixed(0)} s`);
    })
    .catch((err) => {
      console.error(err);
      process.exit(1);
    });
}
