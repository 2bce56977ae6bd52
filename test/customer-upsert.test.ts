import { ok, startTestServer, uniqueEmail, type TestServer } from './support/test-server';

const UPSERT = `mutation Upsert($input: [UpsertCustomerInput!]!, $matchBy: CustomerMatchField) {
  upsertCustomers(input: $input, matchBy: $matchBy) {
    results { index status customer { id email firstName version metadata groups { id } addresses { id city isDefaultBilling } }
              errors { code field message } } } }`;
const MAGENTO_MD5 = '67a1e09bb1f83f5007dc119c14d663aa:salt:0';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
  await t.db.prisma.customerGroup.create({ data: { id: 'upsert-vip', name: 'Upsert VIP' } });
});
afterAll(() => t.stop());

async function upsert(input: Record<string, unknown>[], matchBy?: string) {
  return ok(await t.gql(UPSERT, { input, matchBy })).upsertCustomers.results;
}

const item = (email: string, extra: Record<string, unknown> = {}) => ({
  email,
  firstName: 'Ada',
  metadata: { source: 'magento' },
  groupIds: ['upsert-vip'],
  passwordHash: MAGENTO_MD5,
  addresses: [{ street: ['1 Main St'], city: 'Lyon', countryCode: 'fr', isDefaultBilling: true }],
  ...extra,
});

test('CREATED, then UNCHANGED on a re-run (no version bump), UPDATED when something differs', async () => {
  const emails = [uniqueEmail('up-a'), uniqueEmail('up-b')];
  const first = await upsert(emails.map((e) => item(e)));
  expect(first.map((r: any) => [r.index, r.status, r.errors])).toEqual([
    [0, 'CREATED', []],
    [1, 'CREATED', []],
  ]);
  expect(first[0].customer).toMatchObject({ firstName: 'Ada', version: 1, groups: [{ id: 'upsert-vip' }] });
  expect(first[0].customer.addresses).toMatchObject([{ city: 'Lyon', isDefaultBilling: true }]);

  // The same input again, the email in another case: nothing is written.
  const again = await upsert([item(emails[0].toUpperCase()), item(emails[1])]);
  expect(again.map((r: any) => r.status)).toEqual(['UNCHANGED', 'UNCHANGED']);
  expect(again.map((r: any) => r.customer.version)).toEqual([1, 1]);
  expect(again[0].customer.addresses[0].id).toBe(first[0].customer.addresses[0].id);

  const changed = await upsert([item(emails[0], { firstName: 'Grace', metadata: { tier: 'gold' } }), item(emails[1])]);
  expect(changed.map((r: any) => r.status)).toEqual(['UPDATED', 'UNCHANGED']);
  expect(changed[0].customer).toMatchObject({ firstName: 'Grace', version: 2, metadata: { source: 'magento', tier: 'gold' } });
});

test('a re-import after sign-in rehashed the password is UNCHANGED and keeps the bcrypt hash', async () => {
  const email = uniqueEmail('up-rehash');
  const [created] = await upsert([item(email)]);
  const signIn = await t.gql(`mutation($e: String!) { authenticateCustomer(email: $e, password: "password") { errors { code } } }`, {
    e: email,
  });
  expect(ok(signIn).authenticateCustomer.errors).toEqual([]);
  const rehashed = (await t.db.prisma.customer.findUniqueOrThrow({ where: { id: created.customer.id } })).passwordHash;
  expect(rehashed).toMatch(/^\$2b\$/);
  expect((await upsert([item(email)]))[0].status).toBe('UNCHANGED');
  expect((await t.db.prisma.customer.findUniqueOrThrow({ where: { id: created.customer.id } })).passwordHash).toBe(rehashed);
});

test('a failed item writes none of its parts; the others are written', async () => {
  const good = uniqueEmail('up-good');
  const bad = uniqueEmail('up-bad');
  const results = await upsert([
    item(good),
    // Valid on its own, refused in the transaction (unknown group) after the customer row was inserted.
    item(bad, { groupIds: ['no-such-group'] }),
    item(uniqueEmail('up-bad-hash'), { passwordHash: 'not-a-hash' }),
  ]);
  expect(results.map((r: any) => r.status)).toEqual(['CREATED', 'FAILED', 'FAILED']);
  expect(results[1]).toMatchObject({ customer: null, errors: [{ code: 'NOT_FOUND', field: ['input', '1', 'groupIds', '0'] }] });
  expect(results[2].errors).toEqual([expect.objectContaining({ code: 'INVALID', field: ['input', '2', 'passwordHash'] })]);
  expect(await t.db.prisma.customer.count({ where: { email: bad } })).toBe(0);
  expect(await t.db.prisma.address.count({ where: { customer: { email: bad } } })).toBe(0);
  expect(await t.db.prisma.customer.count({ where: { email: good } })).toBe(1);
});

test('an update that fails leaves the customer as it was', async () => {
  const email = uniqueEmail('up-keep');
  const [created] = await upsert([item(email)]);
  const [failed] = await upsert([item(email, { firstName: 'Changed', addresses: [], groupIds: ['no-such-group'] })]);
  expect(failed.status).toBe('FAILED');
  const row = await t.db.prisma.customer.findUniqueOrThrow({ where: { id: created.customer.id }, include: { addresses: true } });
  expect([row.firstName, row.version, row.addresses.length]).toEqual(['Ada', 1, 1]);
});

test('matchBy ID and EXTERNAL_ID; an item without its key, or listed twice, FAILS', async () => {
  const email = uniqueEmail('up-ext');
  const ext = { externalSource: 'magento', externalId: `m-${email}` };
  const [created] = await upsert([item(email, ext)], 'EXTERNAL_ID');
  expect(created.status).toBe('CREATED');
  const byExt = await upsert([item(uniqueEmail('up-ext-new'), { ...ext, firstName: 'Renamed' })], 'EXTERNAL_ID');
  // A guest's email may change; this one is registered (passwordHash), so the email change is refused.
  expect(byExt[0]).toMatchObject({ status: 'FAILED', errors: [{ code: 'EMAIL_IMMUTABLE', field: ['input', '0', 'email'] }] });
  const byId = await upsert([item(email, { id: created.customer.id, firstName: 'ById' })], 'ID');
  expect(byId[0]).toMatchObject({ status: 'UPDATED', customer: { id: created.customer.id, firstName: 'ById' } });

  const results = await upsert([item(uniqueEmail('up-noid')), item(email), item(email.toUpperCase())], 'ID');
  expect(results[0].errors).toEqual([expect.objectContaining({ code: 'REQUIRED', field: ['input', '0', 'id'] })]);
  const twice = await upsert([item(email), item(email.toUpperCase())]);
  expect(twice.map((r: any) => r.status)).toEqual(['UPDATED', 'FAILED']);
  expect(twice[1].errors[0]).toMatchObject({ code: 'INVALID', field: ['input', '1'] });
});

test('more than 1,000 items is refused before anything is written', async () => {
  const input = Array.from({ length: 1001 }, (_, i) => ({ email: `bulk.${i}@example.com` }));
  const response = await t.gql(UPSERT, { input });
  expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(await t.db.prisma.customer.count({ where: { email: 'bulk.0@example.com' } })).toBe(0);
});
