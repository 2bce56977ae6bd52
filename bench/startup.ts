/**
 * Start-up time: from spawning the server to its first GraphQL answer, on a
 * new PGlite folder and again on the same folder, through `node dist/main.js`
 * and through `npm start` (what a user runs). Prints the server's own
 * breakdown (the `startup` field of its ready line) too.
 *
 * CLI: ts-node bench/startup.ts [runs=2]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './children';

interface Started {
  /** Spawn to the first GraphQL answer ({ __typename }). */
  ms: number;
  /** Spawn to a signed-in customers page (login, then the page). */
  dataMs: number;
  breakdown?: Record<string, number>;
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
  // What a user does next: sign in (one bcrypt compare) and read a page.
  const login = await post('mutation { login(email: "a@startup.test", password: "startup-password") { token } }');
  await post('{ customers(limit: 50) { count items { id email } } }', login.data?.login?.token);
  const dataMs = performance.now() - t0;
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    process.kill(-child.pid!, 'SIGTERM');
  });
  return { ms, dataMs, breakdown: ready.breakdown };
}

async function main() {
  const runs = Number(process.argv[2] ?? 2);
  const show = (name: string, r: Started) =>
    console.log(
      `${name.padEnd(44)} ${(r.ms / 1000).toFixed(2).padStart(6)} s  (signed-in page ${(r.dataMs / 1000).toFixed(2)} s)  ${
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
