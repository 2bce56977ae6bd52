import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { PGlite, type Extension } from '@electric-sql/pglite';
import type { PrismaPg } from '@prisma/adapter-pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PGLITE_SHARED_BUFFERS_MB } from '../config';
import type pg from 'pg';
import { Prisma, PrismaClient } from '../generated/prisma/client';
import type { PgliteAssets } from './pglite-preload';

/** Runs SQL outside Prisma: the migrator and health checks need it. */
export interface SqlRunner {
  /** Several statements, no parameters, one round trip. */
  exec(sql: string): Promise<void>;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /**
   * COPY `table` (`columns`) FROM the rows in `data`, COPY's text format
   * (copy-text.ts): the cheapest way into Postgres for bulk inserts.
   */
  copyFrom(table: string, columns: readonly string[], data: string): Promise<void>;
  /**
   * Runs `fn` on one connection inside BEGIN/COMMIT (ROLLBACK on throw).
   * `unbounded` lifts the statement timeouts for it: a migration may rewrite
   * a large table.
   */
  transaction<T>(fn: (tx: Omit<SqlRunner, 'transaction'>) => Promise<T>, options?: { unbounded?: boolean }): Promise<T>;
}

export interface Database {
  kind: 'postgres' | 'pglite';
  prisma: PrismaClient;
  sql: SqlRunner;
  /**
   * A read on the hot path (list pages and their relations), straight to the
   * driver: Prisma's raw-query path costs ~1 ms more per statement
   * (docs/performance.md). Rows come back typed as Prisma types them.
   */
  read<T>(query: Prisma.Sql, options?: ReadOptions): Promise<T[]>;
  /** Statements sent (Prisma's and `read`'s); tests use it to pin query counts. */
  statementCount(): number;
  close(): Promise<void>;
}

export interface ReadOptions {
  /**
   * Postgres keeps this statement parsed and planned on each connection (a
   * named prepared statement) when it has no parameters, for the first
   * MAX_PREPARED such texts: a list page's parse and plan cost Postgres more
   * than running it (docs/performance.md). Only for statements whose result
   * columns are spelled out (no `*` over a table): a column added by a later
   * migration would make Postgres refuse the cached plan. Without
   * parameters the plan is the one a fresh statement gets, so no generic
   * plan replaces a value-aware one.
   */
  prepare?: boolean;
}

/** Distinct prepared statement texts at most (each costs every connection a cached plan). */
const MAX_PREPARED = 64;

export interface DatabaseOptions {
  databaseUrl?: string;
  pgliteDataDir: string;
  /** Pool size for Postgres. */
  poolSize?: number;
  /** Postgres keeps list pages prepared (ReadOptions.prepare); default true. */
  preparedStatements?: boolean;
  onPoolError?: (err: Error) => void;
  /**
   * A dump of a migrated empty PGlite cluster (src/db/pglite-template.ts):
   * a new embedded database is unpacked from it instead of made by initdb.
   * Ignored when missing, and for a folder that already holds a database.
   */
  pgliteTemplate?: string;
  /**
   * PGlite's shared_buffers. Postgres's 128MB default is zeroed in WebAssembly
   * memory at every start (~0.5 s of CPU); the embedded database is for
   * development and small shops, and reads past the buffers come from the OS
   * page cache (docs/performance.md measures both).
   */
  pgliteSharedBuffersMb?: number;
  /** PGlite's engine and file-system bundle, loading since the process started (main.ts). */
  pgliteAssets?: PgliteAssets;
  /** Bounds on every Postgres connection and statement; the server sets them, command-line tools do not. */
  timeouts?: DatabaseTimeouts;
}

export interface DatabaseTimeouts {
  /** How long getting a connection may take (a new one, or a free one from the pool). */
  connectMs: number;
  /**
   * Postgres's statement_timeout: it cancels a statement running or waiting
   * on a lock this long (SQLSTATE 57014). A server that does not answer at
   * all (frozen, or the network gone) is given up ANSWER_GRACE_MS later by
   * the driver, and its connection is dropped. 0: no bound.
   */
  statementMs: number;
}

/** How much longer than statement_timeout the driver waits for any answer. */
const ANSWER_GRACE_MS = 2000;
/** setTimeout's largest delay: "no client-side bound" (pg reads 0 as "use the pool's"). */
const NO_ANSWER_BOUND_MS = 2 ** 31 - 1;

