import { seed } from '../src/seed/seed';
import { graphql, ok, startTestServer, type TestServer } from './support';

const SeededCustomers = graphql(`
  query SeededCustomers {
    customers(limit: 3, q: "first-1") {
      count
      items {
        email
        firstName
        groups {
          name
        }
        primaryGroup {
          name
        }
        addresses {
          label
          city
          countryCode
          isDefaultBilling
        }
      }
    }
  }
`);

const LiveCountOne = graphql(`
  query LiveCountOne {
    customers(limit: 1) {
      count
    }
  }
`);

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.stop());

async function count(sql: string): Promise<number> {
  const [row] = await t.db.sql.query<{ n: string | number }>(sql);
  return Number(row.n);
}

test('seeds customers with two addresses and one group each, reporting progress', async () => {
  const progress: [number, number][] = [];
  const result = await seed(t.db, {
    customers: 200,
    groups: 5,
    batchSize: 64,
    runTag: 'first',
    onProgress: (done, total) => progress.push([done, total]),
  });
  expect(result).toMatchObject({ runTag: 'first', customers: 200, addresses: 400, groups: 5 });
  expect(progress).toEqual([
    [64, 200],
    [128, 200],
    [192, 200],
    [200, 200],
  ]);

  expect(await count(`SELECT count(*) AS n FROM "Customer" WHERE metadata->>'seedRun' = 'first'`)).toBe(200);
  expect(await count(`SELECT count(*) AS n FROM "CustomerGroup" WHERE metadata->>'source' = 'seed'`)).toBe(5);
  expect(
    await count(`SELECT count(*) AS n FROM "Address" a JOIN "Customer" c ON c.id = a."customerId" WHERE c.metadata->>'seedRun' = 'first'`),
  ).toBe(400);
  // Exactly one default billing and shipping address, and one group that is also the primary group.
  expect(
    await count(`SELECT count(*) AS n FROM "Customer" c WHERE c.metadata->>'seedRun' = 'first' AND
      (SELECT count(*) FROM "Address" a WHERE a."customerId" = c.id AND a."isDefaultBilling" AND a."isDefaultShipping") = 1 AND
      (SELECT count(*) FROM "CustomerGroupMember" m WHERE m."customerId" = c.id AND m."groupId" = c."primaryGroupId") = 1`),
  ).toBe(200);
  // Every group gets its share; some customers are registered, some guests.
  expect(await count(`SELECT count(DISTINCT "primaryGroupId") AS n FROM "Customer" WHERE metadata->>'seedRun' = 'first'`)).toBe(5);
  const registered = await count(`SELECT count(*) AS n FROM "Customer" WHERE "hasAccount" AND metadata->>'seedRun' = 'first'`);
  expect(registered).toBeGreaterThan(40);
  expect(registered).toBeLessThan(160);
});

test('the API serves seeded customers, and the O(1) count agrees', async () => {
  const data = ok(await t.gql(SeededCustomers));
  expect(data.customers.count).toBeGreaterThan(0);
  for (const customer of data.customers.items) {
    expect(customer.email).toMatch(/^[a-z0-9]+\.[a-z0-9]+\.first-\d+@example\.com$/);
    expect(customer.groups).toEqual([customer.primaryGroup]);
    expect(customer.addresses.map((a) => a.label).sort()).toEqual(['Home', 'Work']);
    expect(customer.addresses.find((a) => a.isDefaultBilling)!.countryCode).toMatch(/^[A-Z]{2}$/);
  }
  const all = ok(await t.gql(LiveCountOne));
  expect(all.customers.count).toBe(await count('SELECT count(*) AS n FROM "Customer" WHERE "deletedAt" IS NULL'));
});

test('seeding again adds customers and reuses the groups', async () => {
  await seed(t.db, { customers: 50, groups: 5, runTag: 'second' });
  expect(await count(`SELECT count(*) AS n FROM "Customer" WHERE metadata->>'seedRun' IN ('first', 'second')`)).toBe(250);
  expect(await count(`SELECT count(*) AS n FROM "CustomerGroup" WHERE metadata->>'source' = 'seed'`)).toBe(5);
  expect(ok(await t.gql(LiveCountOne)).customers.count).toBe(await count('SELECT count(*) AS n FROM "Customer" WHERE "deletedAt" IS NULL'));
});

test('the same index gives the same person in every run (deterministic data)', async () => {
  const rows = await t.db.sql.query<{ email: string; firstName: string; lastName: string }>(
    `SELECT email, "firstName", "lastName" FROM "Customer" WHERE email LIKE '%.first-7@example.com' OR email LIKE '%.second-7@example.com' ORDER BY email`,
  );
  expect(rows).toHaveLength(2);
  expect(rows[0].firstName).toBe(rows[1].firstName);
  expect(rows[0].lastName).toBe(rows[1].lastName);
});
