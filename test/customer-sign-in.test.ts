import { CreateCustomer } from './support/documents';
import { ADMIN_EMAIL, ADMIN_PASSWORD, ok, startTestServer, uniqueEmail, type TestServer } from './support/test-server';

/** Imported hashes with known passwords (published vectors; see src/auth/password-schemes.test.ts). */
const MAGENTO_ARGON = {
  password: 'Password123',
  hash: 'a5dab5e8d38327ff79ca3d812fd00aad7d88bca36213d86e16de1d8263064c9e:lx9bJ7pfVZ6KctmX0jEuEXcGBFOYusWc:3_32_2_67108864',
};
const FORMATS: [label: string, password: string, hash: string][] = [
  ['Magento Argon2id 3_32_2_67108864', MAGENTO_ARGON.password, MAGENTO_ARGON.hash],
  ['Magento md5 upgraded with Argon2id (0:2)', 'password', '55c80bb3dee3b8205e9b0510d3966917a1b70d55c6220ce056b049e931f81e20:salt:0:2'],
  ['Magento sha256 (1)', 'password', '13601bda4ea78e55a07b98866d2be6be0744e3866f13c00c811cab608a28f322:salt:1'],
  [
    'Medusa v1 scrypt-kdf',
    'medusa-v1-secret',
    'c2NyeXB0AAEAAAABAAAAAY+aIlaFplq9RMLkUahCgsdhy070HIUQxun01MEhSOIesOvgdh/08EKLtLl5KRpZNf5FIZvoacINeCp97GSiUr4FkFeBM8FltRsmF1assHzt',
  ],
  [
    'Medusa v2 scrypt-kdf',
    'medusa-v2-secret',
    'c2NyeXB0AA8AAAAIAAAAAZ3Yc0GSA/plhW9C9gnNJPLAcT4aacweRrTj+SIuwrlaNNm9jGWQwlW0XizI1AFZ9wqY+aIWYOPiPZKgC5XbxcEr/FAiZm0qoks6kN/jxA6n',
  ],
  ['bcrypt $2y$ (PHP)', 'bcrypt-secret', '$2y$04$CO9ac/tAOzl2DI/lgbkjd.SYKybnyyO8cOmIA6aVjRQa85an1Yg2G'],
];

const AUTHENTICATE = `mutation Authenticate($email: String!, $password: String!, $websiteId: Int, $shopper: String) {
  authenticateCustomer(email: $email, password: $password, websiteId: $websiteId, shopperAddress: $shopper) {
    customer { id email hasAccount version updatedAt } errors { code field message } } }`;

let t: TestServer;
beforeAll(async () => {
  // Low limits so the throttle tests stay short; every test signs in from its own shopper address.
  t = await startTestServer({ LOGIN_MAX_ATTEMPTS_PER_EMAIL: '3', LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '6' });
});
afterAll(() => t.stop());

let shopper = 0;
/** A documentation address (TEST-NET-3) of its own for each caller, so address counters never meet. */
const newShopper = () => `203.0.113.${++shopper}`;

async function authenticate(email: string, password: string, options: { websiteId?: number; shopper?: string } = {}) {
  const response = await t.gql(AUTHENTICATE, { email, password, websiteId: options.websiteId, shopper: options.shopper ?? newShopper() });
  return response.errors ? response : ok(response).authenticateCustomer;
}
async function storedHash(id: string) {
  return (await t.db.prisma.customer.findUniqueOrThrow({ where: { id } })).passwordHash!;
}

async function create(input: Record<string, unknown>) {
  return ok(await t.gql(CreateCustomer.toString(), { input })).createCustomer;
}

