import { loadConfig } from '../config';
import { openDatabase } from './database';
import { migrate } from './migrate';

/** `npm run migrate`: apply pending migrations to DATABASE_URL (or the PGlite folder) and exit. */
async function main() {
  const config = loadConfig();
  const db = await openDatabase({ databaseUrl: config.databaseUrl, pgliteDataDir: config.pgliteDataDir });
  try {
    const applied = await migrate(db.sql);
    console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Database is up to date.');
  } finally {
    await db.close();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
