/**
 * `npm run bench`: the performance contract of DESIGN.md, measured.
 *
 * 1. Creates (once) and seeds (once per N) the database cg_bench on the
 *    Postgres server of BENCH_DATABASE_URL.
 * 2. Starts the gateway (compiled dist/main.js) and the floor server
 *    (bench/floor-server.ts) as child processes, checks they answer the
 *    reference page with the same JSON.
 * 3. Counts SQL statements per request (limit 5/50/500, with and without
 *    `count`) on an in-process gateway, and on the floor.
 * 4. Loads each with 10 keep-alive clients; prints rps, latencies, the
 *    gateway/floor ratio, RSS.
 * 5. Compares a deep keyset page (customersConnection after a cursor near
 *    the end) with the first page.
 *
 * Settings (env): BENCH_DATABASE_URL, BENCH_CUSTOMERS (100000),
 * BENCH_SECONDS (10, at most 20), BENCH_WARMUP (2), BENCH_CONNECTIONS (10),
 * BENCH_ROUNDS (1; floor then gateway, per round), BENCH_PROFILE=1 (writes a
 * .cpuprofile of the gateway to bench/profiles/ and summarises it),
 * BENCH_SKIP=deep,statements (parts to skip), BENCH_NODE_FLAGS (extra node
 * flags for both servers, e.g. "--max-semi-space-size=64").
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, readdirSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { runLoad, sequentialLatency, type LoadResult } from './load';
import { connectionQuery, referenceBody } from './reference';
import { seedBench } from './seed-bench';
import { summariseProfile } from './profile-summary';

const ROOT = path.resolve(__dirname, '..');
const env = process.env;
const ADMIN_URL = env.BENCH_DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/postgres';
const DB_NAME = 'cg_bench';
const CUSTOMERS = Number(env.BENCH_CUSTOMERS || 100_000);
const SECONDS = Math.min(Number(env.BENCH_SECONDS || 10), 20);
const WARMUP = Number(env.BENCH_WARMUP || 2);
const CONNECTIONS = Number(env.BENCH_CONNECTIONS || 10);
const ROUNDS = Number(env.BENCH_ROUNDS || 1);
const PROFILE = env.BENCH_PROFILE === '1';
/** Extra node flags for both servers, e.g. "--max-semi-space-size=64". */
const NODE_FLAGS = (env.BENCH_NODE_FLAGS || '').split(' ').filter(Boolean);
const SKIP = new Set((env.BENCH_SKIP || '').split(',').filter(Boolean));
const ADMIN = { email: 'bench-admin@example.com', password: 'bench-admin-password' };
const PROFILE_DIR = path.join(ROOT, 'bench/profiles');

