import { ok, startTestServer, uniqueEmail, type TestServer } from './support/test-server';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.stop());

test('creates and reads a customer over HTTP', async () => {
  const email = uniqueEmail();
  const created = ok(await t.gql(`mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { customer { id email } errors { code } } }`, { i: { email } }));
  expect(created.createCustomer.errors).toEqual([]);
  const read = ok(await t.gql(`query($id: ID!) { customer(id: $id) { email } }`, { id: created.createCustomer.customer.id }));
  expect(read.customer.email).toBe(email);
});
