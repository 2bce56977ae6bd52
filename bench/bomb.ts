/**
 * The fragment bomb of issue 9 against a gateway in this process (embedded
 * PGlite in memory): how long the bomb takes to be answered, with and
 * without a token, and the longest /healthz wait meanwhile.
 * Run: npm run bench:bomb [-- levels]
 */
import path from 'node:path';

// The compiled server (npm run build), like the other benchmarks.
const dist = <T>(module: string): T => require(path.join(__dirname, '..', 'dist', module)) as T;
const { loadConfig } = dist<typeof import('../src/config')>('config');
const { silentLogger } = dist<typeof import('../src/logger')>('logger');
const { startServer } = dist<typeof import('../src/server')>('server');

const levels = Number(process.argv[2] ?? 30);
const fragments = Array.from({ length: levels }, (_, i) => `fragment F${i + 1} on Customer { ...F${i} ...F${i} }`);
const bomb = [`{ customer(id: "x") { ...F${levels} } }`, 'fragment F0 on Customer { id }', ...fragments].join('\n');

async function main() {
  const config = loadConfig({
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    PGLITE_DATA_DIR: 'memory://',
    BCRYPT_COST: '4',
    ADMIN_EMAIL: 'a@bomb.local',
    ADMIN_PASSWORD: 'bomb-password-1',
  });
  const server = await startServer(config, { logger: silentLogger, print: () => undefined });
  const post = async (body: unknown, token?: string) => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as any };
  };
  const login = await post({ query: 'mutation { login(email: "a@bomb.local", password: "bomb-password-1") { token } }' });
  const token: string = login.body.data.login.token;
  const cases = [
    ['no token', bomb, undefined],
    ['token', bomb, token],
    ['baseline { __typename }', '{ __typename }', token],
  ] as const;
  for (const [label, query, withToken] of cases) {
    for (let round = 0; round < 5; round += 1) {
      let done = false;
      let longest = 0;
      let probes = 0;
      const probing = (async () => {
        while (!done) {
          const started = performance.now();
          await (await fetch(server.url.replace(/\/graphql$/, '/healthz'))).arrayBuffer();
          longest = Math.max(longest, performance.now() - started);
          probes += 1;
        }
      })();
      const started = performance.now();
      const cpu = process.cpuUsage();
      const answer = await post({ query }, withToken);
      const took = performance.now() - started;
      const used = process.cpuUsage(cpu);
      const cpuMs = (used.user + used.system) / 1000;
      done = true;
      await probing;
      console.log(
        `${levels} levels, ${label}, round ${round}: HTTP ${answer.status} ${answer.body.errors?.[0]?.extensions?.code} in ${took.toFixed(1)} ms (process CPU ${cpuMs.toFixed(1)} ms, probes included); /healthz longest wait ${longest.toFixed(1)} ms over ${probes} probes`,
      );
    }
  }
  await server.stop();
}
main().catch((err) => {
  console.error(err);
  process.exit(1);
});
