import 'reflect-metadata';
import { hashToken } from '../src/auth/tokens';
import { ADMIN_EMAIL, ADMIN_PASSWORD, codes, createToken, graphql, Me, ok, sessionOf, startTestServer, type TestServer } from './support';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.stop());

const ApiTokens = graphql(`
  query ApiTokens {
    apiTokens {
      id
      tokenPrefix
    }
  }
`);

const RevokeApiToken = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      apiToken {
        revokedAt
      }
      errors {
        code
      }
    }
  }
`);

const CreateInvalidApiToken = graphql(`
  mutation CreateInvalidApiToken {
    createApiToken(input: { name: " ", scopes: ["customers:read", "everything"], expiresInDays: 0 }) {
      token
      errors {
        code
        field
      }
    }
  }
`);

const Logout = graphql(`
  mutation Logout {
    logout
  }
`);

const CustomersLimitOnly = graphql(`
  query CustomersLimitOnly {
    customers(limit: 1) {
      limit
    }
  }
`);

test('tokens are random, stored only as a SHA-256 hash, and shown once', async () => {
  const a = await createToken(t, ['customers:read']);
  const b = await createToken(t, ['customers:read']);
  expect(a.token).not.toBe(b.token);
  expect(Buffer.from(a.token.slice(4), 'base64url')).toHaveLength(32);
  const rows = await t.db.sql.query<Record<string, unknown>>(`SELECT * FROM "ApiToken" WHERE "id" = $1`, [a.id]);
  expect(rows[0].tokenHash).toBe(hashToken(a.token));
  expect(JSON.stringify(rows)).not.toContain(a.token);
  const listed = ok(await t.gql(ApiTokens));
  const entry = listed.apiTokens.find((x) => x.id === a.id)!;
  expect(a.token.startsWith(entry.tokenPrefix)).toBe(true);
  expect(entry.tokenPrefix.length).toBeLessThan(12);
});

test('an API token carries its scopes (Magento_Customer::manage = read + write), validated', async () => {
  const { token } = await createToken(t, ['Magento_Customer::manage']);
  expect(ok(await t.gql(Me, {}, { token })).me).toMatchObject({ kind: 'API', scopes: ['customers:read', 'customers:write'] });
  const bad = ok(await t.gql(CreateInvalidApiToken));
  expect(bad.createApiToken.token).toBeNull();
  expect(bad.createApiToken.errors).toEqual([
    { code: 'REQUIRED', field: ['input', 'name'] },
    { code: 'INVALID', field: ['input', 'scopes', '1'] },
    { code: 'INVALID', field: ['input', 'expiresInDays'] },
  ]);
});

test('an expired token is refused', async () => {
  const { token, id } = await createToken(t, ['customers:read']);
  await t.db.sql.query(`UPDATE "ApiToken" SET "expiresAt" = now() - interval '1 second' WHERE "id" = $1`, [id]);
  t.server.services.tokens.evictAll();
  expect(codes(await t.gql(Me, {}, { token }))).toEqual(['UNAUTHENTICATED']);
});

test('a revoked token is refused at once, even right after it was used (and cached)', async () => {
  const { token, id } = await createToken(t, ['customers:read']);
  expect(ok(await t.gql(Me, {}, { token })).me.kind).toBe('API');
  const revoked = ok(await t.gql(RevokeApiToken, { id }));
  expect(revoked.revokeApiToken.apiToken!.revokedAt).toBeTruthy();
  expect(codes(await t.gql(Me, {}, { token }))).toEqual(['UNAUTHENTICATED']);
  const missing = ok(await t.gql(RevokeApiToken, { id: 'nope' }));
  expect(missing.revokeApiToken.errors).toEqual([{ code: 'NOT_FOUND' }]);
});

test('logout revokes the session it is called with', async () => {
  const session = await sessionOf(t, ADMIN_EMAIL, ADMIN_PASSWORD);
  expect(ok(await t.gql(Logout, {}, { token: session })).logout).toBe(true);
  expect(codes(await t.gql(Me, {}, { token: session }))).toEqual(['UNAUTHENTICATED']);
});

test('verification costs one statement, then none while cached; lastUsedAt moves at most once a minute', async () => {
  const { token, id } = await createToken(t, ['customers:read']);
  const lastUsed = async () =>
    (await t.db.sql.query<{ lastUsedAt: Date | null }>(`SELECT "lastUsedAt" FROM "ApiToken" WHERE "id" = $1`, [id]))[0].lastUsedAt;
  const statementsOf = async () => {
    const before = t.db.statementCount();
    ok(await t.gql(CustomersLimitOnly, {}, { token }));
    return t.db.statementCount() - before;
  };
  const page = await statementsOf(); // token lookup + the page
  expect(await statementsOf()).toBe(page - 1);
  const first = await lastUsed();
  expect(first).toBeTruthy();

  // 30 seconds ago: a fresh lookup leaves it alone.
  await t.db.sql.query(`UPDATE "ApiToken" SET "lastUsedAt" = "lastUsedAt" - interval '30 seconds' WHERE "id" = $1`, [id]);
  const thirty = await lastUsed();
  t.server.services.tokens.evictAll();
  await statementsOf();
  expect(await lastUsed()).toEqual(thirty);

  // Two minutes ago: the next lookup stamps it.
  await t.db.sql.query(`UPDATE "ApiToken" SET "lastUsedAt" = "lastUsedAt" - interval '90 seconds' WHERE "id" = $1`, [id]);
  t.server.services.tokens.evictAll();
  expect(await statementsOf()).toBe(page);
  expect((await lastUsed())!.getTime()).toBeGreaterThan(Date.now() - 60_000);
});
