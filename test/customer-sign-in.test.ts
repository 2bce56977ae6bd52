import { CREATE_CUSTOMER } from './support/documents';
import { ok, startTestServer, uniqueEmail, type TestServer } from './support/test-server';

/** Imported hashes with known passwords (published vectors; see src/auth/password-schemes.test.ts). */
const MAGENTO_ARGON = {
  password: 'Password123',
  hash: 'a5dab5e8d38327ff79ca3d812fd00aad7d88bca36213d86e16de1d8263064c9e:lx9bJ7pfVZ6KctmX0jEuEXcGBFOYusWc:3_32_2_67108864',
};

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.stop());

async function create(input: Record<string, unknown>) {
  return ok(await t.gql(CREATE_CUSTOMER, { input })).createCustomer;
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
