import { hashToken, newToken } from '../../src/auth/tokens';
import type { TestServer } from './test-server';

/** A bearer token carrying exactly these scopes (an API token written straight to the database). */
export async function tokenWithScopes(t: TestServer, scopes: string[]): Promise<string> {
  const { token, tokenPrefix } = newToken();
  await t.db.prisma.apiToken.create({
    data: { name: `test ${scopes.join(' ')}`, kind: 'API', tokenHash: hashToken(token), tokenPrefix, scopes },
  });
  return token;
}
