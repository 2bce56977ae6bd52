/**
 * CPU profile of the gateway under load on one reference page (BENCH_PAGE=small|full),
 * summarised: `ts-node bench/profile-page.ts [seconds=10]`.
 */
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { startGateway, stopChild } from './children';
import { runLoad } from './load';
import { referenceBody } from './reference';
import { summariseProfile } from './profile-summary';

async function main() {
  const dir = path.join('/tmp', `cg-profile-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const url = new URL(process.env.BENCH_DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/postgres');
  url.pathname = '/cg_bench';
  const gateway = await startGateway({ DATABASE_URL: url.toString() }, ['--max-semi-space-size=64', '--cpu-prof', `--cpu-prof-dir=${dir}`]);
  try {
    const result = await runLoad({
      url: gateway.url,
      body: referenceBody(50, { page: process.env.BENCH_PAGE === 'full' ? 'full' : 'small' }),
      headers: { authorization: `Bearer ${gateway.token}` },
      connections: 10,
      warmupSeconds: 2,
      durationSeconds: Number(process.argv[2] ?? 10),
    });
    console.log(`rps ${result.rps.toFixed(0)}, errors ${result.errors}`);
  } finally {
    await stopChild(gateway.child);
  }
  const newest = readdirSync(dir).sort((a, b) => statSync(path.join(dir, b)).mtimeMs - statSync(path.join(dir, a)).mtimeMs)[0];
  console.log(path.join(dir, newest));
  console.log(summariseProfile(path.join(dir, newest), Number(process.env.TOP ?? 40)));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
