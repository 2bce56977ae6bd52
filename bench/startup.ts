/**
 * Start-up time: from spawning the server to its first GraphQL answer, on a
 * new PGlite folder and again on the same folder, through `node dist/main.js`
 * and through `npm start` (what a user runs). Prints the server's own
 * breakdown (the `startup` field of its ready line) too.
 *
 * CLI: ts-node bench/startup.ts [runs=2]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './children';

interface Started {
  /** Spawn to the first GraphQL answer ({ __typename }). */
  ms: number;
  /** CPU ms of the spawned process tree (npm, sh, node; all threads) at that answer; Linux only. */
  cpuMs?: number;
  /** CPU ms of the server's main thread at that answer: what a busy machine cannot hide. */
  mainThreadMs?: number;
  /** Spawn to a signed-in customers page (login, then the page). */
  dataMs: number;
  breakdown?: Record<string, number>;
}

/** utime + stime (+ waited-for children) of /proc/<pid>/stat or /proc/<pid>/task/<tid>/stat, in ms. */
function procCpu(statPath: string, children: boolean): number {
  const stat = readFileSync(statPath, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = +fields[11] + +fields[12] + (children ? +fields[13] + +fields[14] : 0);
  return ticks * 10; // USER_HZ is 100 on Linux
}

/** CPU of a process tree, and of the main thread of its deepest process (the server). */
function treeCpu(root: number): { cpuMs: number; mainThreadMs: number } | undefined {
  try {
    const children = new Map<number, number[]>();
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
      } catch {
        // exited meanwhile
      }
    }
    let cpuMs = 0;
    let leaf = root;
    const walk = (pid: number) => {
      cpuMs += procCpu(`/proc/${pid}/stat`, true);
      for (const child of children.get(pid) ?? []) walk(child);
    };
    walk(root);
    while (children.get(leaf)?.length) leaf = children.get(leaf)![0];
    return { cpuMs, mainThreadMs: procCpu(`/proc/${leaf}/task/${leaf}/stat`, false) };
  } catch {
    return undefined; // not Linux
  }
}

/** Spawns the command, waits for the ready line, then for a GraphQL answer; stops it. */
async function timeStart(command: string, args: string[], dataDir: string): Promise<Started> {
  const t0 = performance.now();
  const child = spawn(command, args, {
    cwd: ROOT,
    env: {
      ...process.env,
      PGLITE_DATA_DIR: dataDir,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      ADMIN_EMAIL: 'a@startup.test',
      ADMIN_PASSWORD: 'startup-password',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let out = '';
  const ready = await new Promise<{ port: number; breakdown?: Record<string, number> }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ready line in 120 s:\n${out}`)), 120_000);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      for (const text of out.split('\n')) {
        if (!text.includes('ready at http')) continue;
        clearTimeout(timer);
        const entry = JSON.parse(text);
        resolve({ port: Number(/localhost:(\d+)/.exec(entry.msg)![1]), breakdown: entry.startup });
        return;
      }
    });
    child.stderr.on('data', (chunk: Buffer) => void (out += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`exited ${code}:\n${out}`)));
  });
  const post = async (query: string, token?: string) => {
    const res = await fetch(`http://127.0.0.1:${ready.port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query }),
    });
    return (await res.json()) as { data?: { login?: { token: string } } };
  };
  await post('{ __typename }');
  const ms = performance.now() - t0;
  const cpu = treeCpu(child.pid!);
  // What a user does next: sign in (one bcrypt compare) and read a page.
  const login = await post('mutation { login(email: "a@startup.test", password: "startup-password") { token } }');
  await post('{ customers(limit: 50) { count items { id email } } }', login.data?.login?.token);
  const dataMs = performance.now() - t0;
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    process.kill(-child.pid!, 'SIGTERM');
  });
  return { ms, dataMs, ...cpu, breakdown: ready.breakdown };
}

async function main() {
  const runs = Number(process.argv[2] ?? 2);
  // The first fetch() loads node's HTTP client (~0.1 s): not the server's start.
  await fetch('http://127.0.0.1:1/').catch(() => undefined);
  const show = (name: string, r: Started) =>
    console.log(
      `${name.padEnd(44)} ${(r.ms / 1000).toFixed(2).padStart(6)} s  CPU ${r.cpuMs ?? '?'} ms (main thread ${r.mainThreadMs ?? '?'})  (signed-in page ${(r.dataMs / 1000).toFixed(2)} s)  ${
        r.breakdown
          ? Object.entries(r.breakdown)
              .map(([k, v]) => `${k} ${v}`)
              .join(', ')
          : ''
      }`,
    );
  for (let i = 0; i < runs; i++) {
    for (const [name, command, args] of [
      ['node dist/main.js', process.execPath, ['dist/main.js']],
      ['npm start', 'npm', ['start', '--silent']],
    ] as const) {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'cg-startup-'));
      try {
        show(`${name}, new PGlite folder`, await timeStart(command, [...args], path.join(dir, 'pglite')));
        show(`${name}, same folder again`, await timeStart(command, [...args], path.join(dir, 'pglite')));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
