/**
 * Gateway against PostGraphile on the small page, in alternating windows:
 * CPU ms per request of the server and of the Postgres cluster (its
 * postmaster's children), and rps. `ts-node bench/vs-peer.ts [windows=4]`
 * (BENCH_PAGE_COUNT=1 for `count`). Needs `npm run bench` once (seed, peer install).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { cpuMs, startGateway, stopChild } from './children';
import { runLoad } from './load';
import { startPeer } from './peer';
import { peerBody, referenceBody } from './reference';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** CPU ms of every process whose parent is `postmaster` (the backends), plus the postmaster's. */
function clusterCpu(postmaster: number): number {
  let total = cpuMs(postmaster);
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const fields = readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1].split(' ');
      if (Number(fields[1]) === postmaster) total += (Number(fields[11]) + Number(fields[12])) * 10;
    } catch {
      // gone meanwhile
    }
  }
  return total;
}

async function main() {
  const windows = Number(process.argv[2] ?? 4);
  const postmaster = Number(process.env.BENCH_POSTMASTER_PID);
  const url = new URL(process.env.BENCH_DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/postgres');
  url.pathname = '/cg_bench';
  const count = process.env.BENCH_PAGE_COUNT === '1';
  const gateway = await startGateway({ DATABASE_URL: url.toString() }, ['--max-semi-space-size=64']);
  const peer = await startPeer(url.toString(), ['--max-semi-space-size=64']);
  const targets = [
    { name: 'PostGraphile', url: peer.url, pid: peer.child.pid!, body: peerBody(50, { count }), headers: {} as Record<string, string> },
    {
      name: 'gateway',
      url: gateway.url,
      pid: gateway.child.pid!,
      body: referenceBody(50, { page: 'small', count }),
      headers: { authorization: `Bearer ${gateway.token}` },
    },
  ];
  const results = targets.map(() => [] as { cpu: number; db: number; rps: number }[]);
  try {
    for (let i = 0; i < windows; i++) {
      for (const [k, t] of targets.entries()) {
        const marks: number[][] = [];
        const r = await runLoad({
          url: t.url,
          body: t.body,
          headers: t.headers,
          connections: 10,
          warmupSeconds: 1,
          durationSeconds: 5,
          onWindow: () => marks.push([cpuMs(t.pid), postmaster ? clusterCpu(postmaster) : 0]),
        });
        if (r.errors) throw new Error(`${t.name}: ${r.errors} errors`);
        results[k].push({ cpu: (marks[1][0] - marks[0][0]) / r.requests, db: (marks[1][1] - marks[0][1]) / r.requests, rps: r.rps });
      }
    }
    for (const [k, t] of targets.entries()) {
      const r = results[k];
      console.log(
        `${t.name.padEnd(13)} server CPU ms/req ${r.map((x) => x.cpu.toFixed(2)).join(' ')} median ${median(r.map((x) => x.cpu)).toFixed(2)}; ` +
          `db ${median(r.map((x) => x.db)).toFixed(2)}; rps ${r.map((x) => x.rps.toFixed(0)).join(' ')} median ${median(r.map((x) => x.rps)).toFixed(0)}`,
      );
    }
  } finally {
    await stopChild(gateway.child);
    await stopChild(peer.child);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
