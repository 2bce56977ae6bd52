/**
 * `npm run bench`: the performance contract of DESIGN.md, measured.
 *
 * 1. Creates (once) and seeds (once per N) the database cg_bench on the
 *    Postgres server of BENCH_DATABASE_URL.
 * 2. Counts SQL statements per request (limit 5/50/500, with and without
 *    `count`) on an in-process gateway, and on the floor.
 * 3. Starts the gateway (compiled dist/main.js), the floor server
 *    (bench/floor-server.ts) and the peer (PostGraphile 5, bench/peer/) as
 *    child processes, checks they answer the same data, prints the count
 *    statement's EXPLAIN (ANALYZE, BUFFERS), then loads each page (small,
 *    small + count, full, full + count) on the floor, the peer (small pages)
 *    and the gateway in turn with 10 keep-alive clients: rps, ratio to the
 *    floor, p50/p99, CPU per request, RSS, and the contract's checks.
 * 4. Deep keyset pages and `q` search at 1M customers (cg_bench_1000000,
 *    seeded once).
 * 5. The count after a write history (bench/count-history.ts).
 * 6. Breaks a page's CPU down by part (bench/breakdown.ts).
 * 7. With BENCH_PGLITE=1, loads the gateway on embedded PGlite too.
 *
 * Settings (env): BENCH_DATABASE_URL, BENCH_CUSTOMERS (100000),
 * BENCH_SECONDS (10, at most 20), BENCH_WARMUP (2), BENCH_CONNECTIONS (10),
 * BENCH_ROUNDS (1), BENCH_PAGES (small,small+count,full,full+count),
 * BENCH_DEEP_CUSTOMERS (1000000), BENCH_HISTORY_ROWS (1000000),
 * BENCH_PROFILE=1 (writes a .cpuprofile of the gateway to bench/profiles/
 * and summarises it), BENCH_PGLITE=1,
 * BENCH_SKIP=statements,peer,deep,history,breakdown (parts to skip),
 * BENCH_NODE_FLAGS (node flags for the servers; default those of npm start).
 */
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { breakdown, formatBreakdown } from './breakdown';
import { ADMIN, ROOT, cpuMs, login, postJson, rss, startChild, startGateway, stopChild, type Gateway } from './children';
import { runLoad, sequentialLatency, type LoadResult } from './load';
import { summariseProfile } from './profile-summary';
import { COUNT_SQL, countHistory } from './count-history';
import { installPeer, startPeer } from './peer';
import { connectionQuery, peerAsGateway, peerBody, referenceBody, SMALL_SELECTION, type PageKind } from './reference';
import { seedBench, seedBenchPostgres } from './seed-bench';

const env = process.env;
const ADMIN_URL = env.BENCH_DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/postgres';
const DB_NAME = 'cg_bench';
const CUSTOMERS = Number(env.BENCH_CUSTOMERS || 100_000);
const SECONDS = Math.min(Number(env.BENCH_SECONDS || 10), 20);
const WARMUP = Number(env.BENCH_WARMUP || 2);
const CONNECTIONS = Number(env.BENCH_CONNECTIONS || 10);
const ROUNDS = Number(env.BENCH_ROUNDS || 1);
const PROFILE = env.BENCH_PROFILE === '1';
const PGLITE = env.BENCH_PGLITE === '1';
// The flags `npm start` runs the gateway with (package.json), given to both
// servers so the floor gets the same runtime; BENCH_NODE_FLAGS replaces them.
const START_FLAGS = '--max-semi-space-size=64';
const NODE_FLAGS = (env.BENCH_NODE_FLAGS ?? START_FLAGS).split(' ').filter(Boolean);
const SKIP = new Set((env.BENCH_SKIP || '').split(',').filter(Boolean));
const DEEP_CUSTOMERS = Number(env.BENCH_DEEP_CUSTOMERS || 1_000_000);
const HISTORY_ROWS = Number(env.BENCH_HISTORY_ROWS || 1_000_000);

interface Variant {
  name: string;
  page: PageKind;
  count: boolean;
}
/** The pages loaded, each against the floor (and the small ones against the peer). */
const VARIANTS: Variant[] = [
  { name: 'small', page: 'small', count: false },
  { name: 'small+count', page: 'small', count: true },
  { name: 'full', page: 'full', count: false },
  { name: 'full+count', page: 'full', count: true },
].filter((v) => !env.BENCH_PAGES || env.BENCH_PAGES.split(',').includes(v.name)) as Variant[];
const PROFILE_DIR = path.join(ROOT, 'bench/profiles');