const benchUrl = () => {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${DB_NAME}`;
  return url.toString();
};

async function ensureDatabase(): Promise<void> {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DB_NAME]);
  if (!rowCount) await admin.query(`CREATE DATABASE ${DB_NAME}`);
  await admin.end();
}

/** Starts a child and resolves with the first match of `ready` on its stdout. */
function startChild(name: string, args: string[], extraEnv: Record<string, string>, ready: RegExp): Promise<{ child: ChildProcess; match: RegExpMatchArray }> {
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`${name} did not start:\n${out}`)), 60_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const match = out.match(ready);
      if (match) {
        clearTimeout(timer);
        child.stdout!.off('data', onData);
        child.stdout!.resume();
        resolve({ child, match });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.once('exit', (code) => reject(new Error(`${name} exited (${code}):\n${out}`)));
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** Resident memory of a process, MB (now, and its peak). */
function rss(pid: number): { now: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
  return { now: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

/** CPU time (user + system) a process has used, ms. */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  // utime and stime are fields 14 and 15 of stat, in clock ticks (100 per second on Linux).
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function postJson(url: string, body: unknown, token?: string): Promise<any> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return res.json();
}

/** JSON with object keys sorted, so two answers compare by content. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

/** SQL statements the gateway sends per request, counted on an in-process copy of it. */
async function gatewayStatements(databaseUrl: string): Promise<Record<string, number>> {
  // The compiled server (the same code the child runs).
  const { startServer } = require(path.join(ROOT, 'dist/server')) as typeof import('../src/server');
  const { loadConfig } = require(path.join(ROOT, 'dist/config')) as typeof import('../src/config');
  const server = await startServer(
    loadConfig({ DATABASE_URL: databaseUrl, PORT: '0', HOST: '127.0.0.1', BCRYPT_COST: '4', HASH_WORKERS: '1', ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password }),
    { log: () => undefined, print: () => undefined },
  );
  try {
    const token = (await postJson(server.url, { query: `mutation { login(email: "${ADMIN.email}", password: "${ADMIN.password}") { token } }` })).data.login.token;
    const counts: Record<string, number> = {};
    const measure = async (name: string, body: string) => {
      const before = server.db.statementCount();
      const answer = await postJson(server.url, body, token);
      if (answer.errors) throw new Error(`${name}: ${JSON.stringify(answer.errors)}`);
      counts[name] = server.db.statementCount() - before;
    };
    for (const limit of [5, 50, 500]) {
      await measure(`customers(limit: ${limit})`, referenceBody(limit));
      await measure(`customers(limit: ${limit}) + count`, referenceBody(limit, { count: true }));
    }
    const first = await postJson(server.url, { query: connectionQuery(), variables: { first: 50 } }, token);
    await measure('customersConnection(first: 50, after: page 1)', JSON.stringify({ query: connectionQuery(), variables: { first: 50, after: first.data.customersConnection.pageInfo.endCursor } }));
    return counts;
  } finally {
    await server.stop();
  }
}

async function floorStatements(floorUrl: string, token: string): Promise<Record<string, number>> {
  const stats = async () => ((await (await fetch(floorUrl.replace(/\/graphql$/, '/stats'))).json()) as { statements: number }).statements;
  const counts: Record<string, number> = {};
  for (const limit of [5, 50, 500]) {
    const before = await stats();
    await postJson(floorUrl, referenceBody(limit), token);
    counts[`customers(limit: ${limit})`] = (await stats()) - before;
  }
  return counts;
}

/** A cursor of the customersConnection default sort (createdAt DESC, id DESC) at row `offset`. */
async function cursorAt(databaseUrl: string, offset: number): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query(
    `SELECT to_char("createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at, "id" FROM "Customer" WHERE "deletedAt" IS NULL
     ORDER BY "createdAt" DESC, "id" DESC OFFSET $1 LIMIT 1`,
    [offset],
  );
  await client.end();
  return Buffer.from(JSON.stringify(['CREATED_AT:DESC', rows[0].at, rows[0].id])).toString('base64url');
}

const ms = (n: number) => n.toFixed(1).padStart(7);
const HEADER = ['rps', 'p50 ms', 'p90 ms', 'p99 ms', 'max ms', 'errors', 'CPU ms/req', 'RSS MB', 'peak'];
const line = (name: string, r: LoadResult & { cpuPerRequest: number }, mem: { now: number; peak: number }) =>
  `${name.padEnd(20)} ${r.rps.toFixed(0).padStart(6)} ${ms(r.p50)} ${ms(r.p90)} ${ms(r.p99)} ${ms(r.max)} ${String(r.errors).padStart(6)} ${r.cpuPerRequest.toFixed(2).padStart(10)} ${mem.now.toFixed(0).padStart(6)} ${mem.peak.toFixed(0).padStart(6)}`;

async function main() {
  const started = Date.now();
  console.log(`bench: ${CUSTOMERS} customers, ${CONNECTIONS} clients, ${WARMUP} s warm-up + ${SECONDS} s per target, ${ROUNDS} round(s)`);
  await ensureDatabase();
  const databaseUrl = benchUrl();
  const seeded = await seedBench(databaseUrl, CUSTOMERS, (l) => console.log(l));
  console.log(`${seeded.reused ? 'reused' : 'seeded'} database ${DB_NAME} (${seeded.customers} customers) in ${seeded.seconds.toFixed(1)} s`);

  if (!SKIP.has('statements')) {
    console.log('\nSQL statements per request (gateway, counted by Prisma query events; includes the token check):');
    const counts = await gatewayStatements(databaseUrl);
    for (const [name, n] of Object.entries(counts)) console.log(`  ${name.padEnd(48)} ${n}`);
  }

  if (PROFILE) mkdirSync(PROFILE_DIR, { recursive: true });
  const gatewayArgs = [...NODE_FLAGS, ...(PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : []), 'dist/main.js'];
  const gateway = await startChild(
    'gateway',
    gatewayArgs,
    { DATABASE_URL: databaseUrl, PORT: '0', HOST: '127.0.0.1', BCRYPT_COST: '4', HASH_WORKERS: '1', ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, NODE_ENV: 'production' },
    /ready at http:\/\/localhost:(\d+)\//,
  );
  const floor = await startChild(
    'floor',
    [...NODE_FLAGS, '-r', 'ts-node/register/transpile-only', 'bench/floor-server.ts'],
    { DATABASE_URL: databaseUrl, PORT: '0', TS_NODE_PROJECT: path.join(ROOT, 'tsconfig.test.json') },
    /floor listening on (\d+)/,
  );
  const gatewayUrl = `http://127.0.0.1:${gateway.match[1]}/graphql`;
  const floorUrl = `http://127.0.0.1:${floor.match[1]}/graphql`;
  try {
    const login = await postJson(gatewayUrl, { query: `mutation { login(email: "${ADMIN.email}", password: "${ADMIN.password}") { token } }` });
    const token: string = login.data.login.token;
    const headers = { authorization: `Bearer ${token}` };

    const [fromGateway, fromFloor] = await Promise.all([postJson(gatewayUrl, referenceBody(50), token), postJson(floorUrl, referenceBody(50), token)]);
    const same = canonical(fromGateway) === canonical(fromFloor);
    console.log(`\nreference page (limit 50): gateway and floor answer the same JSON: ${same ? 'yes' : 'NO'}`);
    if (!same) console.log(`  gateway: ${canonical(fromGateway).slice(0, 600)}\n  floor:   ${canonical(fromFloor).slice(0, 600)}`);
    if (!SKIP.has('statements')) {
      const counts = await floorStatements(floorUrl, token);
      console.log(`floor SQL statements per request: ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    }

    console.log(`\n${'target'.padEnd(20)} ${HEADER.map((h) => h.padStart(h === 'CPU ms/req' ? 10 : h.includes('ms') ? 7 : 6)).join(' ')}`);
    // CPU ms/req: the server process's own CPU time over the window, per
    // answered request; steadier than rps when other work shares the cores.
    const load = async (url: string, pid: number) => {
      const cpu: number[] = [];
      const result = await runLoad({
        url, body: referenceBody(50), headers, connections: CONNECTIONS, warmupSeconds: WARMUP, durationSeconds: SECONDS,
        onWindow: () => cpu.push(cpuMs(pid)),
      });
      return { ...result, cpuPerRequest: (cpu[1] - cpu[0]) / result.requests };
    };
    for (let round = 1; round <= ROUNDS; round++) {
      const f = await load(floorUrl, floor.child.pid!);
      console.log(line(`floor (round ${round})`, f, rss(floor.child.pid!)));
      const g = await load(gatewayUrl, gateway.child.pid!);
      console.log(line(`gateway (round ${round})`, g, rss(gateway.child.pid!)));
      console.log(`  ratio gateway/floor rps: ${(g.rps / f.rps).toFixed(2)}   gateway p99 ${g.p99.toFixed(1)} ms (contract: ratio well over 0.5, p99 < 25 ms); response ${(g.bytes / 1024).toFixed(0)} KiB`);
    }

    if (!SKIP.has('deep')) {
      const n = 100;
      const first = await sequentialLatency({ url: gatewayUrl, headers, body: JSON.stringify({ query: connectionQuery(), variables: { first: 50 } }) }, n);
      const cursor = await cursorAt(databaseUrl, CUSTOMERS - 100);
      const deep = await sequentialLatency({ url: gatewayUrl, headers, body: JSON.stringify({ query: connectionQuery(), variables: { first: 50, after: cursor } }) }, n);
      const offset = await sequentialLatency(
        { url: gatewayUrl, headers, body: JSON.stringify({ query: `query($o: Int!) { customers(limit: 50, offset: $o) { items { id } } }`, variables: { o: CUSTOMERS - 100 } }) },
        20,
      );
      const offset0 = await sequentialLatency({ url: gatewayUrl, headers, body: JSON.stringify({ query: `{ customers(limit: 50) { items { id } } }` }) }, 20);
      console.log(`\nsequential latency, one client (p50 / p90 ms):`);
      console.log(`  customersConnection(first: 50)                       ${first.p50.toFixed(1)} / ${first.p90.toFixed(1)}  (${n} requests)`);
      console.log(`  customersConnection(first: 50, after: row ${CUSTOMERS - 100})   ${deep.p50.toFixed(1)} / ${deep.p90.toFixed(1)}  (${n} requests)`);
      console.log(`  for contrast, ids only: customers(offset: 0)          ${offset0.p50.toFixed(1)} / ${offset0.p90.toFixed(1)};  customers(offset: ${CUSTOMERS - 100}) ${offset.p50.toFixed(1)} / ${offset.p90.toFixed(1)}`);
    }
  } finally {
    await stopChild(floor.child);
    await stopChild(gateway.child);
  }
  if (PROFILE) {
    const newest = readdirSync(PROFILE_DIR).filter((f) => f.endsWith('.cpuprofile')).sort().pop();
    if (newest) {
      console.log(`\ngateway CPU profile: bench/profiles/${newest} (whole run, including start-up and the deep-page part)`);
      console.log(summariseProfile(path.join(PROFILE_DIR, newest), 25));
    }
  }
  console.log(`\ndone in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
