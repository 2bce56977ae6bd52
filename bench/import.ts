/**
 * Import throughput: a generated Magento export of N customers (2 addresses
 * each) into a fresh database, then the same file again (every customer
 * unchanged), then an export. Prints customers per second for each.
 *
 *   npm run build && node -r ts-node/register/transpile-only bench/import.ts <postgres url> [N] [--pglite]
 *
 * The url names a server where this may create and drop the database
 * "import_bench" (use your own cluster, not a shared one). --pglite also
 * runs the import into an embedded PGlite folder under a temporary dir.
 */
import 'reflect-metadata';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { writeExport } from './import-data';
/* eslint-disable @typescript-eslint/no-require-imports */
const { openDatabase } = require('../dist/db/database') as typeof import('../src/db/database');
const { migrate } = require('../dist/db/migrate') as typeof import('../src/db/migrate');
const { PLATFORMS } = require('../dist/interop/platforms') as typeof import('../src/interop/platforms');
const { runImport } = require('../dist/import/run-import') as typeof import('../src/import/run-import');
const { runExport } = require('../dist/import/run-export') as typeof import('../src/import/run-export');

async function measure(label: string, count: number, run: () => Promise<unknown>): Promise<void> {
  const started = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const result = await run();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const used = process.cpuUsage(cpu);
  console.log(
    `${label.padEnd(34)} ${count} customers in ${seconds.toFixed(1)} s = ${Math.round(count / seconds)}/s ` +
      `(importer CPU ${((used.user + used.system) / 1e6).toFixed(1)} s)`,
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
    const options = { platform: PLATFORMS.magento, file, reportFile: report, restart: true };
    await measure(`${label}: first import`, count, () => runImport(db, options));
    await measure(`${label}: re-run (all unchanged)`, count, () => runImport(db, options));
    const out = path.join(os.tmpdir(), `import-bench-${process.pid}.out.json`);
    await measure(`${label}: export`, count, () => runExport(db, { platform: PLATFORMS.magento, file: out }));
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
  await admin.end();
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
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
