import { LOG_LEVELS, type LogLevel } from './logger';

/** PGlite's shared_buffers unless PGLITE_SHARED_BUFFERS_MB says otherwise (docs/performance.md). */
export const PGLITE_SHARED_BUFFERS_MB = 32;

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
  /** PGlite's shared_buffers in MB (Postgres's default 128 costs ~0.5 s at every start). */
  pgliteSharedBuffersMb: number;
  /**
   * List pages as named prepared statements on Postgres (database.ts,
   * ReadOptions.prepare). Off behind a pooler in transaction mode that does
   * not track them (PgBouncer before 1.21, or without max_prepared_statements).
   */
  preparedStatements: boolean;
  /** Postgres only: how long a connection may take to get, and a statement to run (0: unbounded); src/db/database.ts. */
  databaseTimeouts: { connectMs: number; statementMs: number };
  bcryptCost: number;
  /** Worker threads that hash passwords off the request event loop. */
  hashWorkers: number;
  adminEmail: string | undefined;
  adminPassword: string | undefined;
  nodeEnv: string;
  /**
   * Express 'trust proxy': false (default) takes the client address from the
   * socket; true, a hop count or a list of proxy addresses/subnets reads
   * X-Forwarded-For up to that proxy. Login rate limits key on this address.
   */
  trustProxy: boolean | number | string;
  /**
   * How long an idle keep-alive connection stays open. Above the idle timeout
   * of the load balancers in front (AWS ALB: 60 s), so that the server never
   * closes a connection the balancer is about to reuse (a 502 there). Node's
   * default is 5 s.
   */
  keepAliveSeconds: number;
  /** Lifetime of a login session token. */
  sessionTtlHours: number;
  /** How long a verified token is trusted without a database read (0: always read). */
  tokenCacheSeconds: number;
  loginThrottle: {
    /** Login attempts per email per window, counted in the database (shared by all server copies). */
    maxPerEmail: number;
    /** Login attempts per client address (IPv6: per /64) per window. */
    maxPerAddress: number;
    windowSeconds: number;
    /** Login attempts in progress on one server (each costs a bcrypt compare); more are refused at once. */
    maxConcurrent: number;
  };
  limits: {
    /** Nesting of fields (introspection excluded: graphql-js bounds it). */
    maxDepth: number;
    maxAliases: number;
    /** Fields an operation expands to, fragment spreads expanded; bounds the work of any document before it is compiled. */
    maxSelections: number;
    /** Estimated objects a request may return; list pages count `limit`/`first`/`last` times. */
    maxCost: number;
    /** Lexical tokens in a document; parsing stops beyond it. */
    maxTokens: number;
    /** Operations in one batched HTTP request; 1 turns batching off. */
    maxBatch: number;
    /** Request body size in bytes. */
    maxBodyBytes: number;
  };
  /** Schema introspection; default on except when NODE_ENV=production. */
  introspection: boolean;
  /** The GraphiQL page at GET /graphql; default on except when NODE_ENV=production. */
  playground: boolean;
  /** Least severe log level written (JSON lines on stdout); each request logs one line at info. */
  logLevel: LogLevel;
  webhooks: WebhookConfig;
}

/** The webhook delivery worker (docs/webhooks.md). */
export interface WebhookConfig {
  /** Run the delivery worker in this process (WEBHOOK_WORKER); several processes share the work. */
  worker: boolean;
  /** How often an idle worker looks for due deliveries. */
  pollMs: number;
  /** Deliveries in flight at once per process: a slow receiver holds one slot, never a request. */
  concurrency: number;
  timeoutMs: number;
  /** A delivery taken by a worker that then dies is taken again after this (longer than the timeout). */
  leaseMs: number;
  /** Wait before each retry (the first retry, the second, ...); attempts = retries + 1, then DEAD. Jittered ±25%. */
  retryDelaysMs: number[];
  /** Let webhooks target loopback and private networks (SSRF guard off for addresses). */
  allowPrivateTargets: boolean;
}

/** Svix's and the Standard Webhooks spec's schedule: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h. */
const DEFAULT_RETRY_DELAYS = '5,300,1800,7200,18000,36000,50400,72000,86400';

function retryDelays(raw: string | undefined): number[] {
  const text = raw === undefined || raw.trim() === '' ? DEFAULT_RETRY_DELAYS : raw;
  const delays = text.split(',').map((part) => Number(part.trim()));
  if (delays.length > 20 || delays.some((d) => !Number.isFinite(d) || d < 0 || d > 7 * 86_400)) {
    throw new Error(`WEBHOOK_RETRY_DELAYS must be up to 20 comma-separated seconds from 0 to 604800, got "${raw}"`);
  }
  return delays.map((d) => Math.round(d * 1000));
}

