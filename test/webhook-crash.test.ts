import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { loadConfig } from '../src/config';
import { openDatabase, type Database } from '../src/db/database';
import { silentLogger } from '../src/logger';
import { startServer, type RunningServer } from '../src/server';
import { openTestDatabase } from './support/test-server';
import { WebhookReceiver } from './support/webhook-receiver';

/**
 * A gateway process killed (SIGKILL) while a receiver is still answering a
 * delivery: nothing was recorded, the delivery stays leased in the database.
 * A gateway started afterwards on the same database sends it again, with the
 * same webhook-id, once the lease has passed (on PGlite at once: one process).
 */
const ROOT = path.resolve(__dirname, '..');
// The gateway as `npm start` runs it, compiled; into a folder of its own (the shutdown test builds dist/ meanwhile).
// One level under ROOT, as dist/ is, so that the migrations are found at the same relative path.
const BUILD = path.join(ROOT, `.test-build-crash-${process.pid}`);
const ADMIN = { email: 'admin@crash.test', password: 'crash-admin-password' };
const ENV = {
  WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
  WEBHOOK_POLL_MS: '20',
  WEBHOOK_TIMEOUT_SECONDS: '30',
  WEBHOOK_LEASE_SECONDS: '31',
};

let child: ChildProcess;
let receiver: WebhookReceiver;
let restarted: RunningServer | undefined;
let db: Database | undefined;
let cleanup: () => Promise<void> = async () => undefined;
const logs: Record<string, any>[] = [];
let stderr = '';

afterAll(async () => {
  if (child?.exitCode === null) child.kill('SIGKILL');
  await restarted?.stop();
  await cleanup();
  await receiver?.stop();
  rmSync(BUILD, { recursive: true, force: true });
});

async function until<T>(find: () => T | undefined, what: string, ms = 120_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (child.exitCode !== null && child.signalCode !== 'SIGKILL') throw new Error(`gateway exited with ${child.exitCode}:\n${stderr}`);
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function gql(url: string, query: string, variables: Record<string, unknown>, token?: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as any;
}

test('a gateway killed mid-delivery: the delivery is sent again after restart, same webhook-id', async () => {
  receiver = await new WebhookReceiver().start();
  // The first attempt never gets an answer; any later one is acknowledged.
  receiver.respond = (_request, index) => (index === 0 ? 'hang' : 204);

  const test = await openTestDatabase();
  let dataDir: string | undefined;
  const databaseUrl = test.url;
  if (!databaseUrl) {
    await test.drop(); // PGlite: the child owns an on-disk database instead
    dataDir = mkdtempSync(path.join(tmpdir(), 'cg-crash-'));
    cleanup = async () => {
      await db?.close();
      rmSync(dataDir!, { recursive: true, force: true });
    };
  } else {
    cleanup = async () => {
      await db?.close();
      await test.drop();
    };
  }

  await promisify(execFile)(
    process.execPath,
    [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json', '--outDir', BUILD],
    {
      cwd: ROOT,
    },
  );
  child = spawn(process.execPath, [path.join(BUILD, 'main.js')], {
    cwd: ROOT,
    env: {
      ...process.env,
      ...ENV,
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl ?? '',
      PGLITE_DATA_DIR: dataDir ?? '',
      BCRYPT_COST: '4',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      LOG_LEVEL: 'info',
      NODE_ENV: 'development',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  createInterface({ input: child.stdout! }).on('line', (line) => {
    try {
      logs.push(JSON.parse(line));
    } catch {
      // not a log line
    }
  });
  const ready = await until(() => logs.find((entry) => typeof entry.port === 'number'), 'the gateway to start', 240_000);
  const url = `http://127.0.0.1:${ready.port}/graphql`;
  const login = await gql(url, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', {
    e: ADMIN.email,
    p: ADMIN.password,
  });
  const token = login.data.login.token as string;
  const hook = await gql(
    url,
    'mutation($i: CreateWebhookInput!) { createWebhook(input: $i) { secret errors { code } } }',
    { i: { url: receiver.url, events: ['CUSTOMER_CREATED'] } },
    token,
  );
  const { secret } = hook.data.createWebhook;
  const created = await gql(
    url,
    'mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { customer { id } errors { code } } }',
    { i: { email: 'crash@example.com' } },
    token,
  );
  expect(created.data.createCustomer.errors).toEqual([]);

  await receiver.until(() => receiver.received.length === 1, 'the first attempt', 120_000);
  child.kill('SIGKILL');
  await new Promise((resolve) => (child.exitCode !== null || child.signalCode ? resolve(null) : child.once('exit', resolve)));

  db = await openDatabase(databaseUrl ? { databaseUrl, pgliteDataDir: '' } : { pgliteDataDir: dataDir! });
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', BCRYPT_COST: '4', ...ENV });
  restarted = await startServer(config, { db, logger: silentLogger, print: () => undefined });
  await receiver.until(() => receiver.received.length === 2, 'the redelivery after restart', 120_000);
  const [first, second] = receiver.received;
  expect(second.id).toBe(first.id);
  expect(second.body).toBe(first.body);
  WebhookReceiver.verify(secret, second);
  expect(second.event).toMatchObject({ type: 'customer.created', data: { customer: { id: created.data.createCustomer.customer.id } } });
}, 600_000);
