import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm, pgliteSqlRunner } from './database';
import { migrate } from './migrate';

/**
 * A migrated, empty PGlite cluster saved once (at `npm install`), from which
 * a new embedded database is unpacked instead of running initdb and every
 * migration: initdb alone took ~10 s of CPU, unpacking takes ~3 s
 * (docs/performance.md). Only a speed-up: without the file, or with
 * migrations added since, a database is created and migrated as before (the
 * migrator applies whatever the template lacks).
 */
export const PGLITE_TEMPLATE = path.resolve(__dirname, '../../node_modules/.cache/customer-gateway/pglite-template.tar.gz');

/** Creates the template: a fresh in-memory cluster, migrated, dumped; written atomically. */
export async function writeTemplate(file = PGLITE_TEMPLATE): Promise<void> {
  const db = await PGlite.create('memory://', { extensions: { pg_trgm } });
  try {
    await migrate(pgliteSqlRunner(db));
    const dump = await db.dumpDataDir('gzip');
    mkdirSync(path.dirname(file), { recursive: true });
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    renameSync(partial, file);
  } finally {
    await db.close();
  }
}

if (require.main === module) {
  writeTemplate().catch((err: unknown) => {
    // Best effort at install time: without it a new database is only slower to create.
    console.warn(
      `PGlite template not written (new embedded databases will run initdb): ${err instanceof Error ? err.message : String(err)}`,
    );
  });
}