describe('createCustomer with passwordHash', () => {
  test('an imported hash registers the customer and is stored as given, never readable', async () => {
    const { customer, errors } = await create({ email: uniqueEmail('imported'), passwordHash: MAGENTO_ARGON.hash });
    expect(errors).toEqual([]);
    expect(customer.hasAccount).toBe(true);
    expect(JSON.stringify(customer)).not.toContain(MAGENTO_ARGON.hash.slice(0, 20));
    const row = await t.db.prisma.customer.findUniqueOrThrow({ where: { id: customer.id } });
    expect(row.passwordHash).toBe(MAGENTO_ARGON.hash);
    // The schema has no field that could read it.
    const read = await t.gql(`query($id: ID!) { customer(id: $id) { passwordHash } }`, { id: customer.id });
    expect(read.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  test.each([
    ['a plain password', 'secret-password'],
    ['a truncated Magento hash', MAGENTO_ARGON.hash.slice(1)],
    ['an unknown Magento version', '67a1e09bb1f83f5007dc119c14d663aa:salt:9'],
    ['an over-costly bcrypt', `$2b$31$${'a'.repeat(53)}`],
  ])('%s is INVALID at input.passwordHash and nothing is written', async (_label, passwordHash) => {
    const email = uniqueEmail('bad-hash');
    const { customer, errors } = await create({ email, passwordHash });
    expect(customer).toBeNull();
    expect(errors).toEqual([expect.objectContaining({ code: 'INVALID', field: ['input', 'passwordHash'] })]);
    expect(errors[0].message).not.toContain(passwordHash);
    expect(await t.db.prisma.customer.count({ where: { email } })).toBe(0);
  });

  test('password and passwordHash together are refused', async () => {
    const { errors } = await create({ email: uniqueEmail('both'), password: 'secret-password', passwordHash: MAGENTO_ARGON.hash });
    expect(errors).toEqual([expect.objectContaining({ code: 'INVALID', field: ['input', 'passwordHash'] })]);
  });
});

describe('authenticateCustomer', () => {
  test.each(FORMATS)('%s: the password signs in, then the hash is bcrypt and still signs in', async (_label, password, hash) => {
    const email = uniqueEmail('sign-in');
    const { customer: created } = await create({ email, passwordHash: hash, firstName: 'Imported' });
    const shopperAddress = newShopper();

    const wrong = await authenticate(email, `${password}!`, { shopper: shopperAddress });
    expect(wrong).toEqual({ customer: null, errors: [expect.objectContaining({ code: 'INVALID_CREDENTIALS', field: ['email'] })] });
    expect(await storedHash(created.id)).toBe(hash);

    const first = await authenticate(email.toUpperCase(), password, { shopper: shopperAddress });
    expect(first.errors).toEqual([]);
    expect(first.customer).toMatchObject({ id: created.id, hasAccount: true, version: created.version, updatedAt: created.updatedAt });
    const rehashed = await storedHash(created.id);
    // bcrypt at the configured cost (BCRYPT_COST 4 in tests); a bcrypt hash of that cost stays as it is.
    if (hash.startsWith('$2y$04$')) expect(rehashed).toBe(hash);
    else expect(rehashed).toMatch(/^\$2b\$04\$/);

    const second = await authenticate(email, password, { shopper: shopperAddress });
    expect(second.errors).toEqual([]);
    expect(await storedHash(created.id)).toBe(rehashed);
    expect((await authenticate(email, `${password}!`, { shopper: shopperAddress })).errors[0].code).toBe('INVALID_CREDENTIALS');
  });

  test('a password set with createCustomer signs in and is not rehashed', async () => {
    const email = uniqueEmail('native');
    const { customer } = await create({ email, password: 'native-password' });
    const hash = await storedHash(customer.id);
    expect((await authenticate(email, 'native-password')).customer.id).toBe(customer.id);
    expect(await storedHash(customer.id)).toBe(hash);
  });

  test('unknown email, guest and soft-deleted customer are INVALID_CREDENTIALS alike', async () => {
    const refused = { customer: null, errors: [{ code: 'INVALID_CREDENTIALS', field: ['email'], message: 'Email or password is wrong' }] };
    expect(await authenticate(uniqueEmail('nobody'), 'whatever-password')).toEqual(refused);

    const guestEmail = uniqueEmail('guest');
    await create({ email: guestEmail });
    expect(await authenticate(guestEmail, 'whatever-password')).toEqual(refused);

    const deletedEmail = uniqueEmail('deleted');
    const { customer } = await create({ email: deletedEmail, passwordHash: FORMATS[2][2] });
    ok(await t.gql(`mutation($id: ID!) { deleteCustomer(id: $id) { errors { code } } }`, { id: customer.id }));
    expect(await authenticate(deletedEmail, 'password')).toEqual(refused);
    expect(await storedHash(customer.id)).toBe(FORMATS[2][2]);
  });

  test('websiteId picks the account of that website', async () => {
    const email = uniqueEmail('two-sites');
    const one = (await create({ email, websiteId: 1, passwordHash: FORMATS[2][2] })).customer;
    const two = (await create({ email, websiteId: 2, password: 'second-site-password' })).customer;
    const shopperAddress = newShopper();
    expect((await authenticate(email, 'password', { websiteId: 1, shopper: shopperAddress })).customer.id).toBe(one.id);
    expect((await authenticate(email, 'second-site-password', { websiteId: 2, shopper: shopperAddress })).customer.id).toBe(two.id);
    expect((await authenticate(email, 'password', { websiteId: 2, shopper: shopperAddress })).errors[0].code).toBe('INVALID_CREDENTIALS');
  });

  test('throttled per email: the next attempt is RATE_LIMITED even with the right password; admin login is not', async () => {
    // The admin's own email as a customer's: customer sign-in counters are kept apart from login's.
    const { customer } = await create({ email: ADMIN_EMAIL, passwordHash: FORMATS[2][2] });
    for (let i = 0; i < 3; i++) expect((await authenticate(ADMIN_EMAIL, 'wrong-password')).errors[0].code).toBe('INVALID_CREDENTIALS');
    const limited = await authenticate(ADMIN_EMAIL, 'password');
    expect(limited.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(await storedHash(customer.id)).toBe(FORMATS[2][2]);
    const login = await t.gql(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, {
      e: ADMIN_EMAIL,
      p: ADMIN_PASSWORD,
    });
    expect(ok(login).login.token).toBeTruthy();
  });

  test('throttled per shopper address, whatever the email', async () => {
    const shopperAddress = newShopper();
    for (let i = 0; i < 6; i++) {
      expect((await authenticate(uniqueEmail('spray'), 'wrong-password', { shopper: shopperAddress })).errors[0].code).toBe(
        'INVALID_CREDENTIALS',
      );
    }
    const limited = await authenticate(uniqueEmail('spray'), 'wrong-password', { shopper: shopperAddress });
    expect(limited.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect((await authenticate(uniqueEmail('other'), 'wrong-password')).errors[0].code).toBe('INVALID_CREDENTIALS');
  });

  test('a shopperAddress that is no IP address is INVALID', async () => {
    const result = await authenticate(uniqueEmail('x'), 'whatever-password', { shopper: 'not-an-ip' });
    expect(result.errors).toEqual([expect.objectContaining({ code: 'INVALID', field: ['shopperAddress'] })]);
  });
});
