/**
 * The servers under test run as child processes of bench/run.ts: starting
 * them, logging in, and reading their CPU time and memory from /proc.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..');
export const ADMIN = { email: 'bench-admin@example.com', password: 'bench-admin-password' };

/** Starts `node <args>` and resolves with the first match of `ready` on its stdout. */
export function startChild(
  name: string,
  args: string[],
  env: Record<string, string>,
  ready: RegExp,
  cwd = ROOT,
): Promise<{ child: ChildProcess; match: RegExpMatchArray }> {
  const child = spawn(process.execPath, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`${name} did not start:\n${out}`)), 120_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const match = out.match(ready);
      if (match) {
        clearTimeout(timer);
        child.stdout.off('data', onData);
        child.stdout.resume();
        resolve({ child, match });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.once('exit', (code) => reject(new Error(`${name} exited (${code}):\n${out}`)));
  });
}

export function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

export async function postJson(url: string, body: unknown, token?: string): Promise<any> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return res.json();
}

export async function login(url: string): Promise<string> {
  const answer = await postJson(url, { query: `mutation { login(email: "${ADMIN.email}", password: "${ADMIN.password}") { token } }` });
  const token = answer.data?.login?.token;
  if (!token) throw new Error(`login failed: ${JSON.stringify(answer)}`);
  return token;
}

export interface Gateway {
  child: ChildProcess;
  url: string;
  token: string;
}

/**
 * The compiled gateway (dist/main.js of `root`, this checkout by default) on
 * a random loopback port, with a cheap bcrypt cost for the bench admin's
 * login; `database` selects Postgres (DATABASE_URL) or PGlite (PGLITE_DATA_DIR).
 */
export async function startGateway(database: Record<string, string>, nodeFlags: string[], root = ROOT): Promise<Gateway> {
  const { child, match } = await startChild(
    'gateway',
    [...nodeFlags, 'dist/main.js'],
    {
      ...database,
      PORT: '0',
      HOST: '127.0.0.1',
      BCRYPT_COST: '4',
      HASH_WORKERS: '1',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      NODE_ENV: 'production',
    },
    /ready at http:\/\/localhost:(\d+)\//,
    root,
  );
  const url = `http://127.0.0.1:${match[1]}/graphql`;
  try {
    return { child, url, token: await login(url) };
  } catch (err) {
    await stopChild(child);
    throw err;
  }
}

/** Resident memory of a process, MB (now, and its peak). */
export function rss(pid: number): { now: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
  return { now: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

/** CPU time (user + system) a process has used, ms. */
export function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  // utime and stime are fields 14 and 15 of stat, in clock ticks (100 per second on Linux).
  return (Number(fields[11]) + Number(fields[12])) * 10;
}
