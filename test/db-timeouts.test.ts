/**
 * Bounds on a database that is slow or stops answering, on a PostgreSQL
 * cluster of this test's own (DB_STATEMENT_TIMEOUT_MS, DB_CONNECT_TIMEOUT_MS):
 * - a statement held up (here: behind another session's table lock) is
 *   cancelled by Postgres at the statement timeout: STATEMENT_TIMEOUT,
 *   retryable, nothing written, no SQL text;
 * - a read sent to a database that has stopped answering (SIGSTOP) is given
 *   up by the driver: 503 DATABASE_UNAVAILABLE, where it used to wait for as
 *   long as the database was gone;
 * and the server works normally once the database does. Migrations are
 * exempt from the statement timeout. A connection lost inside a
 * transaction fails that transaction, not the process.
 */
import pg from 'pg';
import { openDatabase, type SqlRunner } from '../src/db/database';
import { migrate } from '../src/db/migrate';
import { startClusterServer, type ClusterResponse, type ClusterServer } from './support/cluster-server';
import { findPostgresBin, startPrivatePostgres, type PrivatePostgres } from './support/private-postgres';

const found = findPostgresBin();
if ('missing' in found) console.log(`db-timeouts.test.ts skipped: ${found.missing}`);
const describeWithPostgres = 'bin' in found ? describe : describe.skip;

const CREATE = `mutation($e: String!) { createCustomer(input: { email: $e }) { customer { id } errors { code } } }`;
const LIST = `{ customers(limit: 5) { items { id email } } }`;

describeWithPostgres('a database that is slow or stops answering', () => {
  let cluster: PrivatePostgres;
  let server: ClusterServer;

  beforeAll(async () => {
    cluster = await startPrivatePostgres((found as { bin: string }).bin);
    server = await startClusterServer(cluster, { DB_STATEMENT_TIMEOUT_MS: '1000', DB_CONNECT_TIMEOUT_MS: '1000' });
  });
  afterAll(async () => {
    await server?.stop();
    await cluster?.destroy();
  });

  /** A request and its answer, which never shows driver or SQL text. */
  async function post(query: string, variables: Record<string, unknown> = {}): Promise<ClusterResponse> {
    const response = await server.post(query, variables);
    expect(response.text).not.toMatch(/prisma|ECONN|canceling statement|timeout exceeded|read timeout|SELECT|INSERT|stack/i);
    return response;
  }

  async function customerExists(email: string): Promise<boolean> {
    const check = new pg.Client({ connectionString: cluster.url });
    await check.connect();
    try {
      return (await check.query(`SELECT 1 FROM "Customer" WHERE "email" = $1`, [email])).rows.length > 0;
    } finally {
      await check.end();
    }
  }

  test('a statement held up behind a lock is STATEMENT_TIMEOUT, writes nothing, and the next request works', async () => {
    expect((await post(CREATE, { e: 'before-lock@example.com' })).body.data.createCustomer.errors).toEqual([]);
    const locker = new pg.Client({ connectionString: cluster.url });
    await locker.connect();
    let read: ClusterResponse;
    let write: ClusterResponse;
    try {
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE "Customer" IN ACCESS EXCLUSIVE MODE');
      [read, write] = await Promise.all([post(LIST), post(CREATE, { e: 'while-locked@example.com' })]);
    } finally {
      await locker.query('ROLLBACK');
      await locker.end();
    }
    for (const response of [read, write]) {
      expect(response.status).toBe(200);
      expect(response.body.errors).toEqual([
        expect.objectContaining({
          message: expect.stringMatching(/did not finish this request in time/),
          extensions: expect.objectContaining({ code: 'STATEMENT_TIMEOUT', retryable: true, requestId: expect.any(String) }),
        }),
      ]);
    }
    expect(await customerExists('while-locked@example.com')).toBe(false);
    const after = await post(LIST);
    expect(after.body.errors).toBeUndefined();
    expect(after.body.data.customers.items.map((c: { email: string }) => c.email)).toContain('before-lock@example.com');
  });

  test('a read sent to a database that stopped answering is 503 DATABASE_UNAVAILABLE, and the server recovers', async () => {
    expect((await post(LIST)).body.errors).toBeUndefined(); // the token is verified and cached
    cluster.freeze();
    let frozen: ClusterResponse;
    try {
      frozen = await post(LIST);
    } finally {
      cluster.thaw();
    }
    expect(frozen).toMatchObject({
      status: 503,
      retryAfter: '1',
      body: { errors: [{ extensions: { code: 'DATABASE_UNAVAILABLE', retryable: true } }] },
    });
    let back = await post(LIST);
    while (back.status !== 200) back = await post(LIST);
    expect(back.body.errors).toBeUndefined();
  });

  test('a migration may run longer than the statement timeout; other statements may not', async () => {
    const db = await openDatabase({ databaseUrl: cluster.url, pgliteDataDir: '', timeouts: { connectMs: 1000, statementMs: 50 } });
    try {
      await expect(db.sql.query('SELECT pg_sleep(0.2)')).rejects.toMatchObject({ code: '57014' });
      const slow = { name: '29990101000000_slow', sql: 'SELECT pg_sleep(0.2);', checksum: 'slow' };
      expect(await migrate(db.sql, [slow])).toEqual([slow.name]);
      await db.sql.query(`DELETE FROM "_prisma_migrations" WHERE migration_name = $1`, [slow.name]);
    } finally {
      await db.close();
    }
  });

  test('a connection lost inside a transaction (mid-COPY, mid-statement) fails that transaction only; the process and the pool carry on', async () => {
    const db = await openDatabase({ databaseUrl: cluster.url, pgliteDataDir: '', poolSize: 2 });
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    try {
      const rows = Array.from({ length: 300_000 }, (_, i) => `lost${i}@example.com\t1\n`).join('');
      const work = {
        copy: (tx: TransactionRunner) => tx.copyFrom('Customer', ['email', 'websiteId'], rows),
        statement: (tx: TransactionRunner) => tx.query('SELECT pg_sleep(5)'),
      };
      for (const run of Object.values(work)) {
        const lost = db.sql.transaction(async (tx) => {
          const [{ pid }] = await tx.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
          // Terminated once the work is running (no clock): the server sends 57P01, then closes the socket.
          const terminate = (async () => {
            const running = `SELECT 1 FROM pg_stat_activity WHERE pid = $1 AND state = 'active'`;
            while ((await admin.query(running, [pid])).rows.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
            await admin.query('SELECT pg_terminate_backend($1)', [pid]);
          })();
          await Promise.all([run(tx), terminate]);
        });
        await expect(lost).rejects.toMatchObject({ code: '57P01' });
      }
      expect(await db.sql.query(`SELECT count(*)::int AS n FROM "Customer" WHERE "email" LIKE 'lost%'`)).toEqual([{ n: 0 }]);
      expect(await db.sql.transaction((tx) => tx.query('SELECT 1 AS ok'))).toEqual([{ ok: 1 }]);
    } finally {
      await admin.end();
      await db.close();
    }
  });
});

type TransactionRunner = Parameters<Parameters<SqlRunner['transaction']>[0]>[0];
