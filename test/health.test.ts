import { loadConfig } from '../src/config';
import { openDatabase } from '../src/db/database';
import { PGLITE_TEMPLATE } from '../src/db/pglite-template';
import { silentLogger } from '../src/logger';
import { startServer } from '../src/server';
import { startTestServer, type TestServer } from './support';

let t: TestServer;
let base: string;
beforeAll(async () => {
  t = await startTestServer();
  base = t.url.replace(/\/graphql$/, '');
});
afterAll(() => t.stop());

test('/healthz answers 200 without a token', async () => {
  const response = await fetch(`${base}/healthz`);
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ status: 'ok' });
});

test('idle connections are kept longer than a load balancer keeps them (HTTP_KEEP_ALIVE_SECONDS, 65)', async () => {
  const response = await fetch(`${base}/healthz`);
  expect(response.headers.get('keep-alive')).toBe('timeout=65');
});

test('/readyz is 200 when the database answers and every migration is applied', async () => {
  const response = await fetch(`${base}/readyz`);
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ status: 'ready' });
});

test('/readyz is 503 naming the migrations the database has not applied', async () => {
  const [row] = await t.db.sql.query<{ id: string; migration_name: string }>(
    'SELECT id, migration_name FROM "_prisma_migrations" ORDER BY migration_name DESC LIMIT 1',
  );
  await t.db.sql.query('UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE id = $1', [row.id]);
  try {
    const response = await fetch(`${base}/readyz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'unavailable', reason: 'migrations pending', pending: [row.migration_name] });
  } finally {
    await t.db.sql.query('UPDATE "_prisma_migrations" SET rolled_back_at = NULL WHERE id = $1', [row.id]);
  }
  expect((await fetch(`${base}/readyz`)).status).toBe(200);
});

test('/readyz is 503 without the driver text when the database is gone', async () => {
  const db = await openDatabase({ pgliteDataDir: 'memory://', pgliteTemplate: PGLITE_TEMPLATE });
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    BCRYPT_COST: '4',
    ADMIN_EMAIL: 'a@example.com',
    ADMIN_PASSWORD: 'a-long-password',
  });
  const server = await startServer(config, { db, logger: silentLogger, print: () => undefined });
  try {
    const url = server.url.replace(/\/graphql$/, '');
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    await db.close();
    const response = await fetch(`${url}/readyz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'unavailable', reason: 'database unreachable' });
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  } finally {
    await server.stop();
  }
});

describe('request ids', () => {
  test('every response carries a fresh x-request-id', async () => {
    const a = (await fetch(`${base}/healthz`)).headers.get('x-request-id');
    const b = (await fetch(`${base}/healthz`)).headers.get('x-request-id');
    expect(a).toMatch(/^[0-9a-f-]{36}$/);
    expect(b).not.toBe(a);
  });

  test("a caller's own id is kept when it looks safe, replaced otherwise", async () => {
    const kept = await fetch(`${base}/healthz`, { headers: { 'x-request-id': 'edge-7f3a_01' } });
    expect(kept.headers.get('x-request-id')).toBe('edge-7f3a_01');
    for (const unsafe of ['has space', 'x'.repeat(65), 'semi;colon', '']) {
      const replaced = await fetch(`${base}/healthz`, { headers: { 'x-request-id': unsafe } });
      expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
});
