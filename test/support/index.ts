/**
 * What a test file needs, from one import: `import { startTestServer, ok, createCustomer, ... } from './support';`
 *
 * - Server: `startTestServer(env?, { log? })` starts the real server on a fresh database (PGlite in memory,
 *   or a new database on TEST_DATABASE_URL) and logs in as the test admin; `t.gql(document, variables,
 *   { token, headers })` POSTs to /graphql with the admin session (`token: null`: none); `ok(response)`
 *   fails on GraphQL errors and returns `data`; `t.stop()` in afterAll.
 * - Typed documents: write each document as `graphql(\`query Name ... \`)` (import { graphql } from
 *   './support/generated'), with a name unique across test/, then run `npm run codegen`: t.gql then types
 *   its variables and response. Plain strings are for documents that cannot be typed (invalid on purpose,
 *   built at run time). Shared documents and fragments (CustomerFields, AddressFields, CreateCustomer, ...)
 *   are in documents.ts.
 * - Rows: `createCustomer(t, input?)`, `createGroup(t, input?)` (fail the test on user errors),
 *   `tryCreateCustomer`, `tryCreateGroup`, `tryAddAddress` (return the payload, errors included),
 *   `uniqueEmail()`, `uniqueGroupName()`, `platformFixture(name)` (test/fixtures).
 * - Admin users: `login(t, email, password)`, `createAdminUser(t, { scopes })`, `sessionOf(t, email, password)`.
 * - Access: `createToken(t, scopes)` through the API, `tokenWithScopes(t, scopes)` straight to the
 *   database, `codes(response)` lists extensions.code.
 * - Raw HTTP: `post(url, body, { token, headers })` for status, headers and bodies; `read(response)`.
 * - Cost: `statementsFor(t, document, variables)` counts the SQL statements of one request.
 */
export * from './admin-users';
export * from './documents';
export * from './fixtures';
export * from './http';
export * from './statements';
export * from './test-server';
export * from './tokens';
export { graphql } from './generated';
