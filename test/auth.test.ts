import 'reflect-metadata';
import { keyForAddress } from '../src/auth/login-throttle';
import { hashToken } from '../src/auth/tokens';
import { runAdminCommand } from '../src/cli/admin';
import { loadConfig } from '../src/config';
import { silentLogger } from '../src/logger';
import { startServer } from '../src/server';
import { codes, createToken } from './support/tokens';
import { ADMIN_EMAIL, ADMIN_PASSWORD, ok, openTestDatabase, startTestServer, uniqueEmail, type TestServer } from './support/test-server';

const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token expiresAt adminUser { email scopes } errors { code field message } } }`;
const ME = `{ me { tokenId kind scopes adminUser { email } } }`;
const CREATE_USER = `mutation($input: CreateAdminUserInput!) { createAdminUser(input: $input) { adminUser { id email scopes isActive } errors { code field message } } }`;
const UPDATE_USER = `mutation($id: ID!, $input: UpdateAdminUserInput!) { updateAdminUser(id: $id, input: $input) { adminUser { id scopes isActive } errors { code field message } } }`;
const CREATE_CUSTOMER = `mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { customer { id } errors { code } } }`;

let t: TestServer;
beforeAll(async () => {
  // A real bcrypt cost, so that the timing test measures hashing, not noise, and concurrent logins overlap.
  t = await startTestServer({
    BCRYPT_COST: '10',
    LOGIN_MAX_ATTEMPTS_PER_EMAIL: '1000',
    LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '1000',
    LOGIN_MAX_CONCURRENT: '2',
  });
});
afterAll(() => t.stop());

async function login(email: string, password: string, headers: Record<string, string> = {}) {
  return t.gql(LOGIN, { e: email, p: password }, { token: null, headers });
}

async function createUser(input: { email?: string; password?: string; scopes: string[]; isActive?: boolean }) {
  const email = input.email ?? uniqueEmail('admin');
  const password = input.password ?? 'correct-horse-battery';
  const data = ok(await t.gql(CREATE_USER, { input: { email, password, scopes: input.scopes, isActive: input.isActive ?? true } }));
  expect(data.createAdminUser.errors).toEqual([]);
  return { id: data.createAdminUser.adminUser.id as string, email, password };
}

async function sessionOf(email: string, password: string): Promise<string> {
  const data = ok(await login(email, password));
  expect(data.login.errors).toEqual([]);
  return data.login.token;
}

describe('login', () => {
  test('returns a session token that works, for the email in any case and with spaces', async () => {
    const data = ok(await login(`  ${ADMIN_EMAIL.toUpperCase()} `, ADMIN_PASSWORD));
    expect(data.login.errors).toEqual([]);
    expect(data.login.token).toMatch(/^cgw_[A-Za-z0-9_-]{43}$/);
    expect(new Date(data.login.expiresAt).getTime()).toBeGreaterThan(Date.now() + 11 * 3600_000);
    const me = ok(await t.gql(ME, {}, { token: data.login.token }));
    expect(me.me).toMatchObject({ kind: 'SESSION', scopes: ['admin'], adminUser: { email: ADMIN_EMAIL } });
  });

  test('unknown email, wrong password, inactive user and a password past 72 bytes fail alike', async () => {
    const inactive = await createUser({ scopes: ['admin'], isActive: false });
    const long = await createUser({ scopes: ['customers:read'], password: 'p'.repeat(72) });
    const attempts = [
      await login(uniqueEmail('nobody'), ADMIN_PASSWORD),
      await login(ADMIN_EMAIL, 'wrong-password'),
      await login(inactive.email, inactive.password),
      // bcrypt reads 72 bytes: anything after them must not be ignored.
      await login(long.email, `${long.password}extra`),
      await login('%', ADMIN_PASSWORD),
    ];
    for (const response of attempts) {
      expect(ok(response).login).toEqual({
        token: null,
        expiresAt: null,
        adminUser: null,
        errors: [{ code: 'INVALID_CREDENTIALS', field: ['email'], message: 'Email or password is wrong' }],
      });
    }
    expect(ok(await login(long.email, long.password)).login.token).toBeTruthy();
  });

  test('takes the same time whether or not the user exists (or is active)', async () => {
    const inactive = await createUser({ scopes: ['admin'], isActive: false });
    const samples: Record<string, number[]> = { unknown: [], wrongPassword: [], inactive: [] };
    const time = async (kind: string, email: string, password: string) => {
      const started = process.hrtime.bigint();
      await login(email, password);
      samples[kind].push(Number(process.hrtime.bigint() - started) / 1e6);
    };
    for (let i = 0; i < 7; i++) {
      await time('unknown', uniqueEmail('ghost'), 'some-password');
      await time('wrongPassword', ADMIN_EMAIL, 'some-password');
      await time('inactive', inactive.email, inactive.password);
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    const unknown = median(samples.unknown);
    // Loose: a missing bcrypt compare (cost 10) would make unknown emails several times faster.
    for (const other of [median(samples.wrongPassword), median(samples.inactive)]) {
      expect(unknown / other).toBeGreaterThan(0.5);
      expect(unknown / other).toBeLessThan(2);
    }
  });

  test('attempts beyond LOGIN_MAX_CONCURRENT in progress are refused at once', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => login(uniqueEmail('rush'), 'guess')));
    const busy = results.filter((r) => r.errors?.[0]?.extensions?.code === 'RATE_LIMITED');
    expect(busy.length).toBeGreaterThan(0);
    expect(busy[0].errors![0]).toMatchObject({
      message: 'Too many logins in progress; try again in 1 second',
      extensions: { retryAfter: 1 },
    });
    expect(results.length - busy.length).toBeGreaterThanOrEqual(2);
  });

  test('first start with no admin user creates one and prints its password once', async () => {
    const { db, drop } = await openTestDatabase();
    const lines: string[] = [];
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', BCRYPT_COST: '4' });
    try {
      const first = await startServer(config, { db, logger: silentLogger, print: (line) => lines.push(line) });
      await first.stop();
      const printed = lines.join('\n');
      const email = /email:\s+(\S+)/.exec(printed)?.[1];
      const password = /password:\s+(\S+)/.exec(printed)?.[1];
      expect(email).toBe('admin@example.com');
      expect(password).toMatch(/^[A-Za-z0-9_-]{24}$/);

      lines.length = 0;
      const second = await startServer(config, { db, logger: silentLogger, print: (line) => lines.push(line) });
      try {
        expect(lines).toEqual([]);
        const response = await fetch(second.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: LOGIN, variables: { e: email, p: password } }),
        });
        expect(((await response.json()) as any).data.login.token).toBeTruthy();
      } finally {
        await second.stop();
      }
    } finally {
      await drop();
    }
  });
});

describe('login rate limits', () => {
  // Three attempts per email and eight per address per 4-second window; X-Forwarded-For trusted from loopback.
  let limited: TestServer;
  beforeAll(async () => {
    limited = await startTestServer({
      LOGIN_MAX_ATTEMPTS_PER_EMAIL: '3',
      LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '8',
      LOGIN_WINDOW_SECONDS: '4',
      TRUST_PROXY: 'loopback',
    });
  });
  afterAll(() => limited.stop());

  const attempt = async (email: string, password: string, from: string) => {
    const response = await fetch(limited.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
      body: JSON.stringify({ query: LOGIN, variables: { e: email, p: password } }),
    });
    return { status: response.status, retryAfter: response.headers.get('retry-after'), body: (await response.json()) as any };
  };

  test('per email: known or unknown, the attempt after the limit is refused with RATE_LIMITED and retryAfter', async () => {
    for (const email of [ADMIN_EMAIL, uniqueEmail('ghost')]) {
      for (let i = 0; i < 3; i++) {
        expect((await attempt(email, 'wrong-password', `198.51.100.${i + 1}`)).body.data.login.errors[0].code).toBe('INVALID_CREDENTIALS');
      }
      const refused = await attempt(email, ADMIN_PASSWORD, '198.51.100.9');
      expect(refused.status).toBe(429);
      expect(refused.body.data).toBeNull();
      expect(refused.body.errors).toEqual([
        expect.objectContaining({
          message: expect.stringMatching(/^Too many login attempts; try again in \d+ seconds$/),
          extensions: { code: 'RATE_LIMITED', retryAfter: expect.any(Number) },
        }),
      ]);
      const retryAfter = refused.body.errors[0].extensions.retryAfter;
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(4);
      expect(refused.retryAfter).toBe(String(retryAfter));
    }
    // The window passes: the right password works again.
    await new Promise((resolve) => setTimeout(resolve, 4200));
    expect((await attempt(ADMIN_EMAIL, ADMIN_PASSWORD, '198.51.100.20')).body.data.login.token).toBeTruthy();
  });

  test('per client address (from X-Forwarded-For behind a trusted proxy), whatever the emails', async () => {
    for (let i = 0; i < 8; i++) {
      expect((await attempt(uniqueEmail('spray'), 'guess', '203.0.113.7')).body.data.login.errors[0].code).toBe('INVALID_CREDENTIALS');
    }
    expect((await attempt(uniqueEmail('spray'), 'guess', '203.0.113.7')).body.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect((await attempt(uniqueEmail('spray'), 'guess', '203.0.113.8')).body.data.login.errors[0].code).toBe('INVALID_CREDENTIALS');
  });

  test('IPv6 clients are counted per /64', () => {
    expect(keyForAddress('2001:db8:1:2:aaaa::1')).toBe(keyForAddress('2001:0db8:0001:0002:ffff:1:2:3'));
    expect(keyForAddress('2001:db8:1:3::1')).not.toBe(keyForAddress('2001:db8:1:2::1'));
    expect(keyForAddress('::ffff:192.0.2.1')).toBe(keyForAddress('192.0.2.1'));
  });

  test('without TRUST_PROXY, X-Forwarded-For is ignored (a client cannot pick its own address)', async () => {
    await login(uniqueEmail('spoof'), 'guess', { 'x-forwarded-for': '192.0.2.77' });
    const keys = (await t.db.sql.query<{ key: string }>(`SELECT "key" FROM "LoginThrottle" WHERE "key" LIKE 'addr:%'`)).map((r) => r.key);
    expect(keys).toContain('addr:127.0.0.1');
    expect(keys).not.toContain('addr:192.0.2.77');
  });
});

describe('tokens', () => {
  test('are random, stored only as a SHA-256 hash, and shown once', async () => {
    const a = await createToken(t, ['customers:read']);
    const b = await createToken(t, ['customers:read']);
    expect(a.token).not.toBe(b.token);
    expect(Buffer.from(a.token.slice(4), 'base64url')).toHaveLength(32);
    const rows = await t.db.sql.query<Record<string, unknown>>(`SELECT * FROM "ApiToken" WHERE "id" = $1`, [a.id]);
    expect(rows[0].tokenHash).toBe(hashToken(a.token));
    expect(JSON.stringify(rows)).not.toContain(a.token);
    const listed = ok(await t.gql(`{ apiTokens { id tokenPrefix } }`));
    const entry = listed.apiTokens.find((x: { id: string }) => x.id === a.id);
    expect(a.token.startsWith(entry.tokenPrefix)).toBe(true);
    expect(entry.tokenPrefix.length).toBeLessThan(12);
  });

  test('an API token carries its scopes (Magento_Customer::manage = read + write), validated', async () => {
    const { token } = await createToken(t, ['Magento_Customer::manage']);
    expect(ok(await t.gql(ME, {}, { token })).me).toMatchObject({ kind: 'API', scopes: ['customers:read', 'customers:write'] });
    const bad = ok(
      await t.gql(
        `mutation { createApiToken(input: { name: " ", scopes: ["customers:read", "everything"], expiresInDays: 0 }) { token errors { code field } } }`,
      ),
    );
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
    expect(codes(await t.gql(ME, {}, { token }))).toEqual(['UNAUTHENTICATED']);
  });

  test('a revoked token is refused at once, even right after it was used (and cached)', async () => {
    const { token, id } = await createToken(t, ['customers:read']);
    expect(ok(await t.gql(ME, {}, { token })).me.kind).toBe('API');
    const revoked = ok(await t.gql(`mutation($id: ID!) { revokeApiToken(id: $id) { apiToken { revokedAt } errors { code } } }`, { id }));
    expect(revoked.revokeApiToken.apiToken.revokedAt).toBeTruthy();
    expect(codes(await t.gql(ME, {}, { token }))).toEqual(['UNAUTHENTICATED']);
    const missing = ok(await t.gql(`mutation { revokeApiToken(id: "nope") { apiToken { id } errors { code } } }`));
    expect(missing.revokeApiToken.errors).toEqual([{ code: 'NOT_FOUND' }]);
  });

  test('logout revokes the session it is called with', async () => {
    const session = await sessionOf(ADMIN_EMAIL, ADMIN_PASSWORD);
    expect(ok(await t.gql(`mutation { logout }`, {}, { token: session })).logout).toBe(true);
    expect(codes(await t.gql(ME, {}, { token: session }))).toEqual(['UNAUTHENTICATED']);
  });

  test('verification costs one statement, then none while cached; lastUsedAt moves at most once a minute', async () => {
    const { token, id } = await createToken(t, ['customers:read']);
    const lastUsed = async () =>
      (await t.db.sql.query<{ lastUsedAt: Date | null }>(`SELECT "lastUsedAt" FROM "ApiToken" WHERE "id" = $1`, [id]))[0].lastUsedAt;
    const statementsOf = async () => {
      const before = t.db.statementCount();
      ok(await t.gql(`{ customers(limit: 1) { limit } }`, {}, { token }));
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
});

describe('admin users', () => {
  test('are created with validated input; emails are unique ignoring case', async () => {
    const email = uniqueEmail('Admin');
    await createUser({ email, scopes: ['customers:read'] });
    const again = ok(await t.gql(CREATE_USER, { input: { email: email.toUpperCase(), password: 'another-password', scopes: [] } }));
    expect(again.createAdminUser.errors).toEqual([{ code: 'EMAIL_TAKEN', field: ['input', 'email'], message: expect.any(String) }]);
    const bad = ok(await t.gql(CREATE_USER, { input: { email: 'not-an-email', password: 'short', scopes: ['admin', 'root'] } }));
    expect(bad.createAdminUser.errors.map((e: { code: string; field: string[] }) => [e.code, e.field.join('.')])).toEqual([
      ['INVALID', 'input.email'],
      ['TOO_SHORT', 'input.password'],
      ['INVALID', 'input.scopes.1'],
    ]);
  });

  test("a session follows its user's scopes and active flag", async () => {
    const user = await createUser({ scopes: ['customers:read', 'customers:write'] });
    const session = await sessionOf(user.email, user.password);
    expect(ok(await t.gql(CREATE_CUSTOMER, { i: { email: uniqueEmail() } }, { token: session })).createCustomer.errors).toEqual([]);

    ok(await t.gql(UPDATE_USER, { id: user.id, input: { scopes: ['customers:read'] } }));
    expect(codes(await t.gql(CREATE_CUSTOMER, { i: { email: uniqueEmail() } }, { token: session }))).toEqual(['FORBIDDEN']);
    expect(ok(await t.gql(ME, {}, { token: session })).me.scopes).toEqual(['customers:read']);

    ok(await t.gql(UPDATE_USER, { id: user.id, input: { isActive: false } }));
    expect(codes(await t.gql(ME, {}, { token: session }))).toEqual(['UNAUTHENTICATED']);
    expect(ok(await login(user.email, user.password)).login.errors[0].code).toBe('INVALID_CREDENTIALS');
  });

  test("an owned API token is capped by its owner's current scopes", async () => {
    const owner = await createUser({ scopes: ['admin'] });
    const ownerSession = await sessionOf(owner.email, owner.password);
    const { token } = await createToken(t, ['customers:write'], { asToken: ownerSession });
    expect(ok(await t.gql(ME, {}, { token })).me.scopes).toEqual(['customers:write']);
    ok(await t.gql(UPDATE_USER, { id: owner.id, input: { scopes: ['customers:read'] } }));
    expect(ok(await t.gql(ME, {}, { token })).me.scopes).toEqual([]);
    expect(codes(await t.gql(CREATE_CUSTOMER, { i: { email: uniqueEmail() } }, { token }))).toEqual(['FORBIDDEN']);
  });

  test('a new password ends the login sessions of the user', async () => {
    const user = await createUser({ scopes: ['customers:read'] });
    const session = await sessionOf(user.email, user.password);
    ok(await t.gql(UPDATE_USER, { id: user.id, input: { password: 'a-brand-new-password' } }));
    expect(codes(await t.gql(ME, {}, { token: session }))).toEqual(['UNAUTHENTICATED']);
    expect(await sessionOf(user.email, 'a-brand-new-password')).toBeTruthy();
  });

  test('the last active admin cannot be demoted, deactivated or deleted', async () => {
    // Leave exactly one active admin: the test admin.
    await t.db.sql.query(`UPDATE "AdminUser" SET "isActive" = false WHERE lower("email") <> lower($1)`, [ADMIN_EMAIL]);
    t.server.services.tokens.evictAll();
    const me = ok(await t.gql(`{ me { adminUser { id } } }`)).me.adminUser.id;
    for (const input of [{ isActive: false }, { scopes: ['customers:read'] }]) {
      expect(ok(await t.gql(UPDATE_USER, { id: me, input })).updateAdminUser.errors[0].code).toBe('LAST_ADMIN');
    }
    const deleted = ok(await t.gql(`mutation($id: ID!) { deleteAdminUser(id: $id) { errors { code } } }`, { id: me }));
    expect(deleted.deleteAdminUser.errors).toEqual([{ code: 'LAST_ADMIN' }]);

    // With a second admin, the first may go.
    const other = await createUser({ scopes: ['admin'] });
    const otherSession = await sessionOf(other.email, other.password);
    expect(ok(await t.gql(UPDATE_USER, { id: me, input: { scopes: ['admin', 'customers:read'] } })).updateAdminUser.errors).toEqual([]);
    const gone = ok(
      await t.gql(
        `mutation($id: ID!) { deleteAdminUser(id: $id) { adminUser { id } errors { code } } }`,
        { id: other.id },
        { token: t.token },
      ),
    );
    expect(gone.deleteAdminUser.errors).toEqual([]);
    expect(codes(await t.gql(ME, {}, { token: otherSession }))).toEqual(['UNAUTHENTICATED']);
  });

  test("a customer's confirmation key needs customers:write; the rest of the row does not", async () => {
    const created = ok(
      await t.gql(`mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { customer { id } errors { code } } }`, {
        i: { email: uniqueEmail(), confirmation: 'secret-key' },
      }),
    );
    const id = created.createCustomer.customer.id;
    const { token } = await createToken(t, ['customers:read']);
    const read = await t.gql(`query($id: ID!) { customer(id: $id) { id confirmation } }`, { id }, { token });
    expect(read.data.customer).toEqual({ id, confirmation: null });
    expect(codes(read)).toEqual(['FORBIDDEN']);
    expect(ok(await t.gql(`query($id: ID!) { customer(id: $id) { confirmation } }`, { id })).customer.confirmation).toBe('secret-key');
  });
});

describe('command line', () => {
  const run = async (...argv: string[]) => {
    const lines: string[] = [];
    const code = await runAdminCommand(argv, loadConfig({ BCRYPT_COST: '4' }), t.db, {
      print: (l) => lines.push(l),
      readStdin: async () => 'from-stdin-password\n',
    });
    return { code, output: lines.join('\n') };
  };

  test('create-user prints a one-time password that logs in', async () => {
    const email = uniqueEmail('cli');
    const { code, output } = await run('create-user', '--email', email, '--scopes', 'customers:read,groups:read');
    expect(code).toBe(0);
    const password = /Password \(shown once\): (\S+)/.exec(output)![1];
    const hashOf = async () =>
      (await t.db.sql.query<{ passwordHash: string }>(`SELECT "passwordHash" FROM "AdminUser" WHERE "email" = $1`, [email]))[0]
        .passwordHash;
    expect(await hashOf()).toMatch(/^\$2b\$04\$/); // the command line ran with BCRYPT_COST 4
    const session = await sessionOf(email, password);
    expect(ok(await t.gql(ME, {}, { token: session })).me.scopes).toEqual(['customers:read', 'groups:read']);
    // The first login brings the hash to the server's cost (10 here), so its logins time like the decoy's.
    expect(await hashOf()).toMatch(/^\$2b\$10\$/);
    expect(await sessionOf(email, password)).toBeTruthy();

    const fromStdin = uniqueEmail('cli');
    expect((await run('create-user', '--email', fromStdin, '--scopes', 'admin', '--password-stdin')).output).not.toContain('Password');
    expect(await sessionOf(fromStdin, 'from-stdin-password')).toBeTruthy();
  });

  test('create-token prints a token once; revoke-token ends it', async () => {
    const { code, output } = await run('create-token', '--name', 'ci', '--scopes', 'customers:read', '--expires-in-days', '30');
    expect(code).toBe(0);
    const token = /Token \(shown once.*\): (cgw_\S+)/.exec(output)![1];
    const me = ok(await t.gql(ME, {}, { token })).me;
    expect(me).toMatchObject({ kind: 'API', scopes: ['customers:read'], adminUser: null });
    const id = /\(id ([^)]+)\)/.exec(output)![1];
    expect((await run('revoke-token', '--id', id)).code).toBe(0);
    // Another process revoked it: this server's cache may trust the token for TOKEN_CACHE_SECONDS more.
    t.server.services.tokens.evictAll();
    expect(codes(await t.gql(ME, {}, { token }))).toEqual(['UNAUTHENTICATED']);
  });

  test('refuses bad input with the reason', async () => {
    const bad = await run('create-token', '--name', 'x', '--scopes', 'root');
    expect(bad).toEqual({ code: 1, output: expect.stringContaining('Unknown scope "root"') });
    expect((await run('frobnicate')).output).toContain('Usage:');
  });
});
