/**
 * Where Postgres spends its CPU in an import, statement by statement: the
 * import of bench/import.ts (a generated Magento export, 2 addresses per
 * customer) into a fresh database, each batch's statements timed by the
 * CPU their backend used (/proc/<pid>/schedstat, nanoseconds), not by the
 * wall clock, so other work on the machine does not count. The server must
 * run on this machine.
 *
 *   npm run build && node -r ts-node/register/transpile-only bench/import-statements.ts <postgres url> [N] [--rerun] [--explain] [--writers=<n>]
 *
 * --explain runs each INSERT under EXPLAIN ANALYZE instead
 * and adds the triggers' times (foreign key checks, counters) as EXPLAIN
 * reports them (the deferred ones run at COMMIT, counted there).
 *
 * Creates and drops the database "import_statements".
 */
import 'reflect-metadata';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { writeExport } from './import-data';
import type { Database, SqlRunner } from '../src/db/database';
const { openDatabase } = require('../dist/db/database') as typeof import('../src/db/database');
const { migrate } = require('../dist/db/migrate') as typeof import('../src/db/migrate');
const { PLATFORMS } = require('../dist/interop/platforms') as typeof import('../src/interop/platforms');
const { runImport } = require('../dist/import/run-import') as typeof import('../src/import/run-import');

const cpuNs = (pid: number) => Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]);
const spent = new Map<string, { ns: number; calls: number }>();

/** A statement's name in the table: its first words, enough to tell the import's statements apart. */
const label = (sql: string) =>
  sql
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^WITH ids AS.*INSERT INTO "CustomerHistory".*/, 'history (WITH ids … INSERT INTO "CustomerHistory")')
    .slice(0, 60);

const explain = process.argv.includes('--explain');
type ExplainOutput = { Triggers?: { 'Trigger Name': string; Time: number; Calls: number }[] }[];

function add(name: string, ns: number, calls: number): void {
  const entry = spent.get(name) ?? { ns: 0, calls: 0 };
  entry.ns += ns;
  entry.calls += calls;
  spent.set(name, entry);
}

/** Runs the import's transactions with each statement's backend CPU noted, COMMIT (deferred triggers) included. */
function timed(sql: SqlRunner): SqlRunner {
  return {
    ...sql,
    async transaction(fn) {
      let pid = 0;
      let last = 0;
      const result = await sql.transaction(async (tx) => {
        [{ pid }] = await tx.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
        const note = (name: string) => {
          const now = cpuNs(pid);
          add(name, now - last, 1);
          last = now;
        };
        const out = await fn({
          exec: async (text) => {
            last = cpuNs(pid);
            await tx.exec(text);
            note(label(text));
          },
          query: async <T>(text: string, params?: unknown[]) => {
            last = cpuNs(pid);
            if (explain && /^\s*(INSERT|WITH)/.test(text)) {
              const [{ 'QUERY PLAN': plan }] = await tx.query<{ 'QUERY PLAN': ExplainOutput }>(
                `EXPLAIN (ANALYZE, FORMAT JSON) ${text}`,
                params,
              );
              note(label(text));
              for (const trigger of plan[0].Triggers ?? [])
                add(`  trigger ${trigger['Trigger Name']} (${label(text).slice(0, 24)})`, trigger.Time * 1e6, trigger.Calls);
              return [] as T[];
            }
            const rows = await tx.query<T>(text, params);
            note(label(text));
            return rows;
          },
          copyFrom: async (table, columns, data) => {
            last = cpuNs(pid);
            await tx.copyFrom(table, columns, data);
            note(`COPY "${table}"`);
          },
        });
        last = cpuNs(pid);
        return out;
      });
      add('COMMIT', cpuNs(pid) - last, 1);
      return result;
    },
  };
}

async function main(): Promise<void> {
  const [url, n] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const count = Number(n ?? 20_000);
  const file = path.join(os.tmpdir(), `magento-${count}.json`);
  if (!existsSync(file)) await writeExport('magento', count, file, 'bench');
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query('DROP DATABASE IF EXISTS import_statements');
  await admin.query('CREATE DATABASE import_statements');
  const target = new URL(url);
  target.pathname = '/import_statements';
  const db = await openDatabase({ databaseUrl: target.toString(), pgliteDataDir: '' });
  try {
    await migrate(db.sql);
    const report = path.join(os.tmpdir(), `import-statements-${process.pid}.jsonl`);
    const timedDb: Database = { ...db, sql: timed(db.sql) };
    const options = {
      platform: PLATFORMS.magento,
      file,
      reportFile: report,
      restart: true,
      writers: Number(process.argv.find((a) => a.startsWith('--writers='))?.slice(10) ?? 1),
    };
    if (process.argv.includes('--rerun')) await runImport(db, options);
    const summary = await runImport(timedDb, options);
    if (summary.failed > 0) throw new Error(`${summary.failed} customers refused`);
    rmSync(report, { force: true });
    rmSync(report.replace(/\.jsonl$/, '.state.json'), { force: true });
  } finally {
    await db.close();
    await admin.query('DROP DATABASE IF EXISTS import_statements');
    await admin.end();
  }
  const total = [...spent.values()].reduce((sum, e) => sum + e.ns, 0);
  console.log(
    `backend CPU in the import's transactions: ${(total / 1e9).toFixed(2)} s (${((total / count) * 1e-3).toFixed(0)} µs per customer)`,
  );
  for (const [name, e] of [...spent].sort((a, b) => b[1].ns - a[1].ns))
    console.log(`${((e.ns / 1e6 / count) * 1000).toFixed(1).padStart(7)} ms/1k  ${String(e.calls).padStart(5)}×  ${name}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