/** Typed readers of one environment (tests pass their own, not process.env). */
function envReader(env: NodeJS.ProcessEnv) {
  return {
    int: (name: string, fallback: number, min: number, max: number): number => {
      const raw = env[name];
      if (raw === undefined || raw === '') return fallback;
      const value = Number(raw);
      if (!Number.isInteger(value) || value < min || value > max) {
        throw new Error(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
      }
      return value;
    },
    oneOf: <T extends string>(name: string, fallback: T, allowed: readonly T[]): T => {
      const raw = env[name];
      if (raw === undefined || raw === '') return fallback;
      if (!(allowed as readonly string[]).includes(raw)) throw new Error(`${name} must be one of ${allowed.join(', ')}, got "${raw}"`);
      return raw as T;
    },
    bool: (name: string, fallback: boolean): boolean => {
      const raw = env[name];
      if (raw === undefined || raw === '') return fallback;
      if (/^(true|1|yes|on)$/i.test(raw)) return true;
      if (/^(false|0|no|off)$/i.test(raw)) return false;
      throw new Error(`${name} must be true or false, got "${raw}"`);
    },
  };
}

/** Express's 'trust proxy' forms: true/false, a hop count, or addresses and subnets ("loopback, 10.0.0.0/8"). */
function trustProxy(raw: string | undefined): boolean | number | string {
  if (raw === undefined || raw === '' || /^(false|0|no|off)$/i.test(raw)) return false;
  if (/^(true|yes|on)$/i.test(raw)) return true;
  if (/^\d+$/.test(raw)) return Number(raw);
  return raw;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error('DATABASE_URL must start with postgresql:// (unset it to use embedded PGlite)');
  }
  const { int, bool, oneOf } = envReader(env);
  const nodeEnv = env.NODE_ENV || 'development';
  const production = nodeEnv === 'production';
  return {
    port: int('PORT', 4000, 0, 65535),
    host: env.HOST || '0.0.0.0',
    databaseUrl,
    pgliteDataDir: env.PGLITE_DATA_DIR || './data/pglite',
    pgliteSharedBuffersMb: int('PGLITE_SHARED_BUFFERS_MB', PGLITE_SHARED_BUFFERS_MB, 1, 4096),
    preparedStatements: bool('DB_PREPARED_STATEMENTS', true),
    databaseTimeouts: {
      connectMs: int('DB_CONNECT_TIMEOUT_MS', 5000, 100, 600_000),
      statementMs: int('DB_STATEMENT_TIMEOUT_MS', 15_000, 0, 3_600_000),
    },
    bcryptCost: int('BCRYPT_COST', 12, 4, 15),
    hashWorkers: int('HASH_WORKERS', 2, 1, 16),
    adminEmail: env.ADMIN_EMAIL || undefined,
    adminPassword: env.ADMIN_PASSWORD || undefined,
    nodeEnv,
    trustProxy: trustProxy(env.TRUST_PROXY),
    keepAliveSeconds: int('HTTP_KEEP_ALIVE_SECONDS', 65, 1, 3600),
    sessionTtlHours: int('SESSION_TTL_HOURS', 12, 1, 24 * 30),
    tokenCacheSeconds: int('TOKEN_CACHE_SECONDS', 5, 0, 300),
    loginThrottle: {
      maxPerEmail: int('LOGIN_MAX_ATTEMPTS_PER_EMAIL', 10, 1, 1_000_000),
      maxPerAddress: int('LOGIN_MAX_ATTEMPTS_PER_ADDRESS', 50, 1, 1_000_000),
      windowSeconds: int('LOGIN_WINDOW_SECONDS', 900, 1, 86_400),
      maxConcurrent: int('LOGIN_MAX_CONCURRENT', 16, 1, 10_000),
    },
    limits: {
      maxDepth: int('MAX_QUERY_DEPTH', 10, 1, 100),
      maxAliases: int('MAX_QUERY_ALIASES', 30, 0, 10_000),
      maxSelections: int('MAX_QUERY_SELECTIONS', 1000, 10, 1_000_000),
      maxCost: int('MAX_QUERY_COST', 10_000, 1, 10_000_000),
      maxTokens: int('MAX_QUERY_TOKENS', 2000, 100, 1_000_000),
      maxBatch: int('MAX_BATCH_OPERATIONS', 10, 1, 1000),
      maxBodyBytes: int('MAX_BODY_BYTES', 1024 * 1024, 1024, 100 * 1024 * 1024),
    },
    introspection: bool('INTROSPECTION', !production),
    playground: bool('PLAYGROUND', !production),
    logLevel: oneOf('LOG_LEVEL', 'info', LOG_LEVELS),
    webhooks: webhookConfig(env),
  };
}

function webhookConfig(env: NodeJS.ProcessEnv): WebhookConfig {
  const { int, bool } = envReader(env);
  const timeoutMs = int('WEBHOOK_TIMEOUT_SECONDS', 15, 1, 300) * 1000;
  const leaseMs = int('WEBHOOK_LEASE_SECONDS', 60, 1, 3600) * 1000;
  if (leaseMs <= timeoutMs) throw new Error('WEBHOOK_LEASE_SECONDS must be more than WEBHOOK_TIMEOUT_SECONDS');
  return {
    worker: bool('WEBHOOK_WORKER', true),
    pollMs: int('WEBHOOK_POLL_MS', 1000, 10, 60_000),
    concurrency: int('WEBHOOK_CONCURRENCY', 8, 1, 256),
    timeoutMs,
    leaseMs,
    retryDelaysMs: retryDelays(env.WEBHOOK_RETRY_DELAYS),
    allowPrivateTargets: bool('WEBHOOK_ALLOW_PRIVATE_TARGETS', false),
  };
}
