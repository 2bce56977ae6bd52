import { ok, type TestServer } from './test-server';

/**
 * SQL statements one request sends beyond authentication (measured with a
 * request that does nothing else), and its data.
 */
export async function statementsFor<T = any>(
  t: TestServer,
  query: string,
  variables?: Record<string, unknown>,
): Promise<{ statements: number; data: T }> {
  // Verify the token afresh (the cache keeps it TOKEN_CACHE_SECONDS from
  // then, 300 in tests), then measure what authentication alone costs now
  // (0 while the verified token is cached, 1 when it is read again).
  t.server.services.tokens.evictAll();
  ok(await t.gql(`query { __typename }`));
  const before = t.db.statementCount();
  ok(await t.gql(`query { __typename }`));
  const auth = t.db.statementCount() - before;
  const start = t.db.statementCount();
  const data = ok<T>(await t.gql<T>(query, variables));
  return { statements: t.db.statementCount() - start - auth, data };
}
