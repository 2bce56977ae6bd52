import type { ApolloClient } from '@apollo/client';
import { createGatewayClient } from '../client/apollo';
import {
  CreateCustomerDocument,
  CustomersConnectionDocument,
  CustomersPageDocument,
  UpdateCustomerDocument,
} from '../client/generated/graphql';
import { startTestServer, type TestServer } from './support';

let t: TestServer;
let client: ApolloClient;
let requests = 0;
const tag = `apollo${Date.now().toString(36)}`;
const emails = ['ada', 'grace', 'alan', 'edsger', 'barbara'].map((name) => `${name}.${tag}@example.com`);

beforeAll(async () => {
  t = await startTestServer();
  const counting: typeof fetch = (input, init) => {
    requests += 1;
    return fetch(input, init);
  };
  client = createGatewayClient({ uri: t.url, token: t.token, fetch: counting });
});
afterAll(async () => {
  client?.stop();
  await t.stop();
});

test('creates customers through typed mutations', async () => {
  for (const email of emails) {
    const { data } = await client.mutate({
      mutation: CreateCustomerDocument,
      variables: { input: { email, firstName: email.split('.')[0] } },
    });
    expect(data!.createCustomer.errors).toEqual([]);
    expect(data!.createCustomer.customer).toMatchObject({ email, hasAccount: false, version: 1 });
  }
});

test('pages through customers by offset, and by cursor', async () => {
  const seen: string[] = [];
  for (let offset = 0; ; offset += 2) {
    const { data } = await client.query({
      query: CustomersPageDocument,
      variables: { limit: 2, offset, q: tag, sort: [{ field: 'EMAIL', direction: 'ASC' }] },
    });
    const page = data!.customers;
    expect(page.count).toBe(5);
    seen.push(...page.items.map((c) => c.email));
    if (page.items.length < 2) break;
  }
  expect(seen).toEqual([...emails].sort());

  const viaCursor: string[] = [];
  const pageAfter = async (after: string | null) =>
    (await client.query({ query: CustomersConnectionDocument, variables: { first: 2, after, q: tag } })).data!.customersConnection;
  for (let page = await pageAfter(null); ; page = await pageAfter(page.pageInfo.endCursor)) {
    expect(page.totalCount).toBe(5);
    viaCursor.push(...page.edges.map((edge) => edge.node.email));
    if (!page.pageInfo.hasNextPage) break;
  }
  expect([...viaCursor].sort()).toEqual([...emails].sort());
});

test('reads user errors from the payload (data, not a thrown error)', async () => {
  const taken = await client.mutate({ mutation: CreateCustomerDocument, variables: { input: { email: emails[0].toUpperCase() } } });
  expect(taken.error).toBeUndefined();
  expect(taken.data!.createCustomer.customer).toBeNull();
  expect(taken.data!.createCustomer.errors).toEqual([expect.objectContaining({ code: 'EMAIL_TAKEN', field: ['input', 'email'] })]);

  const invalid = await client.mutate({
    mutation: CreateCustomerDocument,
    variables: { input: { email: 'not-an-email', password: 'short' } },
  });
  const codes = invalid.data!.createCustomer.errors.map((e) => `${e.field.join('.')}:${e.code}`);
  expect(codes).toEqual(expect.arrayContaining(['input.email:INVALID', 'input.password:TOO_SHORT']));
});

test('an update lands in the normalized cache: a list read earlier shows it without a refetch', async () => {
  const variables = { limit: 10, offset: 0, q: tag, sort: [{ field: 'EMAIL' as const, direction: 'ASC' as const }] };
  const before = (await client.query({ query: CustomersPageDocument, variables, fetchPolicy: 'network-only' })).data!.customers.items;
  const grace = before.find((c) => c.email.startsWith('grace'))!;
  expect(client.cache.identify({ __typename: 'Customer', id: grace.id })).toBe(`Customer:${grace.id}`);

  const updated = await client.mutate({ mutation: UpdateCustomerDocument, variables: { id: grace.id, input: { lastName: 'Hopper' } } });
  expect(updated.data!.updateCustomer.errors).toEqual([]);
  expect(updated.data!.updateCustomer.customer).toMatchObject({ id: grace.id, lastName: 'Hopper', version: 2 });

  const sent = requests;
  const after = await client.query({ query: CustomersPageDocument, variables, fetchPolicy: 'cache-only' });
  expect(requests).toBe(sent); // answered by the cache
  const cached = after.data!.customers.items.find((c) => c.id === grace.id)!;
  expect(cached).toMatchObject({ lastName: 'Hopper', version: 2 });
  expect(
    client.readQuery({ query: CustomersPageDocument, variables })!.customers.items.filter((c) => c.lastName === 'Hopper'),
  ).toHaveLength(1);
});

test('a missing or wrong token is an UNAUTHENTICATED GraphQL error', async () => {
  const anonymous = createGatewayClient({ uri: t.url });
  try {
    const result = await anonymous.query({ query: CustomersPageDocument, variables: { limit: 1, offset: 0 }, errorPolicy: 'all' });
    expect(result.error?.message).toMatch(/./);
    expect((result.error as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  } finally {
    anonymous.stop();
  }
});
