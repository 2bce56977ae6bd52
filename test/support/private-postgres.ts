import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A PostgreSQL cluster of a test's own (initdb + pg_ctl on a free port), for
 * tests that stop and restart the database: never the shared server of
 * TEST_DATABASE_URL, which other test files use at the same time.
 */
export interface PrivatePostgres {
  url: string;
  /** Asynchronous: the server under test keeps running meanwhile (a blocked event loop would time out its keep-alive sockets). */
  stop(): Promise<void>;
  start(): Promise<void>;
  /**
   * Freezes every process of the cluster (SIGSTOP): connections open and
   * queries are sent, but nothing ever answers, as with a host that hangs.
   */
  freeze(): void;
  /** Lets a frozen cluster run again (SIGCONT). */
  thaw(): void;
  /** Stops the cluster and deletes its files. */
  destroy(): Promise<void>;
}

/** The newest PostgreSQL bin folder with initdb and pg_ctl (PG_BIN overrides), or why there is none. */
export function findPostgresBin(): { bin: string } | { missing: string } {
  const candidates = process.env.PG_BIN
    ? [process.env.PG_BIN]
    : existsSync('/usr/lib/postgresql')
      ? readdirSync('/usr/lib/postgresql')
          .sort((a, b) => Number(b) - Number(a))
          .map((version) => `/usr/lib/postgresql/${version}/bin`)
      : [];
  const bin = candidates.find((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl')));
  if (bin) return { bin };
  return {
    missing: `no PostgreSQL server binaries (initdb, pg_ctl) under ${process.env.PG_BIN ?? '/usr/lib/postgresql/*/bin'}; set PG_BIN`,
  };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function startPrivatePostgres(bin: string): Promise<PrivatePostgres> {
  const dir = mkdtempSync(join(tmpdir(), 'cg-private-pg-'));
  const data = join(dir, 'data');
  const port = await freePort();
  // initdb refuses to run as root: as root, the cluster belongs to the postgres user.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
    chownSync(dir, uid, gid);
  }
  const run = async (command: string, args: string[]) => {
    const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, command), ...args]] : [join(bin, command), args];
    await promisify(execFile)(file, argv, { timeout: 120_000 });
  };
  await run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c max_connections=50`;
  const start = async () => run('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-o', options, '-w', '-t', '60', 'start']);
  const stop = async () => run('pg_ctl', ['-D', data, '-m', 'fast', '-w', '-t', '60', 'stop']);
  await start();
  // The postmaster first, so that it forks no backend while its children are listed.
  const processes = () => {
    const postmaster = Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
    return {
      postmaster,
      children: () =>
        execFileSync('ps', ['-o', 'pid=', '--ppid', String(postmaster)])
          .toString()
          .split(/\s+/)
          .filter(Boolean)
          .map(Number),
    };
  };
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    start,
    stop,
    freeze() {
      const { postmaster, children } = processes();
      process.kill(postmaster, 'SIGSTOP');
      for (const pid of children()) process.kill(pid, 'SIGSTOP');
    },
    thaw() {
      const { postmaster, children } = processes();
      for (const pid of children()) process.kill(pid, 'SIGCONT');
      process.kill(postmaster, 'SIGCONT');
    },
    async destroy() {
      await stop().catch(() => undefined); // already stopped
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
