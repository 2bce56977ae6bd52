import type { TypedDocumentString } from './generated/graphql';
import { ok, type TestServer, type VariablesAndOptions } from './test-server';

/**
 * SQL statements one request sends beyond authentication (measured with a
 * request that does nothing else), and its data.
 */
export async function statementsFor<R, V>(
  t: TestServer,
  document: TypedDocumentString<R, V>,
  ...args: VariablesAndOptions<V>
): Promise<{ statements: number; data: R }>;
/** The same for a document built at run time (untyped data). */
export async function statementsFor<T = any>(
  t: TestServer,
  document: string,
  variables?: Record<string, unknown>,
): Promise<{ statements: number; data: T }>;
export async function statementsFor(t: TestServer, document: string | TypedDocumentString<unknown, unknown>, variables?: unknown) {
  // Authentication's own statements, made the same on every call: with the token cache emptied, each request
  // looks its token up once (a cache entry could otherwise expire between two requests on a busy machine).
  t.server.services.tokens.evictAll();
  const before = t.db.statementCount();
  ok(await t.gql(`query { __typename }`));
  const auth = t.db.statementCount() - before;
  t.server.services.tokens.evictAll();
  const start = t.db.statementCount();
  const data = ok(await t.gql(document.toString(), variables as Record<string, unknown>));
  return { statements: t.db.statementCount() - start - auth, data };
}
