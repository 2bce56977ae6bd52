/**
 * A database restart under load (issue 9, case 7), on a PostgreSQL cluster of
 * this test's own: while the database is down every request, the token
 * check included, answers HTTP 503 DATABASE_UNAVAILABLE with `retryable`
 * and Retry-After (never an internal error); once it is back everything
 * works again, and every write that was acknowledged is there.
 */
import pg from 'pg';
import { startClusterServer, type ClusterResponse, type ClusterServer } from './support/cluster-server';
import { findPostgresBin, startPrivatePostgres, type PrivatePostgres } from './support/private-postgres';

const found = findPostgresBin();
if ('missing' in found) console.log(`db-restart.test.ts skipped: ${found.missing}`);
const describeWithPostgres = 'bin' in found ? describe : describe.skip;

const CREATE = `mutation($e: String!) { createCustomer(input: { email: $e }) { customer { id email } errors { code } } }`;

describeWithPostgres('a PostgreSQL restart under load', () => {
  let cluster: PrivatePostgres;
  let server: ClusterServer;

  beforeAll(async () => {
    cluster = await startPrivatePostgres((found as { bin: string }).bin);
    server = await startClusterServer(cluster);
  });
  afterAll(async () => {
    await server?.stop();
    await cluster?.destroy();
  });
  const post: ClusterServer['post'] = (...args) => server.post(...args);

  /** What a client may see: success, or 503 DATABASE_UNAVAILABLE retryable with Retry-After. Anything else fails the test. */
  function classify(response: ClusterResponse): 'ok' | 'unavailable' {
    if (response.status === 200 && !response.body.errors) return 'ok';
    expect(response).toMatchObject({
      status: 503,
      retryAfter: '1',
      body: { errors: [{ extensions: { code: 'DATABASE_UNAVAILABLE', retryable: true } }] },
    });
    expect(JSON.stringify(response.body)).not.toMatch(/prisma|ECONN|terminat|SELECT|INSERT|stack/i);
    return 'unavailable';
  }

  test('503 + retryable during the outage, full recovery after, no acknowledged write lost', async () => {
    const acknowledged: string[] = [];
    const seen = { ok: 0, unavailable: 0 };
    let running = true;
    let n = 0;
    const client = async () => {
      while (running) {
        const email = `restart-${(n += 1)}@example.com`;
        const response = await post(CREATE, { e: email });
        const kind = classify(response);
        seen[kind] += 1;
        if (kind === 'unavailable') await new Promise((resolve) => setTimeout(resolve, 20));
        if (kind === 'ok') {
          expect(response.body.data.createCustomer.errors).toEqual([]);
          acknowledged.push(email);
        }
      }
    };
    const clients = Array.from({ length: 4 }, client);
    const waitForWrites = async (count: number) => {
      const target = acknowledged.length + count;
      while (acknowledged.length < target) await new Promise((resolve) => setTimeout(resolve, 10));
    };

    await waitForWrites(20);
    await cluster.stop();
    // Down: a write, a read, and a token the server has not verified yet (the token check itself needs the database).
    for (const response of [
      await post(CREATE, { e: 'while-down@example.com' }),
      await post(`{ customers { count } }`, {}),
      await post(`{ me { kind } }`, {}, `cgw_${'x'.repeat(43)}`),
    ]) {
      expect(classify(response)).toBe('unavailable');
    }
    server.services.tokens.evictAll();
    expect(classify(await post(`{ me { kind } }`, {}))).toBe('unavailable');
    const ready = await fetch(server.url.replace(/\/graphql$/, '/readyz'));
    expect(ready.status).toBe(503);

    await cluster.start();
    // Back: the pool reconnects; wait until the clients' writes succeed again, then stop them.
    await waitForWrites(20);
    running = false;
    await Promise.all(clients);
    expect(seen.unavailable).toBeGreaterThan(0);
    expect((await fetch(server.url.replace(/\/graphql$/, '/readyz'))).status).toBe(200);
    expect(classify(await post(`{ me { kind } }`, {}))).toBe('ok');

    const check = new pg.Client({ connectionString: cluster.url });
    await check.connect();
    try {
      const { rows } = await check.query(`SELECT "email" FROM "Customer" WHERE "email" = ANY($1)`, [acknowledged]);
      expect(rows.map((row) => row.email).sort()).toEqual([...acknowledged].sort());
      const down = await check.query(`SELECT 1 FROM "Customer" WHERE "email" = 'while-down@example.com'`);
      expect(down.rows).toEqual([]);
    } finally {
      await check.end();
    }
  });

  test('a database that hangs: a transaction that cannot start is DATABASE_UNAVAILABLE, not TRANSACTION_TIMEOUT', async () => {
    expect(classify(await post(`{ me { kind } }`, {}))).toBe('ok'); // the token is verified and cached
    cluster.freeze();
    let response: ClusterResponse;
    try {
      // Nothing answers: Prisma's transaction gives up waiting (P2028) with no connection error to show for it.
      response = await post(CREATE, { e: 'while-frozen@example.com' });
    } finally {
      cluster.thaw();
    }
    expect(classify(response)).toBe('unavailable');
    // Back: wait until a write succeeds again; the refused one wrote nothing.
    let back = await post(CREATE, { e: 'after-thaw@example.com' });
    while (classify(back) !== 'ok') back = await post(CREATE, { e: 'after-thaw@example.com' });
    const check = new pg.Client({ connectionString: cluster.url });
    await check.connect();
    try {
      const { rows } = await check.query(`SELECT 1 FROM "Customer" WHERE "email" = 'while-frozen@example.com'`);
      expect(rows).toEqual([]);
    } finally {
      await check.end();
    }
  });
});
