import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { loadConfig } from '../../src/config';
import { openDatabase, type Database } from '../../src/db/database';
import { PGLITE_TEMPLATE } from '../../src/db/pglite-template';
import { createLogger, silentLogger, type Logger } from '../../src/logger';
import { startServer, type RunningServer } from '../../src/server';
import type { TypedDocumentString } from './generated/graphql';

export const ADMIN_EMAIL = 'admin@test.local';
export const ADMIN_PASSWORD = 'admin-password-123';

export interface GraphQLResponse<T = any> {
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

export interface GqlOptions {
  /** The bearer token; the admin session when left out, none when null. */
  token?: string | null;
  headers?: Record<string, string>;
}

/** Variables may be left out when the operation has none or only optional ones. */
export type VariablesAndOptions<V> =
  Record<string, never> extends V ? [variables?: V, options?: GqlOptions] : [variables: V, options?: GqlOptions];

export interface TestServer {
  url: string;
  server: RunningServer;
  db: Database;
  /** The test database's URL on Postgres (another process's view of it); undefined on PGlite. */
  databaseUrl?: string;
  /** Admin session token. */
  token: string;
  /**
   * POST a document to /graphql; the admin token unless `token` is given (null: none). A typed document
   * (`graphql(...)` from ./generated) types the variables and the response; a plain string is for documents
   * that cannot be typed (invalid on purpose, built at run time).
   */
  gql<R, V>(document: TypedDocumentString<R, V>, ...args: VariablesAndOptions<V>): Promise<GraphQLResponse<R>>;
  gql<T = any>(query: string, variables?: Record<string, unknown>, options?: GqlOptions): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
}

/**
 * A fresh database for one test file: an in-memory PGlite by default, or a
 * new database on the Postgres server of TEST_DATABASE_URL (dropped at stop).
 * A PGlite one is unpacked from the install-time template, as `npm start`
 * does (initdb is ~10 s of CPU per file, and a second WebAssembly instance
 * the worker must tear down at exit); `empty` skips it for the tests that
 * apply the migrations themselves.
 */
export async function openTestDatabase(
  options: { empty?: boolean } = {},
): Promise<{ db: Database; drop: () => Promise<void>; url?: string }> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const db = await openDatabase({ pgliteDataDir: 'memory://', pgliteTemplate: options.empty ? undefined : PGLITE_TEMPLATE });
    return { db, drop: () => db.close() };
  }
  const name = `cg_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({ databaseUrl: url.toString(), pgliteDataDir: '', poolSize: 12 });
  return {
    db,
    url: url.toString(),
    drop: async () => {
      await db.close();
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

export async function startTestServer(
  env: Record<string, string> = {},
  /** `log` receives every log entry (debug and up) as the parsed JSON object. */
  options: { log?: (entry: Record<string, any>) => void } = {},
): Promise<TestServer> {
  const { db, drop, url: databaseUrl } = await openTestDatabase();
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    BCRYPT_COST: '4',
    ADMIN_EMAIL,
    ADMIN_PASSWORD,
    // Long enough that a verified token cannot expire between two requests of
    // a test (statement counts subtract the token check); tests of the cache
    // evict it themselves.
    TOKEN_CACHE_SECONDS: '300',
    ...env,
  });
  const logger = options.log ? capturingLogger(options.log) : process.env.TEST_LOG ? createLogger('debug') : silentLogger;
  const server = await startServer(config, { db, logger, print: () => undefined });
  const gql = async (query: string | TypedDocumentString<unknown, unknown>, variables?: unknown, options: GqlOptions = {}) => {
    const token = options.token === undefined ? session : options.token;
    const response = await fetch(server.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...options.headers,
      },
      body: JSON.stringify({ query: query.toString(), variables }),
    });
    return (await response.json()) as GraphQLResponse;
  };
  let session: string | null = null;
  const login = await gql(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token errors { message } } }`, {
    e: ADMIN_EMAIL,
    p: ADMIN_PASSWORD,
  });
  session = login.data?.login?.token;
  if (!session) throw new Error(`test admin login failed: ${JSON.stringify(login)}`);
  return {
    url: server.url,
    server,
    db,
    databaseUrl,
    token: session,
    gql: gql as TestServer['gql'],
    async stop() {
      await server.stop();
      await drop();
    },
  };
}

let counter = 0;
/** An email no other test in this run uses. */
export function uniqueEmail(tag = 'c'): string {
  counter += 1;
  return `${tag}.${process.pid}.${counter}.${randomBytes(3).toString('hex')}@example.com`;
}

/** Asserts a response has no GraphQL errors and returns its data. */
export function ok<T = any>(response: GraphQLResponse<T>): T {
  if (response.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
  return response.data as T;
}

/** A logger at debug level handing each entry, as the JSON object written, to `onEntry`. */
export function capturingLogger(onEntry: (entry: Record<string, any>) => void): Logger {
  return createLogger('debug', { write: (line: string) => onEntry(JSON.parse(line)) });
}
