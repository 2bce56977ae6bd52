import 'reflect-metadata';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isDatabaseUnavailable } from '../common/db-faults';
import { platformNamed } from '../interop/platforms';
import { fileProgress } from '../import/progress';
import { runImport } from '../import/run-import';
import { databaseLabel, runCommand, wholeNumberOption, withServerDatabase } from './command';

const USAGE = `Usage:
  npm run import -- magento <file> [options]   Magento's GET /V1/customers/search response ({ items, total_count })
  npm run import -- medusa <file> [options]    Medusa's GET /admin/customers response ({ customers, ... })

Options:
  --passwords <file>   JSON array of { email, password_hash } rows (Magento 2, Medusa scrypt or bcrypt hashes)
  --source <name>      externalSource of the imported rows (default: the platform); name each shop when moving several
  --report <file>      refused items, one JSON line each (default: <file>.import-report.jsonl)
  --restart            ignore an unfinished earlier run and start from the first customer
  --batch-size <n>     customers per transaction (default 1000)
  --writers <n>        batches written at once, each on its own connection (default 2 on PostgreSQL, 1 on PGlite)

Re-running is safe: unchanged customers are left alone. An interrupted run resumes where it
stopped. Uses DATABASE_URL (PostgreSQL) or PGLITE_DATA_DIR (embedded; stop the server first).`;

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      passwords: { type: 'string' },
      source: { type: 'string' },
      report: { type: 'string' },
      restart: { type: 'boolean' },
      'batch-size': { type: 'string' },
      writers: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help || positionals.length !== 2) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  const [platformName, file] = positionals;
  const platform = platformNamed(platformName);
  const batchSize = wholeNumberOption('batch-size', values['batch-size'], 1000, 1, 10_000);
  const writers = values.writers === undefined ? undefined : wholeNumberOption('writers', values.writers, 2, 1, 8);
  return withServerDatabase(async (db, config) => {
    const reportFile = values.report ?? `${path.basename(file)}.import-report.jsonl`;
    console.error(`Importing ${platform.name} customers from ${file} into ${databaseLabel(config)}`);
    const s = await runImport(db, {
      platform,
      file,
      source: values.source,
      passwordsFile: values.passwords,
      reportFile,
      restart: values.restart,
      batchSize,
      writers,
      onProgress: fileProgress('customers'),
    }).catch((err: unknown) => {
      if (!isDatabaseUnavailable(err)) throw err;
      const why = err instanceof Error ? err.message : String(err);
      throw new Error(
        `The database cannot be reached (${why}): the import stopped after its last committed batch; run the same command again to resume`,
        {
          cause: err,
        },
      );
    });
    const rate = Math.round((s.items || 0) / Math.max(s.seconds, 0.001));
    console.log(
      `${s.items} customers in ${s.seconds.toFixed(1)} s (${rate}/s): ${s.created} created, ${s.updated} updated, ${s.unchanged} unchanged, ${s.failed} refused` +
        (s.skipped ? `; resumed after ${s.skipped}` : '') +
        (s.passwordsRefused ? `; ${s.passwordsRefused} password rows refused` : ''),
    );
    if (s.failed + s.passwordsRefused > 0) console.log(`Refused items: ${reportFile}`);
    return s.failed + s.passwordsRefused > 0 ? 1 : 0;
  });
}

runCommand(main, 2);
