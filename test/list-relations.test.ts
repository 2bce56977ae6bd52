import { graphql, ok, startTestServer, statementsFor, uniqueEmail, type TestServer } from './support';

/**
 * The performance contract: a list page costs one statement for the page
 * and one per relation (groups, addresses), whatever its size; and the
 * relations come back live-only and in their documented order.
 */
const CreateCustomerInGroups = graphql(`
  mutation CreateCustomerInGroups($i: CreateCustomerInput!) {
    createCustomer(input: $i) {
      customer {
        id
      }
      errors {
        code
      }
    }
  }
`);

let t: TestServer;
const ids: string[] = [];
const tag = `rel${Date.now().toString(36)}`;

beforeAll(async () => {
  t = await startTestServer();
  const groups = [`${tag}-b`, `${tag}-a`, `${tag}-gone`];
  for (const [i, id] of groups.entries()) {
    await t.db.prisma.customerGroup.create({ data: { id, name: `${tag} ${['Beta', 'Alpha', 'Gone'][i]}` } });
  }
  for (let i = 0; i < 6; i++) {
    const created = ok(
      await t.gql(CreateCustomerInGroups, {
        i: { email: uniqueEmail(tag), groupIds: groups },
      }),
    ).createCustomer;
    expect(created.errors).toEqual([]);
    ids.push(created.customer!.id);
    for (const [k, label] of ['Home', 'Work'].entries()) {
      await t.db.prisma.address.create({
        data: {
          customerId: created.customer!.id,
          label,
          countryCode: 'DE',
          isDefaultBilling: k === 1,
          street: ['1 Main St', `Floor ${k}`],
          regionCode: 'BE',
          metadata: { k },
          createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, k)),
        },
      });
    }
  }
  await t.db.prisma.customerGroup.update({ where: { id: `${tag}-gone` }, data: { deletedAt: new Date() } });
});
afterAll(() => t.stop());

const PAGE = `query($ids: [ID!]!, $limit: Int!) { customers(limit: $limit, filter: { ids: $ids }) {
  items { id groups { id name } addresses { label isDefaultBilling street region { code } metadata createdAt } } } }`;
const IDS_ONLY = `query($ids: [ID!]!, $limit: Int!) { customers(limit: $limit, filter: { ids: $ids }) { items { id } } }`;

/** Statements beyond authentication (a verified token's cache entry may expire between requests on a busy machine). */
async function statements(query: string, limit: number): Promise<number> {
  return (await statementsFor(t, query, { ids, limit })).statements;
}

test('groups and addresses come in the page statement: no statement more, for 2 rows as for 6', async () => {
  const small = await statements(PAGE, 2);
  const large = await statements(PAGE, 6);
  expect(large).toBe(small);
  expect(small - (await statements(IDS_ONLY, 2))).toBe(0);
});

test('groups are live ones by name; addresses oldest first', async () => {
  const { items } = ok(await t.gql(PAGE, { ids, limit: 6 })).customers;
  expect(items).toHaveLength(6);
  for (const item of items) {
    expect(item.groups.map((g: { id: string }) => g.id)).toEqual([`${tag}-a`, `${tag}-b`]);
    expect(item.addresses).toEqual([
      {
        label: 'Home',
        isDefaultBilling: false,
        street: ['1 Main St', 'Floor 0'],
        region: { code: 'BE' },
        metadata: { k: 0 },
        createdAt: '2026-01-01T00:00:00.000Z',
      },
      {
        label: 'Work',
        isDefaultBilling: true,
        street: ['1 Main St', 'Floor 1'],
        region: { code: 'BE' },
        metadata: { k: 1 },
        createdAt: '2026-01-01T00:00:01.000Z',
      },
    ]);
  }
});

test('a page fetching only the selected relation columns leaves whole rows to the rest of the request', async () => {
  // The page's addresses and groups are plain columns (only those are fetched); the same customer's
  // relations asked again beside it, with more fields, still come whole.
  const query = `query($ids: [ID!]!, $id: ID!) {
    customers(limit: 6, filter: { ids: $ids }) { items { id groups { name } addresses { street createdAt __typename } } }
    customer(id: $id) { groups { id name code } addresses { label region { code } metadata updatedAt } } }`;
  const data = ok(await t.gql(query, { ids, id: ids[0] }));
  for (const item of data.customers.items) {
    expect(item.groups).toEqual([{ name: `${tag} Alpha` }, { name: `${tag} Beta` }]);
    expect(item.addresses).toEqual([
      { street: ['1 Main St', 'Floor 0'], createdAt: '2026-01-01T00:00:00.000Z', __typename: 'Address' },
      { street: ['1 Main St', 'Floor 1'], createdAt: '2026-01-01T00:00:01.000Z', __typename: 'Address' },
    ]);
  }
  expect(data.customer.groups).toEqual([
    { id: `${tag}-a`, name: `${tag} Alpha`, code: null },
    { id: `${tag}-b`, name: `${tag} Beta`, code: null },
  ]);
  expect(data.customer.addresses).toEqual([
    { label: 'Home', region: { code: 'BE' }, metadata: { k: 0 }, updatedAt: expect.any(String) },
    { label: 'Work', region: { code: 'BE' }, metadata: { k: 1 }, updatedAt: expect.any(String) },
  ]);
});
