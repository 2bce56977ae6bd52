import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { pageQuery, type CustomerQuery } from '../src/customers/customer-list';
import { CustomerSortField } from '../src/customers/customer.inputs';
import { SortDirection } from '../src/common/pagination';
import { createCustomer, createGroup as newGroup, graphql, ok, startTestServer, statementsFor, type TestServer } from './support';
import type { CreateCustomerInput } from './support/generated/graphql';

const DeleteListedCustomer = graphql(`
  mutation DeleteListedCustomer($id: ID!) {
    deleteCustomer(id: $id) {
      errors {
        code
      }
    }
  }
`);

const GiveSuffix = graphql(`
  mutation GiveSuffix($id: ID!) {
    updateCustomer(id: $id, input: { suffix: "Jr." }) {
      customer {
        updatedAt
      }
    }
  }
`);

const CustomersByManyIds = graphql(`
  query CustomersByManyIds($ids: [ID!]) {
    customers(filter: { ids: $ids }) {
      items {
        id
      }
    }
  }
`);

const CustomersFourSortKeys = graphql(`
  query CustomersFourSortKeys {
    customers(sort: [{ field: EMAIL }, { field: FIRST_NAME }, { field: LAST_NAME }, { field: CREATED_AT }]) {
      items {
        id
      }
    }
  }
`);

const UnfilteredTotalCount = graphql(`
  query UnfilteredTotalCount {
    customersConnection(first: 0) {
      totalCount
    }
  }
`);

const CountOnWebsite = graphql(`
  query CountOnWebsite {
    customers(limit: 0, filter: { websiteId: 7 }) {
      count
    }
  }
`);

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.stop());

/** A tag in every email of one test, so `q: tag` selects that test's customers only. */
const newTag = () => `t${randomBytes(4).toString('hex')}`;

interface Row {
  id: string;
  email: string;
  firstName: string | null;
  lastName: string | null;
  createdAt: string;
  updatedAt: string;
}
const FIELDS = 'id email firstName lastName createdAt updatedAt';

async function create(input: Partial<CreateCustomerInput>): Promise<Row> {
  return createCustomer(t, input);
}

async function createGroup(name: string): Promise<string> {
  return (await newGroup(t, { name })).id;
}

async function list(args: Record<string, unknown>): Promise<{ items: Row[]; count: number }> {
  const r = await t.gql(
    `query($limit: Int, $offset: Int, $filter: CustomerFilter, $sort: [CustomerSort!], $q: String) {
      customers(limit: $limit, offset: $offset, filter: $filter, sort: $sort, q: $q) { items { ${FIELDS} } count } }`,
    { limit: 500, ...args },
  );
  return ok(r).customers;
}

const emails = (rows: { email: string }[]) => rows.map((r) => r.email);