/**
 * Parsers that give `read` the values Prisma gives: `timestamp` (stored as
 * UTC wall time) as a Date in UTC whatever the process's time zone, `date` as
 * UTC midnight, int8 as bigint. Other types keep the driver's parsing.
 */
const READ_PARSERS: Record<number, (value: string) => unknown> = {
  1114: (value) => new Date(`${value.replace(' ', 'T')}Z`),
  1082: (value) => new Date(`${value}T00:00:00.000Z`),
  20: (value) => BigInt(value),
};

/** Parameters as Prisma sends them: a Date as UTC wall time for `timestamp` columns. */
const readParams = (values: unknown[]) => values.map((v) => (v instanceof Date ? v.toISOString().slice(0, -1) : v));

/** READ_PARSERS over pg's own parsers. */
const pgReadTypes = (types: typeof pg.types) => ({
  getTypeParser: ((oid: number, format?: string) =>
    READ_PARSERS[oid] ?? types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
});

// contrib/* ships a CommonJS build but only ESM type declarations, which
// TypeScript refuses to import from CommonJS; require it with its type.
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const { pg_trgm } = require('@electric-sql/pglite/contrib/pg_trgm') as { pg_trgm: Extension };

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  return options.databaseUrl ? openPostgres(options) : openPglite(options);
}

async function openPostgres(options: DatabaseOptions): Promise<Database> {
  // Loaded here, not at the top: an embedded (PGlite) start does not need
  // them, and they were ~0.07 s of its module loading.
  /* eslint-disable @typescript-eslint/no-require-imports */
  const pg = require('pg') as typeof import('pg');
  const { PrismaPg } = require('@prisma/adapter-pg') as typeof import('@prisma/adapter-pg');
  /* eslint-enable @typescript-eslint/no-require-imports */
  // Our own pool, with an 'error' listener: an idle client losing its
  // connection (database restart) must not crash the process.
  const timeouts = options.timeouts;
  const pool = new pg.Pool({
    connectionString: options.databaseUrl,
    max: options.poolSize ?? 10,
    // Without these a database that stops answering holds every request
    // that reaches it, for as long as it is gone (test/db-timeouts.test.ts).
    ...(timeouts && { connectionTimeoutMillis: timeouts.connectMs }),
    ...(timeouts?.statementMs && { statement_timeout: timeouts.statementMs, query_timeout: timeouts.statementMs + ANSWER_GRACE_MS }),
  });
  pool.on('error', (err) => options.onPoolError?.(err));
  const adapter = new PrismaPg(pool, { onPoolError: options.onPoolError });
  const run = (client: pg.Pool | pg.PoolClient, answerBound?: number) => ({
    exec: async (sql: string) => {
      await client.query({ text: sql, query_timeout: answerBound } as pg.QueryConfig);
    },
    query: async <T>(sql: string, params: unknown[] = []) =>
      (await client.query({ text: sql, values: params, query_timeout: answerBound } as pg.QueryConfig)).rows as T[],
    copyFrom: async (table: string, columns: readonly string[], data: string) => {
      // COPY holds its connection for its duration: the transaction's, or one from the pool.
      if (!(client instanceof pg.Pool)) return copyInto(client, table, columns, data);
      const connection = await client.connect();
      try {
        await copyInto(connection, table, columns, data);
      } finally {
        connection.release();
      }
    },
  });
  const sql: SqlRunner = {
    ...run(pool),
    async transaction(fn, transactionOptions) {
      const client = await pool.connect();
      // A connection lost while checked out fails the statement in flight and then emits 'error' on
      // the client, which the pool listens for only on idle clients: unheard, it ends the process.
      // Heard here, the statement's own error is what the caller gets, and the pool drops the client.
      let lost: Error | undefined;
      const onLost = (err: Error) => (lost = err);
      client.on('error', onLost);
      const unbounded = transactionOptions?.unbounded === true;
      try {
        await client.query('BEGIN');
        if (unbounded) await client.query('SET LOCAL statement_timeout = 0');
        const result = await fn(run(client, unbounded ? NO_ANSWER_BOUND_MS : undefined));
        await client.query('COMMIT');
        return result;
      } catch (err) {
        if (!lost) await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        client.off('error', onLost);
        client.release(lost);
      }
    },
  };
  const types = pgReadTypes(pg.types);
  const prepare = options.preparedStatements !== false;
  const prepared = new Map<string, string>();
  const statementName = (text: string): string | undefined => {
    let name = prepared.get(text);
    if (name === undefined && prepared.size < MAX_PREPARED) prepared.set(text, (name = `cg_read_${prepared.size}`));
    return name;
  };
  const read = async <T>(query: Prisma.Sql, readOptions?: ReadOptions) => {
    const name = prepare && readOptions?.prepare && query.values.length === 0 ? statementName(query.text) : undefined;
    return (await pool.query({ name, text: query.text, values: readParams(query.values), types })).rows as T[];
  };
  return withPrisma('postgres', adapter, sql, read, () => pool.end());
}

