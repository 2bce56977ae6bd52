/**
 * Import throughput: a generated Magento export of N customers (2 addresses
 * each) into a fresh database, then the same file again (every customer
 * unchanged), then an export. Prints customers per second for each.
 *
 *   npm run build && node -r ts-node/register/transpile-only bench/import.ts <postgres url> [N] [--pglite] [--writers=<n>] [--batch-size=<n>]
 *
 * The url names a server where this may create and drop the database
 * "import_bench" (use your own cluster, not a shared one). --pglite also
 * runs the import into an embedded PGlite folder under a temporary dir.
 */
import 'reflect-metadata';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { writeExport } from './import-data';
const { openDatabase } = require('../dist/db/database') as typeof import('../src/db/database');
const { migrate } = require('../dist/db/migrate') as typeof import('../src/db/migrate');
const { PLATFORMS } = require('../dist/interop/platforms') as typeof import('../src/interop/platforms');
const { runImport } = require('../dist/import/run-import') as typeof import('../src/import/run-import');
const { runExport } = require('../dist/import/run-export') as typeof import('../src/import/run-export');

let monitor: pg.Client | undefined;

/**
 * CPU seconds used so far by the server processes of the bench database
 * (its backends and autovacuum workers), by pid, when the server runs on
 * this machine. Other databases' backends on a shared server are left
 * out; shared background processes (WAL writer, checkpointer) too.
 */
async function serverCpu(): Promise<Map<number, number> | undefined> {
  if (!monitor) return undefined;
  const pids = (
    await monitor.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE datname = 'import_bench' AND pid <> pg_backend_pid()`)
  ).rows;
  const used = new Map<number, number>();
  for (const { pid } of pids) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      used.set(pid, (Number(fields[11]) + Number(fields[12])) / 100); // utime, stime in USER_HZ
    } catch {
      // exited meanwhile
    }
  }
  return used;
}

function cpuSince(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, seconds] of after) total += seconds - (before.get(pid) ?? 0); // a backend started during the run counts from 0
  return total;
}

/**
 * Wall-clock rate, and the CPU both sides spent: on a machine shared with
 * other work the wall rate says little, while count / max(importer CPU,
 * server CPU) is the rate with each side on a core of its own.
 */
async function measure(label: string, count: number, embedded: boolean, run: () => Promise<unknown>): Promise<void> {
  const started = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const server = embedded ? undefined : await serverCpu(); // PGlite runs inside the importer's process
  const result = await run();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const used = process.cpuUsage(cpu);
  const importer = (used.user + used.system) / 1e6;
  const serverAfter = embedded ? undefined : await serverCpu();
  const serverUsed = server && serverAfter ? cpuSince(server, serverAfter) : undefined;
  const bound =
    serverUsed === undefined
      ? ''
      : `, Postgres CPU ${serverUsed.toFixed(1)} s; CPU-bound rate ${Math.round(count / Math.max(importer, serverUsed))}/s`;
  console.log(
    `${label.padEnd(34)} ${count} customers in ${seconds.toFixed(1)} s = ${Math.round(count / seconds)}/s (importer CPU ${importer.toFixed(1)} s${bound})`,
  );
  if (result && typeof result === 'object' && 'failed' in result && (result as { failed: number }).failed > 0) {
    throw new Error(`${label}: ${(result as { failed: number }).failed} customers refused`);
  }
}

async function bench(label: string, databaseUrl: string | undefined, pgliteDir: string, file: string, count: number): Promise<void> {
  const db = await openDatabase({ databaseUrl, pgliteDataDir: pgliteDir });
  try {
    await migrate(db.sql);
    const report = path.join(os.tmpdir(), `import-bench-${process.pid}.jsonl`);
    const option = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
    const [writers, batchSize] = [option('writers'), option('batch-size')];
    const options = {
      platform: PLATFORMS.magento,
      file,
      reportFile: report,
      restart: true,
      writers: writers ? Number(writers) : undefined,
      batchSize: batchSize ? Number(batchSize) : undefined,
    };
    await measure(`${label}: first import`, count, !databaseUrl, () => runImport(db, options));
    await measure(`${label}: re-run (all unchanged)`, count, !databaseUrl, () => runImport(db, options));
    const out = path.join(os.tmpdir(), `import-bench-${process.pid}.out.json`);
    await measure(`${label}: export`, count, !databaseUrl, () => runExport(db, { platform: PLATFORMS.magento, file: out }));
    rmSync(out, { force: true });
    rmSync(report, { force: true });
    rmSync(report.replace(/\.jsonl$/, '.state.json'), { force: true });
  } finally {
    await db.close();
  }
}

async function main(): Promise<void> {
  const [url, n] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  if (!url) throw new Error('usage: bench/import.ts <postgres url> [N] [--pglite]');
  const count = Number(n ?? 100_000);
  const file = path.join(os.tmpdir(), `magento-${count}.json`);
  if (!existsSync(file)) await writeExport('magento', count, file, 'bench');
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query('DROP DATABASE IF EXISTS import_bench');
  await admin.query('CREATE DATABASE import_bench');
  const [{ pid }] = (await admin.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows;
  if (existsSync(`/proc/${pid}/stat`))
    monitor = admin; // else a server on another machine: wall-clock rates only
  else await admin.end();
  const target = new URL(url);
  target.pathname = '/import_bench';
  await bench('Postgres', target.toString(), '', file, count);
  if (process.argv.includes('--pglite')) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'import-bench-pglite-'));
    try {
      await bench('PGlite', undefined, dir, file, count);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  await monitor?.end();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
