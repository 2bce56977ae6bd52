import { loadConfig, type Config } from '../config';
import { openDatabase, type Database } from '../db/database';
import { migrate } from '../db/migrate';

/**
 * What every command-line tool shares: it works on the database the server
 * would use (DATABASE_URL or the PGlite folder), migrated first, and ends the
 * process with its exit code. Errors print their message, never a stack.
 */
export function runCommand(main: () => Promise<number>, errorExitCode: number, afterError?: () => void): void {
  main().then(
    (code) => process.exit(code),
    (err) => {
      console.error(err instanceof Error ? err.message : err);
      afterError?.();
      process.exit(errorExitCode);
    },
  );
}

/** Opens and migrates the server's database, runs `body`, and always closes it. */
export async function withServerDatabase<T>(body: (db: Database, config: Config) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const db = await openDatabase({ databaseUrl: config.databaseUrl, pgliteDataDir: config.pgliteDataDir });
  try {
    await migrate(db.sql);
    return await body(db, config);
  } finally {
    await db.close();
  }
}

/** Where a command writes, for its first line of output. */
export function databaseLabel(config: Config): string {
  return config.databaseUrl ? 'PostgreSQL' : `PGlite (${config.pgliteDataDir})`;
}

/** A `--name N` option: absent gives `fallback`; anything but a whole number in range is refused. */
export function wholeNumberOption(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`--${name} must be a whole number from ${min} to ${max}`);
  return value;
}
