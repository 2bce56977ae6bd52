import 'reflect-metadata';
import { pageQuery } from '../src/customers/customer-list';
import { planSearch, searchTrigrams } from '../src/customers/customer-search';
import { ok, startTestServer, type TestServer } from './support';

/**
 * `q` in its two forms (src/customers/customer-search.ts): plain, and one
 * index condition per trigram with strpos as the exact test, taken when the
 * planner reads the trigram index for the plain form. Enough customers that
 * it does for a rare term (and walks a sort index for a broad one); every
 * answer is checked against the same data searched in JavaScript.
 */
const N = 20_000;
const FIRST = ['Ada', 'Grace', 'Alan', 'Edsger'];
const LAST = ['Lovelace', 'Hopper', 'Sánchez', 'Turing', 'Liskov', 'Thompson', 'Torvalds', 'Hamilton'];

interface Seeded {
  email: string;
  firstName: string;
  lastName: string;
  phone: string;
  companyName: string | null;
}

// The rows the statement below inserts, for the expectations.
const seeded: Seeded[] = Array.from({ length: N }, (_, k) => {
  const i = k + 1;
  return {
    email: `searcher${i}@search.test`,
    firstName: FIRST[i % 4],
    lastName: LAST[Math.floor(i / 4) % 8],
    phone: `+1555${String(i).padStart(7, '0')}`,
    companyName: i % 10 === 0 ? `Deals 100% off_${i}` : i % 10 === 5 ? `Deals 1000 off ${i}` : null,
  };
});

const matching = (term: string) =>
  seeded
    .filter((c) => [c.email, c.firstName, c.lastName, c.phone, c.companyName ?? ''].join(' ').toLowerCase().includes(term.toLowerCase()))
    .map((c) => c.email)
    .sort();

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
  await t.db.sql.exec(`
    INSERT INTO "Customer" ("id", "email", "firstName", "lastName", "phone", "companyName", "createdAt", "updatedAt")
    SELECT md5('search-' || i)::uuid::text, 'searcher' || i || '@search.test',
           (ARRAY['${FIRST.join("','")}'])[1 + i % 4], (ARRAY['${LAST.join("','")}'])[1 + (i / 4) % 8],
           '+1555' || lpad(i::text, 7, '0'),
           CASE WHEN i % 10 = 0 THEN 'Deals 100% off_' || i WHEN i % 10 = 5 THEN 'Deals 1000 off ' || i END,
           timestamp '2026-01-01' - i * interval '1 minute', timestamp '2026-01-01' - i * interval '1 minute'
    FROM generate_series(1, ${N}) AS i;
    ANALYZE "Customer";`);
}, 120_000);
afterAll(() => t.stop());

async function search(q: string) {
  const r = await t.gql(`query($q: String) { customers(q: $q, limit: 500, sort: [{ field: EMAIL }]) { count items { email } } }`, { q });
  const { count, items } = ok(r).customers as { count: number; items: { email: string }[] };
  return { count, emails: items.map((c) => c.email).sort() };
}

const byTrigrams = async (q: string) =>
  (await planSearch(t.db, { q }, () => pageQuery({ q }, { limit: 500, offset: 0 }))).qByTrigrams === true;

test('the trigrams a term is looked up by: ASCII letters and digits, each once, none for one', () => {
  expect(searchTrigrams('Searcher12')).toEqual(['sea', 'ear', 'arc', 'rch', 'che', 'her', 'er1', 'r12']);
  expect(searchTrigrams('100% off_')).toEqual(['100', 'off']);
  expect(searchTrigrams('sánchez')).toEqual(['nch', 'che', 'hez']);
  expect(searchTrigrams('aaaa')).toEqual([]);
  expect(searchTrigrams('a_b%c')).toEqual([]);
  // Beyond 8, 8 spread over the term (its rare end included); strpos still tests all of it.
  expect(searchTrigrams('customer123456')).toEqual(['cus', 'sto', 'tom', 'mer', 'er1', '123', '234', '456']);
  expect(searchTrigrams('abcdefghijklmnopqrstuvwxyz0123456789'.repeat(30_000))).toEqual([
    'abc',
    'fgh',
    'klm',
    'pqr',
    'uvw',
    'z01',
    '456',
    '9ab',
  ]);
});

test('a rare term goes by trigrams and finds exactly what the plain form finds', async () => {
  for (const q of ['searcher19999', 'Searcher1234', 'SEARCHER2999@search', '5550002999', 'nobody-here']) {
    expect(await byTrigrams(q)).toBe(true);
    const expected = matching(q);
    expect(await search(q)).toEqual({ count: expected.length, emails: expected });
  }
});

test('wildcards and non-ASCII letters are taken literally in either form', async () => {
  for (const q of ['100% off_30', '100% off', '1000 off', 'sánchez']) {
    const expected = matching(q);
    expect(expected.length).toBeGreaterThan(0);
    expect(await search(q)).toEqual({ count: expected.length, emails: expected.slice(0, 500) });
  }
});

test('a broad term keeps the plain form, and the connection takes the same form as its count', async () => {
  expect(await byTrigrams('lovelace')).toBe(false);
  const lovelace = matching('lovelace');
  expect((await search('lovelace')).count).toBe(lovelace.length);
  const r = await t.gql(`query($q: String) { customersConnection(q: $q, first: 5) { totalCount edges { node { email } } } }`, {
    q: 'Searcher1234',
  });
  const connection = ok(r).customersConnection as { totalCount: number; edges: { node: { email: string } }[] };
  expect(connection.totalCount).toBe(matching('Searcher1234').length);
  expect(connection.edges).toHaveLength(5);
});
