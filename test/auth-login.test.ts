import 'reflect-metadata';
import { keyForAddress } from '../src/auth/login-throttle';
import { loadConfig } from '../src/config';
import { silentLogger } from '../src/logger';
import { startServer } from '../src/server';
import {
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  createAdminUser,
  Login,
  login,
  Me,
  ok,
  openTestDatabase,
  post,
  startTestServer,
  uniqueEmail,
  type TestServer,
} from './support';

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

describe('login', () => {
  test('returns a session token that works, for the email in any case and with spaces', async () => {
    const data = ok(await login(t, `  ${ADMIN_EMAIL.toUpperCase()} `, ADMIN_PASSWORD));
    expect(data.login.errors).toEqual([]);
    expect(data.login.token).toMatch(/^cgw_[A-Za-z0-9_-]{43}$/);
    expect(new Date(data.login.expiresAt!).getTime()).toBeGreaterThan(Date.now() + 11 * 3600_000);
    const me = ok(await t.gql(Me, {}, { token: data.login.token }));
    expect(me.me).toMatchObject({ kind: 'SESSION', scopes: ['admin'], adminUser: { email: ADMIN_EMAIL } });
  });

  test('unknown email, wrong password, inactive user and a password past 72 bytes fail alike', async () => {
    const inactive = await createAdminUser(t, { scopes: ['admin'], isActive: false });
    const long = await createAdminUser(t, { scopes: ['customers:read'], password: 'p'.repeat(72) });
    const attempts = [
      await login(t, uniqueEmail('nobody'), ADMIN_PASSWORD),
      await login(t, ADMIN_EMAIL, 'wrong-password'),
      await login(t, inactive.email, inactive.password),
      // bcrypt reads 72 bytes: anything after them must not be ignored.
      await login(t, long.email, `${long.password}extra`),
      await login(t, '%', ADMIN_PASSWORD),
    ];
    for (const response of attempts) {
      expect(ok(response).login).toEqual({
        token: null,
        expiresAt: null,
        adminUser: null,
        errors: [{ code: 'INVALID_CREDENTIALS', field: ['email'], message: 'Email or password is wrong' }],
      });
    }
    expect(ok(await login(t, long.email, long.password)).login.token).toBeTruthy();
  });

  test('takes the same time whether or not the user exists (or is active)', async () => {
    const inactive = await createAdminUser(t, { scopes: ['admin'], isActive: false });
    const samples: Record<string, number[]> = { unknown: [], wrongPassword: [], inactive: [] };
    const time = async (kind: string, email: string, password: string) => {
      const started = process.hrtime.bigint();
      await login(t, email, password);
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
    const results = await Promise.all(Array.from({ length: 20 }, () => login(t, uniqueEmail('rush'), 'guess')));
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
        const response = await post(second.url, { query: Login.toString(), variables: { e: email, p: password } });
        expect(response.body.data.login.token).toBeTruthy();
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
    const { status, response, body } = await post(
      limited.url,
      { query: Login.toString(), variables: { e: email, p: password } },
      { headers: { 'x-forwarded-for': from } },
    );
    return { status, retryAfter: response.headers.get('retry-after'), body };
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
    await login(t, uniqueEmail('spoof'), 'guess', { 'x-forwarded-for': '192.0.2.77' });
    const keys = (await t.db.sql.query<{ key: string }>(`SELECT "key" FROM "LoginThrottle" WHERE "key" LIKE 'addr:%'`)).map((r) => r.key);
    expect(keys).toContain('addr:127.0.0.1');
    expect(keys).not.toContain('addr:192.0.2.77');
  });
});
