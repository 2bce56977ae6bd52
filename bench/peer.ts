/**
 * The peer of the bench: PostGraphile 5 (bench/peer/server.js) serving the
 * same database. It is installed on first use into bench/peer/node_modules
 * (`npm ci` against bench/peer/package-lock.json), so the gateway's own
 * dependencies never include it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ROOT, startChild } from './children';

const PEER_DIR = path.join(ROOT, 'bench/peer');

export function installPeer(log: (line: string) => void): void {
  if (existsSync(path.join(PEER_DIR, 'node_modules/postgraphile/package.json'))) return;
  log('installing the peer (PostGraphile 5) into bench/peer/node_modules…');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: PEER_DIR, stdio: 'inherit' });
}

/** PostGraphile on a random loopback port; resolves when it listens. */
export async function startPeer(databaseUrl: string, nodeFlags: string[]) {
  const { child, match } = await startChild(
    'peer',
    [...nodeFlags, 'server.js'],
    { DATABASE_URL: databaseUrl, PORT: '0', NODE_ENV: 'production' },
    /peer listening on (\d+)/,
    PEER_DIR,
  );
  return { child, url: `http://127.0.0.1:${match[1]}/graphql` };
}
