import { execFile, spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';

const ROOT = path.resolve(__dirname, '..');
const ADMIN = { email: 'admin@shutdown.test', password: 'shutdown-admin-pass' };

let child: ChildProcess;
const logs: Record<string, any>[] = [];
let stderr = '';
const exited = () =>
  new Promise<number | null>((resolve) =>
    child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code)),
  );

beforeAll(async () => {
  // The server as `npm start` runs it: compiled and bundled (scripts/build.js), in its own process.
  await promisify(execFile)(process.execPath, ['scripts/build.js', '--always'], { cwd: ROOT });
  child = spawn(process.execPath, ['scripts/start.js'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: '',
      PGLITE_DATA_DIR: 'memory://',
      // Slow hashing: a createCustomer with a password is in flight for about a second.
      BCRYPT_COST: '13',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      LOG_LEVEL: 'info',
      // Not jest's 'test': libraries (Apollo's own signal handlers) act on it.
      NODE_ENV: 'development',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  // stdout is JSON lines only: a line that does not parse fails the test.
  createInterface({ input: child.stdout! }).on('line', (line) => logs.push(JSON.parse(line)));
  // Wait here, under this hook's timeout, for the server to listen: on a busy machine the first start
  // (PGlite, migrations, the admin's cost-13 hash) can take longer than a test's own timeout allows.
  await until(() => logs.find((entry) => typeof entry.port === 'number'), 200_000);
}, 240_000);
afterAll(() => {
  if (child.exitCode === null) child.kill('SIGKILL');
});

async function until<T>(find: () => T | undefined, ms = 180_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${stderr}`);
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function gql(url: string, query: string, variables: Record<string, unknown>, token?: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as any };
}

test('SIGTERM lets an in-flight request finish, refuses new ones, and exits 0', async () => {
  const ready = await until(() => logs.find((entry) => typeof entry.port === 'number'));
  const url = `http://127.0.0.1:${ready.port}/graphql`;
  const login = await gql(url, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', {
    e: ADMIN.email,
    p: ADMIN.password,
  });
  const token = login.body.data.login.token as string;

  const started = Date.now();
  const inFlight = gql(
    url,
    'mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { customer { id hasAccount } errors { code } } }',
    { i: { email: 'in-flight@example.com', password: 'a-password-to-hash' } },
    token,
  );
  await new Promise((resolve) => setTimeout(resolve, 300)); // the request has reached the server and is hashing
  child.kill('SIGTERM');
  await until(() => logs.find((entry) => entry.signal === 'SIGTERM'));
  await expect(fetch(`http://127.0.0.1:${ready.port}/healthz`)).rejects.toThrow(); // no new connections

  const response = await inFlight;
  expect(response.status).toBe(200);
  expect(response.body.data.createCustomer).toMatchObject({ customer: { hasAccount: true }, errors: [] });
  expect(Date.now() - started).toBeGreaterThan(300);
  expect(await exited()).toBe(0);
  expect(logs.map((entry) => entry.msg)).toEqual(expect.arrayContaining(['finishing in-flight requests, then stopping', 'stopped']));
  // The in-flight request was logged before the process stopped.
  expect(
    logs.find((entry) => entry.msg === 'request' && entry.status === 200 && entry.path === '/graphql' && entry.durationMs > 300),
  ).toBeDefined();
});
