import { createHash, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { SqlRunner } from './database';

/**
 * Applies prisma/migrations/<name>/migration.sql in name order, each in its
 * own transaction, and records it in `_prisma_migrations` exactly as
 * `prisma migrate deploy` would (same table, SHA-256 checksum of the file),
 * so Prisma's own CLI, where it can run, sees them as applied.
 *
 * Why our own migrator: Prisma 7's CLI downloads a native schema engine for
 * every migrate command and that host is unreachable from our machines.
 *
 * A session-level advisory lock serialises servers that start together.
 */
export const MIGRATIONS_DIR = path.resolve(__dirname, '../../prisma/migrations');
const LOCK_ID = 72_707_369; // arbitrary, fixed: "migrations of this app"

const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, 'migration.sql')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

/**
 * Applies pending migrations, each in its own transaction together with its
 * `_prisma_migrations` row; returns the names this call applied. Each
 * transaction first takes a transaction-level advisory lock (released at
 * commit, even if the process dies) and re-reads what is applied, so two
 * servers starting at once apply each migration exactly once.
 */
export async function migrate(sql: SqlRunner, migrations = readMigrations()): Promise<string[]> {
  // The usual start: everything applied. Two reads, no lock, no transaction
  // (one transaction per migration cost ~0.2 s of the embedded start).
  if (await upToDate(sql, migrations)) return [];
  const done: string[] = [];
  for (const migration of migrations) {
    // Unbounded: a migration may rewrite a large table for longer than DB_STATEMENT_TIMEOUT_MS.
    const applied = await sql.transaction((tx) => applyOnce(tx, migration), { unbounded: true });
    if (applied) done.push(migration.name);
  }
  return done;
}

/** Applies `migration` in `tx` unless it is applied already; false when it was. */
async function applyOnce(tx: Omit<SqlRunner, 'transaction'>, migration: Migration): Promise<boolean> {
  await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK_ID]);
  await tx.exec(CREATE_MIGRATIONS_TABLE);
  const rows = await tx.query<{ checksum: string }>(
    `SELECT checksum FROM "_prisma_migrations"
        WHERE migration_name = $1 AND finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    [migration.name],
  );
  if (rows.length > 0) {
    if (rows[0].checksum !== migration.checksum) {
      throw new Error(`Migration ${migration.name} was edited after it was applied (checksum differs)`);
    }
    return false;
  }
  await tx.exec(migration.sql);
  await tx.query(
    `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), now(), 1)`,
    [randomUUID(), migration.checksum, migration.name],
  );
  return true;
}

/** True when every migration is applied with the checksum of its file (an edited one goes the slow way, which refuses it). */
async function upToDate(sql: SqlRunner, migrations: Migration[]): Promise<boolean> {
  const applied = await appliedChecksums(sql);
  return migrations.every((m) => applied.get(m.name) === m.checksum);
}

/** Names of migrations in the folder that the database has not applied. */
export async function pendingMigrations(sql: SqlRunner, migrations = readMigrations()): Promise<string[]> {
  const applied = await appliedChecksums(sql);
  return migrations.filter((m) => !applied.has(m.name)).map((m) => m.name);
}

/** Checksum of each applied migration by name (none before the first migration). */
async function appliedChecksums(sql: SqlRunner): Promise<Map<string, string>> {
  const exists = await sql.query<{ found: boolean }>(`SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS found`);
  if (!exists[0]?.found) return new Map();
  const rows = await sql.query<{ migration_name: string; checksum: string }>(
    'SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
  );
  return new Map(rows.map((row) => [row.migration_name, row.checksum]));
}
