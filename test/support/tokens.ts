/** Bearer tokens with chosen scopes, and the codes of a response's GraphQL errors. */
import { hashToken, newToken } from '../../src/auth/tokens';
import { CreateApiToken } from './documents';
import { ok, type TestServer } from './test-server';

/** A new API token with exactly these scopes, made through the API (by the test admin unless `asToken`). */
export async function createToken(
  t: TestServer,
  scopes: string[],
  options: { name?: string; asToken?: string } = {},
): Promise<{ token: string; id: string }> {
  const data = ok(await t.gql(CreateApiToken, { input: { name: options.name ?? 'test', scopes } }, { token: options.asToken }));
  if (data.createApiToken.errors.length) throw new Error(`createApiToken: ${JSON.stringify(data.createApiToken.errors)}`);
  return { token: data.createApiToken.token!, id: data.createApiToken.apiToken!.id };
}

/**
 * A bearer token carrying exactly these scopes, written straight to the database: for scopes the API
 * would refuse to grant (unknown or empty ones), and where a test must not send a request to get one.
 */
export async function tokenWithScopes(t: TestServer, scopes: string[]): Promise<string> {
  const { token, tokenPrefix } = newToken();
  await t.db.prisma.apiToken.create({
    data: { name: `test ${scopes.join(' ')}`, kind: 'API', tokenHash: hashToken(token), tokenPrefix, scopes },
  });
  return token;
}

/** The extensions.code of each error of a response. */
export function codes(response: { errors?: { extensions?: Record<string, unknown> }[] }): unknown[] {
  return (response.errors ?? []).map((e) => e.extensions?.code);
}
