import { loadConfig } from '../../src/config';
import { createLogger, silentLogger } from '../../src/logger';
import { startServer, type RunningServer } from '../../src/server';
import type { PrivatePostgres } from './private-postgres';

const ADMIN = { email: 'admin@cluster.local', password: 'admin-password-123' };

export interface ClusterResponse {
  status: number;
  retryAfter: string | null;
  text: string;
  body: any;
}

/** The server on a private cluster, with its admin's session token; `post` sends a document with it (or with another, or none). */
export interface ClusterServer extends RunningServer {
  token: string;
  post(query: string, variables?: Record<string, unknown>, withToken?: string | null): Promise<ClusterResponse>;
}

/**
 * Starts the server on `cluster` with `env` on top of a test's settings. A
 * verified token stays cached (TOKEN_CACHE_SECONDS 300), so a request with
 * it reaches the database even while the token check could not.
 */
export async function startClusterServer(cluster: PrivatePostgres, env: Record<string, string> = {}): Promise<ClusterServer> {
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: cluster.url,
    BCRYPT_COST: '4',
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    TOKEN_CACHE_SECONDS: '300',
    ...env,
  });
  const server = await startServer(config, { logger: process.env.TEST_LOG ? createLogger('debug') : silentLogger, print: () => undefined });
  const running: ClusterServer = {
    ...server,
    token: '',
    async post(query, variables = {}, withToken = running.token) {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(withToken ? { authorization: `Bearer ${withToken}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const text = await response.text();
      return { status: response.status, retryAfter: response.headers.get('retry-after'), text, body: JSON.parse(text) };
    },
  };
  const login = await running.post(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, {
    e: ADMIN.email,
    p: ADMIN.password,
  });
  running.token = login.body.data.login.token;
  return running;
}