async function ensureDatabase(name = DB_NAME): Promise<string> {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
  if (!rowCount) await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/** SQL statements the gateway sends per request, counted on an in-process copy of it (the compiled code). */
async function gatewayStatements(databaseUrl: string): Promise<Record<string, number>> {
  const { startServer } = require(path.join(ROOT, 'dist/server')) as typeof import('../src/server');
  const { loadConfig } = require(path.join(ROOT, 'dist/config')) as typeof import('../src/config');
  const { silentLogger } = require(path.join(ROOT, 'dist/logger')) as typeof import('../src/logger');
  const config = loadConfig({
    DATABASE_URL: databaseUrl,
    PORT: '0',
    HOST: '127.0.0.1',
    BCRYPT_COST: '4',
    HASH_WORKERS: '1',
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
  });
  const server = await startServer(config, { logger: silentLogger, print: () => undefined });
  try {
    const token = await login(server.url);
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
    const after = first.data.customersConnection.pageInfo.endCursor;
    await measure(
      'customersConnection(first: 50, after: page 1)',
      JSON.stringify({ query: connectionQuery(), variables: { first: 50, after } }),
    );
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

/** JSON with object keys sorted, so two answers compare by content. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
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

type Measured = LoadResult & { cpuPerRequest: number };
const HEADER = ['rps', 'ratio', 'p50 ms', 'p99 ms', 'p99 x', 'errors', 'CPU ms/req', 'RSS MB'];
const ms = (n: number) => n.toFixed(1).padStart(7);
const header = () =>
  `${'page / target'.padEnd(28)} ${HEADER.map((h) => h.padStart(h === 'CPU ms/req' ? 10 : h.includes('ms') ? 7 : 6)).join(' ')}`;
/** One result line; `floor` (same page, same round) gives the ratios. */
const line = (name: string, r: Measured, pid: number, floor?: Measured) => {
  const ratio = floor ? (r.rps / floor.rps).toFixed(2) : '';
  const p99x = floor ? (r.p99 / floor.p99).toFixed(2) : '';
  return `${name.padEnd(28)} ${r.rps.toFixed(0).padStart(6)} ${ratio.padStart(6)} ${ms(r.p50)} ${ms(r.p99)} ${p99x.padStart(6)} ${String(r.errors).padStart(6)} ${r.cpuPerRequest.toFixed(2).padStart(10)} ${rss(pid).now.toFixed(0).padStart(6)}`;
};

/**
 * The reference page under load. CPU ms/req is the server process's own CPU
 * time over the window per answered request: steadier than rps when other
 * work shares the cores.
 */
async function load(url: string, pid: number, token: string, body = referenceBody(50)): Promise<Measured> {
  const cpu: number[] = [];
  const result = await runLoad({
    url,
    body,
    headers: { authorization: `Bearer ${token}` },
    connections: CONNECTIONS,
    warmupSeconds: WARMUP,
    durationSeconds: SECONDS,
    onWindow: () => cpu.push(cpuMs(pid)),
  });
  return { ...result, cpuPerRequest: (cpu[1] - cpu[0]) / result.requests };
}

async function deepPages(gateway: Gateway, databaseUrl: string, customers: number): Promise<void> {
  const target = { url: gateway.url, headers: { authorization: `Bearer ${gateway.token}` } };
  const body = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });
  const deepRow = customers - 100;
  const first = await sequentialLatency({ ...target, body: body(connectionQuery(), { first: 50 }) }, 100);
  const deep = await sequentialLatency(
    { ...target, body: body(connectionQuery(), { first: 50, after: await cursorAt(databaseUrl, deepRow) }) },
    100,
  );
  const idsAt = (offset: number) => body(`query($o: Int!) { customers(limit: 50, offset: $o) { items { id } } }`, { o: offset });
  const offset0 = await sequentialLatency({ ...target, body: idsAt(0) }, 20);
  const offsetDeep = await sequentialLatency({ ...target, body: idsAt(deepRow) }, 20);
  const show = (r: { p50: number; p90: number }) => `${r.p50.toFixed(1)} / ${r.p90.toFixed(1)}`;
  console.log(`\nsequential latency at ${customers} customers, one client, p50 / p90 ms:`);
  console.log(`  customersConnection(first: 50), reference fields           ${show(first)}  (100 requests)`);
  console.log(`  customersConnection(first: 50, after: row ${deepRow})       ${show(deep)}  (100 requests)`);
  console.log(
    `  for contrast, ids only: customers(offset: 0) ${show(offset0)}; customers(offset: ${deepRow}) ${show(offsetDeep)}  (20 each)`,
  );
}

/** The gateway's TOKEN_CACHE_SECONDS default (0 where it has no token cache), so the floor checks tokens as often. */
function gatewayTokenCacheSeconds(): number {
  const { loadConfig } = require(path.join(ROOT, 'dist/config')) as typeof import('../src/config');
  return Number((loadConfig({}) as { tokenCacheSeconds?: number }).tokenCacheSeconds ?? 0);
}

/** Sorted arrays, so answers that list the same relations in another order compare equal. */
function sortedLists(value: unknown): unknown {
  const walk = (v: any): any =>
    Array.isArray(v)
      ? v.map(walk).sort((a, b) => (a?.id !== undefined && b?.id !== undefined ? String(a.id).localeCompare(String(b.id)) : 0))
      : v && typeof v === 'object'
        ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, k === 'items' ? (x as any[]).map(walk) : walk(x)]))
        : v;
  return walk(value);
}