describe('filters and q', () => {
  const tag = newTag();
  const e = (name: string) => `${name}.${tag}@shop.test`;
  let g1: string;
  let g2: string;
  let deletedId: string;
  const made: Record<string, Row> = {};

  beforeAll(async () => {
    g1 = await createGroup(`G1 ${tag}`);
    g2 = await createGroup(`G2 ${tag}`);
    const spec: Record<string, Record<string, unknown>> = {
      ann: {
        firstName: 'Ann',
        lastName: 'Zeta',
        phone: '+49 30 1111',
        companyName: 'Alpha GmbH',
        websiteId: 1,
        storeId: 1,
        password: 'password-123',
        groupIds: [g1],
        addresses: [{ countryCode: 'DE' }],
      },
      bob: {
        firstName: 'Bob',
        lastName: 'Young',
        phone: '555-0100',
        websiteId: 1,
        storeId: 2,
        groupIds: [g1, g2],
        addresses: [{ countryCode: 'US' }, { countryCode: 'FR' }],
      },
      cara: {
        firstName: 'cara',
        lastName: 'Xavier',
        companyName: 'Beta 100% Ltd',
        websiteId: 2,
        storeId: 3,
        password: 'password-123',
        groupIds: [g2],
      },
      dan: { lastName: 'Walker', addresses: [{ countryCode: 'fr' }] },
      eve: { firstName: 'Eve', lastName: 'Vance', groupIds: [g1], addresses: [{ countryCode: 'DE' }] },
    };
    for (const [name, input] of Object.entries(spec)) made[name] = await create({ email: e(name), ...input });
    deletedId = made.eve.id;
    ok(await t.gql(DeleteListedCustomer, { id: deletedId }));
  });

  const q = (filter: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    list({ q: tag, filter, sort: [{ field: 'EMAIL', direction: 'ASC' }], ...extra });
  const names = async (filter: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    emails((await q(filter, extra)).items).map((x) => x.split('.')[0]);

  test('each filter', async () => {
    expect(await names({})).toEqual(['ann', 'bob', 'cara', 'dan']);
    expect(await names({ includeDeleted: true })).toEqual(['ann', 'bob', 'cara', 'dan', 'eve']);
    expect(await names({ ids: [made.bob.id, made.eve.id, 'nobody'] })).toEqual(['bob']);
    expect(await names({ ids: [] })).toEqual([]);
    expect(await names({ email: `  ${e('CARA').toUpperCase()} ` })).toEqual(['cara']);
    expect(await names({ name: 'ZET' })).toEqual(['ann']);
    expect(await names({ phone: '0100' })).toEqual(['bob']);
    expect(await names({ groupIds: [g1] })).toEqual(['ann', 'bob']);
    expect(await names({ groupIds: [g1], includeDeleted: true })).toEqual(['ann', 'bob', 'eve']);
    expect(await names({ groupIds: [g1, g2] })).toEqual(['ann', 'bob', 'cara']);
    expect(await names({ countryCode: 'fr' })).toEqual(['bob', 'dan']);
    expect(await names({ countryCode: 'DE', includeDeleted: true })).toEqual(['ann', 'eve']);
    expect(await names({ hasAccount: true })).toEqual(['ann', 'cara']);
    expect(await names({ hasAccount: false })).toEqual(['bob', 'dan']);
    expect(await names({ websiteId: 1 })).toEqual(['ann', 'bob']);
    expect(await names({ websiteId: 0 })).toEqual(['dan']);
    expect(await names({ storeId: 3 })).toEqual(['cara']);
    expect(await names({ websiteId: 1, hasAccount: false, countryCode: 'US', groupIds: [g2] })).toEqual(['bob']);
  });

  test('createdAt and updatedAt ranges: from inclusive, to exclusive', async () => {
    expect(await names({ createdAt: { from: made.bob.createdAt, to: made.dan.createdAt } })).toEqual(['bob', 'cara']);
    expect(await names({ createdAt: { from: made.dan.createdAt } })).toEqual(['dan']);
    expect(await names({ createdAt: { to: made.bob.createdAt } })).toEqual(['ann']);
    const touched = ok(
      await t.gql(GiveSuffix, {
        id: made.ann.id,
      }),
    );
    expect(await names({ updatedAt: { from: touched.updateCustomer.customer!.updatedAt } })).toEqual(['ann']);
    expect(await names({ updatedAt: { to: made.bob.updatedAt } })).toEqual([]);
  });

  test('q: email, names, phone and company, ignoring case, as a substring, wildcards literal', async () => {
    const search = async (text: string) =>
      emails((await list({ q: text, filter: { includeDeleted: true }, sort: [{ field: 'EMAIL' }] })).items).map((x) => x.split('.')[0]);
    expect(await search(`CARA.${tag.toUpperCase()}`)).toEqual(['cara']);
    expect(await search('alpha gmbh')).toEqual(expect.arrayContaining(['ann']));
    expect(await names({ name: 'cara' })).toEqual(['cara']);
    const inTag = async (text: string) =>
      (await list({ q: text, filter: { ids: Object.values(made).map((m) => m.id), includeDeleted: true } })).items
        .map((r) => r.email.split('.')[0])
        .sort();
    expect(await inTag('alpha')).toEqual(['ann']);
    expect(await inTag('xAVIER')).toEqual(['cara']);
    expect(await inTag('walk')).toEqual(['dan']);
    expect(await inTag('30 11')).toEqual(['ann']);
    expect(await inTag('100%')).toEqual(['cara']);
    expect(await inTag('1_0')).toEqual([]);
    expect(await inTag('ann zeta')).toEqual(['ann']);
    expect(await inTag('vance')).toEqual(['eve']);
  });

  test('count follows the filter; limit and offset page it; limit above 500 is refused', async () => {
    expect((await q({ hasAccount: false })).count).toBe(2);
    const page = await list({ q: tag, limit: 2, offset: 1, sort: [{ field: 'EMAIL' }] });
    expect(page.items.map((r) => r.email.split('.')[0])).toEqual(['bob', 'cara']);
    expect(page.count).toBe(4);
    expect((await list({ q: tag, limit: 0 })).items).toEqual([]);
    for (const args of ['limit: 501', 'limit: -1', 'offset: -5']) {
      const r = await t.gql(`query { customers(${args}) { items { id } } }`);
      expect([args, r.errors?.[0].extensions?.code]).toEqual([args, 'BAD_USER_INPUT']);
    }
    const many = await t.gql(CustomersByManyIds, {
      ids: Array.from({ length: 501 }, (_, i) => `x${i}`),
    });
    expect(many.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('sort', () => {
  const tag = newTag();
  const rows: Row[] = [];
  beforeAll(async () => {
    const people: [string | null, string | null][] = [
      ['anna', 'Smith'],
      ['Bert', 'smith'],
      [null, 'Adams'],
      ['Anna', null],
      ['carl', 'Brown'],
      ['Same', 'Same'],
      ['Same', 'Same'],
      ['Same', 'Same'],
    ];
    for (const [i, [firstName, lastName]] of people.entries()) {
      rows.push(await create({ email: `${String.fromCharCode(104 - i)}${i}.${tag}@Sort.test`, firstName, lastName }));
    }
  });

  const keyOf: Record<string, (r: Row) => string> = {
    CREATED_AT: (r) => r.createdAt,
    UPDATED_AT: (r) => r.updatedAt,
    EMAIL: (r) => r.email.toLowerCase(),
    FIRST_NAME: (r) => (r.firstName ?? '').toLowerCase(),
    LAST_NAME: (r) => (r.lastName ?? '').toLowerCase(),
  };

  test.each(
    Object.values(CustomerSortField).flatMap((field) => [
      [field, 'ASC'],
      [field, 'DESC'],
    ]),
  )('%s %s, ties by id', async (field, direction) => {
    const got = (await list({ q: tag, sort: [{ field, direction }] })).items;
    expect(got).toHaveLength(rows.length);
    const key = keyOf[field];
    for (let i = 1; i < got.length; i++) {
      const [a, b] = [got[i - 1], got[i]];
      const cmp = key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
      // Ties (the three "Same", or equal timestamps) are ordered by id in the first key's direction.
      if (cmp === 0) expect(direction === 'ASC' ? a.id < b.id : a.id > b.id).toBe(true);
      else expect(cmp).toBe(direction === 'ASC' ? -1 : 1);
    }
  });

  test('the default is newest first; at most 3 keys', async () => {
    const got = (await list({ q: tag })).items;
    expect(got.map((r) => r.id)).toEqual([...rows].reverse().map((r) => r.id));
    const four = await t.gql(CustomersFourSortKeys);
    expect(four.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  test('offset pages of tied rows neither repeat nor skip', async () => {
    const seen: string[] = [];
    for (let offset = 0; offset < rows.length; offset += 3) {
      const page = await list({ q: tag, limit: 3, offset, sort: [{ field: 'LAST_NAME', direction: 'DESC' }] });
      seen.push(...page.items.map((r) => r.id));
    }
    expect(seen).toHaveLength(rows.length);
    expect(new Set(seen)).toEqual(new Set(rows.map((r) => r.id)));
  });
});

const CONNECTION = `query($first: Int, $after: String, $last: Int, $before: String, $filter: CustomerFilter, $sort: [CustomerSort!], $q: String) {
  customersConnection(first: $first, after: $after, last: $last, before: $before, filter: $filter, sort: $sort, q: $q) {
    edges { cursor node { ${FIELDS} } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;

interface Page {
  edges: { cursor: string; node: Row }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}
async function connection(args: Record<string, unknown>): Promise<Page> {
  return ok(await t.gql(CONNECTION, args)).customersConnection;
}

/** Walks the whole connection forward (or backward), running `between` after each page. */
async function walk(
  args: Record<string, unknown>,
  size: number,
  backward = false,
  between?: (page: number) => Promise<void>,
): Promise<Row[]> {
  const rows: Row[] = [];
  let cursor: string | null = null;
  for (let n = 0; n < 100; n++) {
    const page: Page = await connection(backward ? { ...args, last: size, before: cursor } : { ...args, first: size, after: cursor });
    if (backward) rows.unshift(...page.edges.map((edge) => edge.node));
    else rows.push(...page.edges.map((edge) => edge.node));
    const more = backward ? page.pageInfo.hasPreviousPage : page.pageInfo.hasNextPage;
    if (!more) return rows;
    cursor = backward ? page.pageInfo.startCursor : page.pageInfo.endCursor;
    await between?.(n);
  }
  throw new Error('connection did not end');
}

describe('customersConnection', () => {
  const tag = newTag();
  const rows: Row[] = [];
  beforeAll(async () => {
    for (let i = 0; i < 23; i++) {
      rows.push(
        await create({ email: `${(i * 7) % 23}-${tag}@conn.test`, firstName: i % 4 === 0 ? null : `F${i % 3}`, lastName: `L${i % 2}` }),
      );
    }
  });

  const sorts: [string, unknown][] = [
    ['default (createdAt desc)', undefined],
    ['email asc', [{ field: 'EMAIL', direction: 'ASC' }]],
    ['firstName desc (many ties, nulls)', [{ field: 'FIRST_NAME', direction: 'DESC' }]],
    [
      'mixed: lastName asc, createdAt desc',
      [
        { field: 'LAST_NAME', direction: 'ASC' },
        { field: 'CREATED_AT', direction: 'DESC' },
      ],
    ],
    [
      'updatedAt asc, firstName asc',
      [
        { field: 'UPDATED_AT', direction: 'ASC' },
        { field: 'FIRST_NAME', direction: 'ASC' },
      ],
    ],
  ];

  test.each(sorts)('%s: forward and backward pages give the offset list, in order', async (_, sort) => {
    const all = (await list({ q: tag, sort })).items.map((r) => r.id);
    expect(all).toHaveLength(rows.length);
    expect((await walk({ q: tag, sort }, 5)).map((r) => r.id)).toEqual(all);
    expect((await walk({ q: tag, sort }, 4, true)).map((r) => r.id)).toEqual(all);
  });

  test('pageInfo, last without before, first and last at the ends', async () => {
    const sort = [{ field: 'EMAIL', direction: 'ASC' }];
    const all = (await list({ q: tag, sort })).items.map((r) => r.id);
    const first = await connection({ q: tag, sort, first: 3 });
    expect(first.edges.map((e) => e.node.id)).toEqual(all.slice(0, 3));
    expect(first.pageInfo).toMatchObject({
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: first.edges[0].cursor,
      endCursor: first.edges[2].cursor,
    });
    const last = await connection({ q: tag, sort, last: 3 });
    expect(last.edges.map((e) => e.node.id)).toEqual(all.slice(-3));
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const middle = await connection({ q: tag, sort, first: 4, after: first.pageInfo.endCursor });
    expect(middle.edges.map((e) => e.node.id)).toEqual(all.slice(3, 7));
    expect(middle.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    const back = await connection({ q: tag, sort, last: 2, before: middle.pageInfo.endCursor });
    expect(back.edges.map((e) => e.node.id)).toEqual(all.slice(4, 6));
    const everything = await connection({ q: tag, sort, first: 500 });
    expect(everything.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
    const none = await connection({ q: `${tag}-nothing`, first: 5 });
    expect(none).toEqual({ edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null } });
  });

  test('bad arguments are BAD_USER_INPUT: sizes over 500, foreign or damaged cursors, first with last', async () => {
    const emailCursor = (await connection({ q: tag, sort: [{ field: 'EMAIL' }], first: 1 })).pageInfo.endCursor;
    const dateCursor = (await connection({ q: tag, first: 1 })).pageInfo.endCursor!;
    const [, ...values] = JSON.parse(Buffer.from(dateCursor, 'base64url').toString());
    const forged = Buffer.from(JSON.stringify(['CREATED_AT:DESC', 'not a date', values[1]])).toString('base64url');
    const cases: Record<string, unknown>[] = [
      { first: 501 },
      { last: 501 },
      { first: -1 },
      { first: 2, after: emailCursor },
      { first: 2, after: 'garbage!' },
      { first: 2, after: forged },
      { last: 2, before: Buffer.from(JSON.stringify(['CREATED_AT:DESC', 'x'])).toString('base64url') },
      { first: 2, last: 2 },
      { first: 2, before: dateCursor },
    ];
    for (const args of cases) {
      const r = await t.gql(CONNECTION, { q: tag, ...args });
      expect([args, r.errors?.[0].extensions?.code]).toEqual([args, 'BAD_USER_INPUT']);
    }
  });

  test('pages neither overlap nor skip while rows are inserted between requests', async () => {
    const tag2 = newTag();
    const original: Row[] = [];
    for (let i = 0; i < 20; i++)
      original.push(await create({ email: `${String(i * 5).padStart(3, '0')}-${tag2}@ins.test`, firstName: 'Same' }));
    let inserted = 0;
    const insert = async () => {
      // One row sorting before the cursor, one after it (by email), one in a tie (same firstName).
      for (const prefix of ['000a', '999', '050a']) await create({ email: `${prefix}-${inserted++}-${tag2}@ins.test`, firstName: 'Same' });
    };
    for (const sort of [
      undefined,
      [{ field: 'EMAIL', direction: 'ASC' }],
      [{ field: 'FIRST_NAME', direction: 'ASC' }],
      [{ field: 'EMAIL', direction: 'DESC' }],
    ]) {
      const seen = await walk({ q: tag2, sort }, 4, false, insert);
      const ids = seen.map((r) => r.id);
      expect(new Set(ids).size).toBe(ids.length); // no row twice
      for (const row of original) expect(ids).toContain(row.id); // none skipped
      // Still in sort order across pages: the final offset list restricted to what we saw.
      const final = (await list({ q: tag2, sort })).items.map((r) => r.id).filter((id) => ids.includes(id));
      expect(ids).toEqual(final);
      // Newest-first never shows rows inserted after the walk began.
      if (!sort) expect(ids).toHaveLength(original.length);
    }
    expect(inserted).toBeGreaterThan(0);
  });
});

describe('totalCount and count', () => {
  test('computed only when selected (one statement more), exact with and without filters', async () => {
    const tag = newTag();
    for (let i = 0; i < 4; i++) await create({ email: `${i}-${tag}@count.test`, websiteId: 7 });
    // Beyond authentication: a verified token's cache entry may expire between two requests on a busy machine.
    const statements = (query: string) => statementsFor(t, query);
    const without = await statements(`query { customersConnection(q: "${tag}", first: 2) { edges { cursor } } }`);
    const withCount = await statements(`query { customersConnection(q: "${tag}", first: 2) { edges { cursor } totalCount } }`);
    expect(withCount.statements - without.statements).toBe(1);
    expect(withCount.data.customersConnection.totalCount).toBe(4);
    const listWithout = await statements(`query { customers(q: "${tag}", limit: 2) { items { id } } }`);
    const listWith = await statements(`query { customers(q: "${tag}", limit: 2) { items { id } count } }`);
    expect(listWith.statements - listWithout.statements).toBe(1);

    // Unfiltered (per website or not) comes from the counter rows; it must match a real count.
    const [{ live }] = await t.db.sql.query<{ live: number }>(`SELECT count(*)::int AS live FROM "Customer" WHERE "deletedAt" IS NULL`);
    expect(ok(await t.gql(UnfilteredTotalCount)).customersConnection.totalCount).toBe(live);
    expect(ok(await t.gql(CountOnWebsite)).customers.count).toBe(4);
  });
});

describe('counts a page already tells, and bounded counts', () => {
  test('a short page is its own count: no count statement, the same number', async () => {
    const tag = newTag();
    for (let i = 0; i < 3; i++) await create({ email: `${i}-${tag}@short.test` });
    const statements = (query: string) => statementsFor(t, query);
    const list = `customers(q: "${tag}", limit: 5) { items { id } }`;
    const without = await statements(`query { ${list} }`);
    const counted = await statements(`query { customers(q: "${tag}", limit: 5) { items { id } count } }`);
    expect(counted.statements).toBe(without.statements);
    expect(counted.data.customers.count).toBe(3);
    // Past the first page, offset + rows; an empty page past the end asks the database.
    expect(ok(await t.gql(`query { customers(q: "${tag}", limit: 2, offset: 2) { count } }`)).customers.count).toBe(3);
    expect(ok(await t.gql(`query { customers(q: "${tag}", limit: 2, offset: 7) { count } }`)).customers.count).toBe(3);
    const connection = (args: string) => `query { customersConnection(q: "${tag}", ${args}) { edges { cursor } totalCount } }`;
    const first = await statements(connection('first: 5'));
    expect(first.data.customersConnection.totalCount).toBe(3);
    expect(ok(await t.gql(connection('last: 5'))).customersConnection.totalCount).toBe(3);
    expect(ok(await t.gql(connection('first: 0'))).customersConnection.totalCount).toBe(3);
    const cursor = first.data.customersConnection.edges[0].cursor;
    expect(ok(await t.gql(connection(`first: 5, after: "${cursor}"`))).customersConnection.totalCount).toBe(3);
  });

  test('boundedCount is exact up to upTo, AT_LEAST upTo past it; upTo out of range is refused', async () => {
    const tag = newTag();
    for (let i = 0; i < 4; i++) await create({ email: `${i}-${tag}@bounded.test` });
    const bounded = async (args: string, upTo: number) =>
      ok(await t.gql(`query { customers(q: "${tag}", ${args}) { boundedCount(upTo: ${upTo}) { count precision } } }`)).customers
        .boundedCount;
    expect(await bounded('limit: 1', 10)).toEqual({ count: 4, precision: 'EXACT' });
    expect(await bounded('limit: 1', 4)).toEqual({ count: 4, precision: 'EXACT' });
    expect(await bounded('limit: 1', 3)).toEqual({ count: 3, precision: 'AT_LEAST' });
    expect(await bounded('limit: 10', 2)).toEqual({ count: 2, precision: 'AT_LEAST' });
    const connection = ok(await t.gql(`query { customersConnection(q: "${tag}", first: 1) { boundedCount { count precision } } }`))
      .customersConnection.boundedCount;
    expect(connection).toEqual({ count: 4, precision: 'EXACT' });
    // Unfiltered: from the counters, bounded.
    const all = ok(await t.gql(`query { customers(limit: 1) { boundedCount(upTo: 1) { count precision } } }`)).customers.boundedCount;
    expect(all).toEqual({ count: 1, precision: 'AT_LEAST' });
    for (const upTo of [0, 100_001]) {
      const refused = await t.gql(`query { customers(q: "${tag}", limit: 1) { boundedCount(upTo: ${upTo}) { count } } }`);
      expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    }
  });
});

describe('indexes behind q, sorts and keyset pages', () => {
  beforeAll(async () => {
    // Enough rows (on a website of their own) that the planner prices plans as it would in a shop.
    // Autovacuum would move the trigram index's pending entries into the index proper; do it now.
    await t.db.sql.exec(`
      INSERT INTO "Customer" ("id", "email", "firstName", "lastName", "websiteId")
        SELECT 'bulk-' || g, 'bulk' || g || '@bulk.test', 'First' || g, 'Last' || (g % 1000), 99 FROM generate_series(1, 20000) g;
      ANALYZE "Customer";
      SELECT gin_clean_pending_list('"Customer_search_trgm_idx"'::regclass);`);
  });

  /** The plan of the statement the service would send. */
  async function plan(query: CustomerQuery, page: Parameters<typeof pageQuery>[1]): Promise<string> {
    const sql = pageQuery(query, page);
    const rows = await t.db.sql.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${sql.text}`, sql.values);
    return rows.map((row) => row['QUERY PLAN']).join('\n');
  }

  test('q uses the trigram index', async () => {
    expect(await plan({ q: 'costello' }, { limit: 50 })).toContain('Customer_search_trgm_idx');
  });

  test('a deep keyset page is a range scan of the sort index: no sort, no offset', async () => {
    const emailPage = await plan(
      { sort: [{ field: CustomerSortField.EMAIL, direction: SortDirection.ASC }] },
      { limit: 51, after: ['bulk5000@bulk.test', 'bulk-5000'] },
    );
    expect(emailPage).toMatch(/Index Scan using "?Customer_email_sort_idx/);
    expect(emailPage).toMatch(/Index Cond: \(ROW\(lower\(email\), id\) > ROW\(/);
    expect(emailPage).not.toMatch(/Sort Key/);
    const createdPage = await plan({}, { limit: 51, after: [new Date().toISOString(), 'bulk-5000'] });
    expect(createdPage).toMatch(/Index Scan Backward using "?Customer_createdAt_id_idx/);
    expect(createdPage).not.toMatch(/Sort Key/);
  });
});
