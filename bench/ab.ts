/**
 * A/B: two builds of the gateway (this checkout and another one, e.g. a
 * worktree of main) side by side on the bench database, loaded in turns
 * (A, B, A, B, …) so that whatever else runs on the machine weighs on both
 * alike. Prints CPU ms per request and rps per window, and the medians.
 *
 * CLI: ts-node bench/ab.ts <other checkout, built> [windows=5]   (BENCH_PAGE=small for the small page, BENCH_COUNT=1 for `count`)
 * (run `npm run bench` once first: it creates and seeds cg_bench).
 */
import path from 'node:path';
import { cpuMs, startGateway, stopChild, type Gateway } from './children';
import { runLoad } from './load';
import { referenceBody } from './reference';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function window(gateway: Gateway): Promise<{ cpu: number; rps: number }> {
  const cpu: number[] = [];
  const result = await runLoad({
    url: gateway.url,
    // BENCH_PAGE=small: the admin list page (issue 10) instead of the full reference page; BENCH_COUNT=1: with `count`.
    body: referenceBody(50, { page: process.env.BENCH_PAGE === 'small' ? 'small' : 'full', count: process.env.BENCH_COUNT === '1' }),
    headers: { authorization: `Bearer ${gateway.token}` },
    connections: 10,
    warmupSeconds: 1,
    durationSeconds: 5,
    onWindow: () => cpu.push(cpuMs(gateway.child.pid!)),
  });
  if (result.errors) throw new Error(`${result.errors} errors`);
  return { cpu: (cpu[1] - cpu[0]) / result.requests, rps: result.rps };
}

async function main() {
  const [other, count] = process.argv.slice(2);
  if (!other) {
    console.error('usage: ts-node bench/ab.ts <other checkout, built> [windows=5]');
    process.exit(2);
  }
  const url = new URL(process.env.BENCH_DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/postgres');
  url.pathname = '/cg_bench';
  const database = { DATABASE_URL: url.toString() };
  const targets: [string, Gateway][] = [
    [`A ${path.basename(path.resolve(other))}`, await startGateway(database, [], path.resolve(other))],
    ['B this checkout', await startGateway(database, [])],
  ];
  try {
    const results = targets.map(() => [] as { cpu: number; rps: number }[]);
    for (let i = 0; i < Number(count ?? 5); i++) {
      for (const [k, [, gateway]] of targets.entries()) results[k].push(await window(gateway));
    }
    for (const [k, [name]] of targets.entries()) {
      const r = results[k];
      console.log(
        `${name.padEnd(24)} CPU ms/req ${r.map((x) => x.cpu.toFixed(1)).join(' ')}  median ${median(r.map((x) => x.cpu)).toFixed(1)};  rps median ${median(r.map((x) => x.rps)).toFixed(0)}`,
      );
    }
  } finally {
    for (const [, gateway] of targets) await stopChild(gateway.child);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