async function checkAnswers(gatewayUrl: string, floorUrl: string, peerUrl: string | undefined, token: string): Promise<void> {
  for (const v of VARIANTS) {
    const body = referenceBody(50, v);
    const [fromGateway, fromFloor] = await Promise.all([postJson(gatewayUrl, body, token), postJson(floorUrl, body, token)]);
    const same = canonical(fromGateway) === canonical(fromFloor);
    console.log(`${v.name} page (limit 50): gateway and floor answer the same JSON: ${same ? 'yes' : 'NO'}`);
    if (!same) console.log(`  gateway: ${canonical(fromGateway).slice(0, 600)}\n  floor:   ${canonical(fromFloor).slice(0, 600)}`);
    if (peerUrl && v.page === 'small') {
      const fromPeer = peerAsGateway(await postJson(peerUrl, peerBody(50, v)));
      const alike = canonical(sortedLists(fromPeer)) === canonical(sortedLists(fromGateway));
      console.log(`${v.name} page: PostGraphile answers the same data (relations in its own order): ${alike ? 'yes' : 'NO'}`);
      if (!alike) console.log(`  peer: ${canonical(sortedLists(fromPeer)).slice(0, 600)}`);
    }
  }
}

/** The count statement's plan on the bench database (after its seed and whatever ran before). */
async function countPlan(databaseUrl: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(COUNT_SQL);
    return (await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${COUNT_SQL}`)).rows.map((r) => `  ${r['QUERY PLAN']}`).join('\n');
  } finally {
    await client.end();
  }
}

async function postgres(databaseUrl: string): Promise<void> {
  if (PROFILE) mkdirSync(PROFILE_DIR, { recursive: true });
  const gateway = await startGateway({ DATABASE_URL: databaseUrl }, [
    ...NODE_FLAGS,
    ...(PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : []),
  ]);
  const floor = await startChild(
    'floor',
    [...NODE_FLAGS, '-r', 'ts-node/register/transpile-only', 'bench/floor-server.ts'],
    {
      DATABASE_URL: databaseUrl,
      PORT: '0',
      TS_NODE_PROJECT: path.join(ROOT, 'tsconfig.test.json'),
      TOKEN_CACHE_SECONDS: String(gatewayTokenCacheSeconds()),
    },
    /floor listening on (\d+)/,
  );
  const floorUrl = `http://127.0.0.1:${floor.match[1]}/graphql`;
  let peer: Awaited<ReturnType<typeof startPeer>> | undefined;
  if (!SKIP.has('peer') && VARIANTS.some((v) => v.page === 'small')) {
    installPeer((l) => console.log(l));
    peer = await startPeer(databaseUrl, NODE_FLAGS);
  }
  try {
    console.log('');
    await checkAnswers(gateway.url, floorUrl, peer?.url, gateway.token);
    if (!SKIP.has('statements')) {
      const counts = await floorStatements(floorUrl, gateway.token);
      console.log(
        `floor SQL statements per request: ${Object.entries(counts)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')}`,
      );
    }
    console.log(`\nunfiltered count on ${DB_NAME}: EXPLAIN (ANALYZE, BUFFERS) ${COUNT_SQL}\n${await countPlan(databaseUrl)}`);
    console.log(`\n${header()}`);
    const results = new Map<string, Measured>();
    for (let round = 1; round <= ROUNDS; round++) {
      for (const v of VARIANTS) {
        const body = referenceBody(50, v);
        const f = await load(floorUrl, floor.child.pid!, gateway.token, body);
        console.log(line(`${v.name} floor`, f, floor.child.pid!));
        if (peer && v.page === 'small') {
          const p = await load(peer.url, peer.child.pid!, gateway.token, peerBody(50, v));
          console.log(line(`${v.name} PostGraphile`, p, peer.child.pid!, f));
          results.set(`${v.name} peer`, p);
        }
        const g = await load(gateway.url, gateway.child.pid!, gateway.token, body);
        console.log(line(`${v.name} gateway`, g, gateway.child.pid!, f));
        results.set(`${v.name} floor`, f);
        results.set(`${v.name} gateway`, g);
      }
      summary(results);
    }
  } finally {
    if (peer) await stopChild(peer.child);
    await stopChild(floor.child);
    await stopChild(gateway.child);
  }
  if (PROFILE) {
    // Worker threads (the password hasher) write profiles too; the main thread's is the largest.
    const newest = readdirSync(PROFILE_DIR)
      .filter((f) => f.endsWith('.cpuprofile'))
      .sort((a, b) => statSync(path.join(PROFILE_DIR, a)).size - statSync(path.join(PROFILE_DIR, b)).size)
      .pop();
    if (newest) {
      console.log(`\ngateway CPU profile: bench/profiles/${newest} (main thread, whole run: start-up, load)`);
      console.log(summariseProfile(path.join(PROFILE_DIR, newest), 25));
    }
  }
}

/** The contract's ratios, from the last round. */
function summary(results: Map<string, Measured>): void {
  const rps = (key: string) => results.get(key)?.rps ?? NaN;
  const p99 = (key: string) => results.get(key)?.p99 ?? NaN;
  const checks: [string, number, string, boolean][] = [];
  const add = (what: string, value: number, goal: string, ok: boolean) => !Number.isNaN(value) && checks.push([what, value, goal, ok]);
  add(
    'small page: gateway/floor rps',
    rps('small gateway') / rps('small floor'),
    '>= 0.55',
    rps('small gateway') / rps('small floor') >= 0.55,
  );
  add('small page: gateway/floor p99', p99('small gateway') / p99('small floor'), '<= 2', p99('small gateway') / p99('small floor') <= 2);
  add('small page: gateway/PostGraphile rps', rps('small gateway') / rps('small peer'), '> 1', rps('small gateway') > rps('small peer'));
  add(
    'small+count: gateway/PostGraphile rps',
    rps('small+count gateway') / rps('small+count peer'),
    '> 1',
    rps('small+count gateway') > rps('small+count peer'),
  );
  add('full page: gateway/floor rps', rps('full gateway') / rps('full floor'), '>= 0.75', rps('full gateway') / rps('full floor') >= 0.75);
  for (const page of ['small', 'full']) {
    const r = rps(`${page}+count gateway`) / rps(`${page} gateway`);
    add(`${page} page: with count / without (gateway rps)`, r, '>= 0.9', r >= 0.9);
  }
  console.log('  contract (this round):');
  for (const [what, value, goal, ok] of checks)
    console.log(`    ${what.padEnd(44)} ${value.toFixed(2).padStart(6)}  ${goal.padEnd(8)} ${ok ? 'met' : 'NOT met'}`);
}

/**
 * Deep pages and `q` search at DEEP_CUSTOMERS (1M) customers, on a database
 * of their own (cg_bench_<N>, seeded once): sequential, one client.
 */
async function deepAndSearch(): Promise<void> {
  const name = `cg_bench_${DEEP_CUSTOMERS}`;
  const databaseUrl = await ensureDatabase(name);
  const seeded = await seedBenchPostgres(databaseUrl, DEEP_CUSTOMERS, (l) => console.log(l));
  console.log(`\n${seeded.reused ? 'reused' : 'seeded'} database ${name} in ${seeded.seconds.toFixed(0)} s`);
  const gateway = await startGateway({ DATABASE_URL: databaseUrl }, NODE_FLAGS);
  try {
    await deepPages(gateway, databaseUrl, DEEP_CUSTOMERS);
    const target = { url: gateway.url, headers: { authorization: `Bearer ${gateway.token}` } };
    const COUNTS = { count: 'count', boundedCount: 'boundedCount { count precision }', none: '' } as const;
    const search = (q: string, count: keyof typeof COUNTS) =>
      JSON.stringify({
        query: `query($q: String!) { customers(q: $q, limit: 50) { ${COUNTS[count]} items { ${SMALL_SELECTION} } } }`,
        variables: { q },
      });
    console.log(
      `\nq search over ${DEEP_CUSTOMERS} customers, small page, one client, p50 / p90 ms (50 requests each) with count / boundedCount (upTo 1000) / no count:`,
    );
    for (const q of ['customer123456', 'Lovelace', '5550042', 'nobody-here']) {
      const answer = await postJson(gateway.url, search(q, 'count'), gateway.token);
      const cells: string[] = [];
      for (const count of Object.keys(COUNTS) as (keyof typeof COUNTS)[]) {
        const r = await sequentialLatency({ ...target, body: search(q, count) }, 50);
        cells.push(`${r.p50.toFixed(1)} / ${r.p90.toFixed(1)}`);
      }
      console.log(
        `  q: ${JSON.stringify(q).padEnd(18)} ${String(answer.data?.customers?.count).padStart(7)} matches   ${cells.join('   ')}`,
      );
    }
  } finally {
    await stopChild(gateway.child);
  }
}

/** The gateway on embedded PGlite (one connection, in-process WASM Postgres): no floor, printed on its own. */
async function pglite(): Promise<void> {
  const dir = path.join(ROOT, 'data', `bench-pglite-${CUSTOMERS}`);
  const { openDatabase } = require(path.join(ROOT, 'dist/db/database')) as typeof import('../src/db/database');
  const db = await openDatabase({ pgliteDataDir: dir });
  const seeded = await seedBench(db.sql, CUSTOMERS, (l) => console.log(l)).finally(() => db.close());
  console.log(
    `\nPGlite (${path.relative(ROOT, dir)}): ${seeded.reused ? 'reused' : 'seeded'} ${seeded.customers} customers in ${seeded.seconds.toFixed(1)} s`,
  );
  const gateway = await startGateway({ PGLITE_DATA_DIR: dir }, NODE_FLAGS);
  try {
    console.log(header());
    for (let round = 1; round <= ROUNDS; round++) {
      console.log(line(`gateway/PGlite (round ${round})`, await load(gateway.url, gateway.child.pid!, gateway.token), gateway.child.pid!));
    }
  } finally {
    await stopChild(gateway.child);
  }
}

async function main() {
  const started = Date.now();
  console.log(`bench: ${CUSTOMERS} customers, ${CONNECTIONS} clients, ${WARMUP} s warm-up + ${SECONDS} s per target, ${ROUNDS} round(s)`);
  const databaseUrl = await ensureDatabase();
  const seeded = await seedBenchPostgres(databaseUrl, CUSTOMERS, (l) => console.log(l));
  console.log(
    `${seeded.reused ? 'reused' : 'seeded'} database ${DB_NAME} (${seeded.customers} customers) in ${seeded.seconds.toFixed(1)} s`,
  );

  if (!SKIP.has('statements')) {
    console.log('\nSQL statements per request (gateway, counted by Prisma query events; includes the token check):');
    for (const [name, n] of Object.entries(await gatewayStatements(databaseUrl))) console.log(`  ${name.padEnd(48)} ${n}`);
  }
  await postgres(databaseUrl);
  if (!SKIP.has('deep')) await deepAndSearch();
  if (!SKIP.has('history')) {
    console.log(
      `\ncount after a write history: ${HISTORY_ROWS} inserts, ${HISTORY_ROWS / 10} soft deletes, ${HISTORY_ROWS / 100} restores…`,
    );
    const h = await countHistory(ADMIN_URL, HISTORY_ROWS, { log: (l) => console.log(l) });
    console.log(
      `  counter ${h.counted}, count(*) ${h.live}: ${h.counted === h.live ? 'exact' : 'WRONG'}; "CustomerCount" ${h.pages} pages\n  EXPLAIN (ANALYZE, BUFFERS) ${COUNT_SQL}\n${h.plan
        .split('\n')
        .map((l) => `  ${l}`)
        .join('\n')}`,
    );
  }
  if (!SKIP.has('breakdown'))
    console.log(`\nCPU of one reference page by part (in this process, ms per call):\n${formatBreakdown(await breakdown(databaseUrl))}`);
  if (PGLITE) await pglite();
  console.log(`\ndone in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
