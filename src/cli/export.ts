import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { runCommand, withServerDatabase } from './command';
import { platformNamed } from '../interop/platforms';
import { runExport } from '../import/run-export';

const USAGE = `Usage:
  npm run export -- magento <file> [--source <name>] [--include-deleted]
  npm run export -- medusa <file> [--source <name>] [--include-deleted]

Writes the customers (with addresses and groups) as Magento's GET /V1/customers/search
response or Medusa's GET /admin/customers response. --source exports only the customers
imported from that source. Uses DATABASE_URL or PGLITE_DATA_DIR, as the server does.`;

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { source: { type: 'string' }, 'include-deleted': { type: 'boolean' }, help: { type: 'boolean' } },
  });
  if (values.help || positionals.length !== 2) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  const [platformName, file] = positionals;
  const platform = platformNamed(platformName);
  return withServerDatabase(async (db) => {
    const started = Date.now();
    const count = await runExport(db, { platform, file, source: values.source, includeDeleted: values['include-deleted'] });
    console.log(`${count} customers written to ${file} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return 0;
  });
}

runCommand(main, 2);