const copySql = (table: string, columns: readonly string[], from = 'STDIN') =>
  `COPY "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) FROM ${from}`;

/** SqlRunner.copyFrom on one node-postgres connection. */
export async function copyInto(client: pg.ClientBase, table: string, columns: readonly string[], data: string): Promise<void> {
  // Required here: pg-copy-streams loads pg's protocol parts, which an embedded start never needs.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { from } = require('pg-copy-streams') as typeof import('pg-copy-streams');
  await pipeline(Readable.from([Buffer.from(data)]), client.query(from(copySql(table, columns))));
}

/** SqlRunner over a PGlite instance (also used to build the template). */
export function pgliteSqlRunner(db: PGlite): SqlRunner {
  const run = (client: Pick<PGlite, 'exec' | 'query'>) => ({
    exec: async (sql: string) => {
      await client.exec(sql);
    },
    query: async <T>(sql: string, params: unknown[] = []) => (await client.query<T>(sql, params)).rows,
    // PGlite reads COPY's input from a Blob attached to the statement, named /dev/blob.
    copyFrom: async (table: string, columns: readonly string[], data: string) => {
      await client.query(copySql(table, columns, "'/dev/blob'"), [], { blob: new Blob([data]) });
    },
  });
  return { ...run(db), transaction: (fn) => db.transaction((tx) => fn(run(tx))) };
}

async function openPglite(options: DatabaseOptions): Promise<Database> {
  const dir = options.pgliteDataDir;
  const inMemory = dir.startsWith('memory://');
  if (!inMemory) mkdirSync(dir, { recursive: true });
  const isNew = inMemory || !existsSync(path.join(dir, 'PG_VERSION'));
  const template = isNew && options.pgliteTemplate && existsSync(options.pgliteTemplate) ? options.pgliteTemplate : undefined;
  const assets = options.pgliteAssets;
  const db = await PGlite.create(dir, {
    extensions: { pg_trgm },
    startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${options.pgliteSharedBuffersMb ?? PGLITE_SHARED_BUFFERS_MB}MB`],
    ...(template ? { loadDataDir: new Blob([readFileSync(template)]) } : {}),
    ...(assets ? { pgliteWasmModule: await assets.wasmModule, fsBundle: bytesAsBlob(await assets.fsBundle) } : {}),
  });
  const sql = pgliteSqlRunner(db);
  const read = async <T>(query: Prisma.Sql) => (await db.query<T>(query.text, readParams(query.values), { parsers: READ_PARSERS })).rows;
  return withPrisma('pglite', new PrismaPGlite(db), sql, read, () => db.close());
}

/**
 * PGlite takes its file-system bundle as a Blob and reads it once, with
 * arrayBuffer(); this hands it the bytes already read instead of copying
 * 5 MB into a Blob and out again.
 */
function bytesAsBlob(bytes: Buffer): Blob {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  const buffer = whole ? bytes.buffer : bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  return { arrayBuffer: async () => buffer } as Blob;
}

function withPrisma(
  kind: Database['kind'],
  adapter: PrismaPg | PrismaPGlite,
  sql: SqlRunner,
  read: <T>(query: Prisma.Sql, options?: ReadOptions) => Promise<T[]>,
  closeDriver: () => Promise<void>,
): Database {
  const prisma = new PrismaClient({ adapter, log: [{ emit: 'event' as const, level: 'query' as const }] });
  let statements = 0;
  prisma.$on('query', () => {
    statements += 1;
  });
  return {
    kind,
    prisma,
    sql,
    read<T>(query: Prisma.Sql, options?: ReadOptions) {
      statements += 1;
      return read<T>(query, options);
    },
    statementCount: () => statements,
    async close() {
      await prisma.$disconnect();
      await closeDriver();
    },
  };
}
