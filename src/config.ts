/**
 * Environment, parsed once and typed. Every setting the server reads is here,
 * with its default; README's configuration table mirrors this file.
 */
export interface Config {
  port: number;
  host: string;
  /** postgresql://… selects Postgres; unset means embedded PGlite. */
  databaseUrl: string | undefined;
  /** PGlite data folder; "memory://" keeps it in memory. */
  pgliteDataDir: string;
  bcryptCost: number;
  /** Worker threads that hash passwords off the request event loop. */
  hashWorkers: number;
  adminEmail: string | undefined;
  adminPassword: string | undefined;
  nodeEnv: string;
}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error('DATABASE_URL must start with postgresql:// (unset it to use embedded PGlite)');
  }
  return {
    port: int(env, 'PORT', 4000, 0, 65535),
    host: env.HOST || '0.0.0.0',
    databaseUrl,
    pgliteDataDir: env.PGLITE_DATA_DIR || './data/pglite',
    bcryptCost: int(env, 'BCRYPT_COST', 12, 4, 15),
    hashWorkers: int(env, 'HASH_WORKERS', 2, 1, 16),
    adminEmail: env.ADMIN_EMAIL || undefined,
    adminPassword: env.ADMIN_PASSWORD || undefined,
    nodeEnv: env.NODE_ENV || 'development',
  };
}
