import { statementsFor, ok, startTestServer, type TestServer } from './support';

let t: TestServer;
const WEBSITE = 42;

beforeAll(async () => {
  t = await startTestServer();
  // 500 customers on a website of their own, each with a primary group (also a
  // member), a second group for two thirds of them, and two addresses (billing, shipping).
  await t.db.sql.exec(`
    INSERT INTO "CustomerGroup" ("id", "name") VALUES ('np-g1', 'NP one'), ('np-g2', 'NP two'), ('np-g3', 'NP three');
    INSERT INTO "Customer" ("id", "email", "firstName", "websiteId", "primaryGroupId", "createdAt")
      SELECT 'np-' || g, 'np' || g || '@np.test', 'N' || g, ${WEBSITE}, 'np-g' || (g % 3 + 1), now() - g * interval '1 second'
      FROM generate_series(1, 500) g;
    INSERT INTO "CustomerGroupMember" ("customerId", "groupId") SELECT 'np-' || g, 'np-g' || (g % 3 + 1) FROM generate_series(1, 500) g;
    INSERT INTO "CustomerGroupMember" ("customerId", "groupId") SELECT 'np-' || g, 'np-g1' FROM generate_series(1, 500) g WHERE g % 3 <> 0;
    INSERT INTO "Address" ("id", "customerId", "street", "city", "regionCode", "countryCode", "isDefaultBilling", "isDefaultShipping")
      SELECT 'np-a' || g || '-' || k, 'np-' || g, ARRAY['Street ' || k], 'City ' || k, 'BE', 'DE', k = 1, k = 2
      FROM generate_series(1, 500) g, generate_series(1, 2) k;`);
});
afterAll(() => t.stop());

const ITEM = `id email primaryGroup { id name } groups { id name } addresses { id street city region { code } countryCode }
  defaultBillingAddress { id city } defaultShippingAddress { id city }`;

interface Item {
  id: string;
  primaryGroup: { id: string };
  groups: { id: string }[];
  addresses: { id: string; region: { code: string } }[];
  defaultBillingAddress: { city: string };
  defaultShippingAddress: { city: string };
}

function expectComplete(items: Item[], size: number): void {
  expect(items).toHaveLength(size);
  for (const item of items) {
    expect(item.groups.map((g) => g.id)).toContain(item.primaryGroup.id);
    expect(item.addresses).toHaveLength(2);
    expect(item.addresses[0].region).toEqual({ code: 'BE' });
    expect(item.defaultBillingAddress.city).toBe('City 1');
    expect(item.defaultShippingAddress.city).toBe('City 2');
  }
}

test('a customers page with groups, addresses, defaults and primaryGroup costs the same few statements for 5, 50 or 500 rows', async () => {
  const query = `query($limit: Int) { customers(limit: $limit, filter: { websiteId: ${WEBSITE} }) { items { ${ITEM} } } }`;
  const counts: number[] = [];
  for (const size of [5, 50, 500]) {
    const { statements, data } = await statementsFor(t, query, { limit: size });
    expectComplete(data.customers.items, size);
    counts.push(statements);
  }
  // The page with its groups and addresses (defaults come from them) as JSON, then the primary groups.
  expect(counts).toEqual([2, 2, 2]);
});

test('the whole request, authentication included, stays at 6 statements', async () => {
  const before = t.db.statementCount();
  ok(await t.gql(`query { customers(limit: 50, filter: { websiteId: ${WEBSITE} }) { items { ${ITEM} } } }`));
  expect(t.db.statementCount() - before).toBeLessThanOrEqual(6);
});

test('customersConnection pages cost the same, deep or not; totalCount adds a statement only when filtered beyond the counters', async () => {
  const query = (count: boolean, moreFilter = '') =>
    `query($first: Int, $after: String) { customersConnection(first: $first, after: $after, filter: { websiteId: ${WEBSITE}${moreFilter} }) {
      edges { node { ${ITEM} } } pageInfo { endCursor } ${count ? 'totalCount' : ''} } }`;
  const first = await statementsFor(t, query(false), { first: 50 });
  expectComplete(
    first.data.customersConnection.edges.map((e: { node: Item }) => e.node),
    50,
  );
  const deep = await statementsFor(t, query(false), { first: 5, after: first.data.customersConnection.pageInfo.endCursor });
  const counted = await statementsFor(t, query(true), { first: 499 });
  expect(counted.data.customersConnection.totalCount).toBe(500);
  // The whole list in one page: its length is the count.
  const whole = await statementsFor(t, query(true), { first: 500 });
  expect(whole.data.customersConnection.totalCount).toBe(500);
  // A count the counter rows cannot give (a filter beyond the website) is a statement of its own.
  const searched = await statementsFor(t, query(true, ', hasAccount: false'), { first: 499 });
  expect(searched.data.customersConnection.totalCount).toBe(500);
  // The website's count comes from its counter rows in the page's own statement.
  expect([first.statements, deep.statements, counted.statements, whole.statements, searched.statements]).toEqual([2, 2, 2, 2, 3]);
});
