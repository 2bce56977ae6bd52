import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { databaseLabel, runCommand, wholeNumberOption, withServerDatabase } from '../cli/command';
import { progressBar } from './progress';
import { seed } from './seed';

const USAGE = `Usage: npm run seed -- [--customers N] [--groups N] [--tag TAG] [--batch-size N]

Adds N demo customers (default 1000), each with two addresses and one of the
demo groups (default 20; existing groups of the same name are reused). Emails
carry a run tag (default: from the time), so running it again adds more.

Uses DATABASE_URL (PostgreSQL) or PGLITE_DATA_DIR (embedded, default
./data/pglite; stop the server first: PGlite allows one process at a time).`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      customers: { type: 'string' },
      groups: { type: 'string' },
      tag: { type: 'string' },
      'batch-size': { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const customers = wholeNumberOption('customers', values.customers, 1000, 0, 10_000_000);
  const groups = wholeNumberOption('groups', values.groups, 20, 1, 1000);
  const batchSize = wholeNumberOption('batch-size', values['batch-size'], 1000, 1, 10_000);
  return withServerDatabase(async (db, config) => {
    console.error(`Seeding ${customers} customers in ${groups} groups into ${databaseLabel(config)}`);
    const result = await seed(db, { customers, groups, batchSize, runTag: values.tag, onProgress: progressBar('customers') });
    const rate = result.seconds > 0 ? Math.round(result.customers / result.seconds) : result.customers;
    console.error(
      `Done: ${result.customers} customers, ${result.addresses} addresses, ${result.groups} groups (run tag "${result.runTag}") in ${result.seconds.toFixed(1)} s (${rate}/s)`,
    );
    return 0;
  });
}

runCommand(main, 1, () => console.error(USAGE));
