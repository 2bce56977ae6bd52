import { CreateCustomer, DeleteCustomer, RestoreCustomer } from './support/documents';
import { ok, startTestServer, uniqueEmail, type TestServer } from './support/test-server';

/**
 * The unfiltered count comes from "CustomerCount", which the database keeps
 * per website and transaction (migration 20261128110001). These tests hold
 * it to count(*) under concurrent writers, multi-row transactions and
 * rolled-back savepoints.
 */
let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.stop());

async function counts(websiteId: number): Promise<{ api: number; apiWebsite: number; live: number; liveWebsite: number }> {
  const data = ok(
    await t.gql(`query($w: Int!) { all: customers(limit: 0) { count } site: customers(limit: 0, filter: { websiteId: $w }) { count } }`, {
      w: websiteId,
    }),
  );
  const [row] = await t.db.sql.query<{ live: number; site: number }>(
    `SELECT count(*)::int AS live, count(*) FILTER (WHERE "websiteId" = $1)::int AS site FROM "Customer" WHERE "deletedAt" IS NULL`,
    [websiteId],
  );
  return { api: data.all.count, apiWebsite: data.site.count, live: row.live, liveWebsite: row.site };
}

test('counts stay exact under concurrent creates, deletes and restores', async () => {
  const create = async (i: number) => {
    const r = ok(await t.gql(CreateCustomer, { input: { email: uniqueEmail(`count${i}`), websiteId: 3 + (i % 2) } })).createCustomer;
    expect(r.errors).toEqual([]);
    return r.customer!.id;
  };
  const ids = await Promise.all(Array.from({ length: 24 }, (_, i) => create(i)));
  // Delete two thirds, then restore half of those and delete some others, all at once.
  await Promise.all(ids.slice(0, 16).map((id) => t.gql(DeleteCustomer, { id })));
  await Promise.all([
    ...ids.slice(0, 8).map((id) => t.gql(RestoreCustomer, { id })),
    ...ids.slice(16, 20).map((id) => t.gql(DeleteCustomer, { id })),
    ...Array.from({ length: 6 }, (_, i) => create(100 + i)),
  ]);
  for (const website of [3, 4]) {
    const c = await counts(website);
    expect(c.api).toBe(c.live);
    expect(c.apiWebsite).toBe(c.liveWebsite);
  }
  expect((await counts(3)).liveWebsite + (await counts(4)).liveWebsite).toBe(8 + 4 + 6);
});

test('a transaction of many rows (INSERT and COPY) writes the counter once per website; a rolled-back savepoint counts nothing', async () => {
  const writer = await t.db.sql.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO "Customer" ("email", "websiteId") SELECT 'bulk' || i || '@count.test', 5 + i % 2 FROM generate_series(1, 300) i`,
    );
    for (let i = 0; i < 20; i++) await tx.query(`INSERT INTO "Customer" ("email", "websiteId") VALUES ($1, 5)`, [`one${i}@count.test`]);
    // COPY, as the importer writes: 10 live customers and 3 written already deleted (not counted).
    const copied = Array.from({ length: 13 }, (_, i) => `copy${i}@count.test\t5\t${i < 10 ? '\\N' : '2024-01-01 00:00:00'}\n`);
    await tx.copyFrom('Customer', ['email', 'websiteId', 'deletedAt'], copied.join(''));
    await tx.exec(`SAVEPOINT undone`);
    await tx.exec(`INSERT INTO "Customer" ("email", "websiteId") SELECT 'gone' || i || '@count.test', 5 FROM generate_series(1, 7) i`);
    await tx.exec(`ROLLBACK TO SAVEPOINT undone`);
    await tx.exec(`UPDATE "Customer" SET "deletedAt" = now() WHERE "email" IN ('bulk1@count.test', 'bulk2@count.test')`);
    const [row] = await tx.query<{ xid: string }>(`SELECT txid_current()::text AS xid`);
    return row.xid;
  });
  // Row versions this transaction left in the counter: one per website it changed.
  const [written] = await t.db.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "CustomerCount" WHERE xmin::text = $1`, [
    String(BigInt(writer) & 0xffffffffn),
  ]);
  expect(written.n).toBe(2);
  for (const website of [5, 6]) {
    const c = await counts(website);
    expect(c.api).toBe(c.live);
    expect(c.apiWebsite).toBe(c.liveWebsite);
  }
  expect((await counts(5)).liveWebsite).toBe(150 + 20 + 10 - 1);
  expect((await counts(6)).liveWebsite).toBe(150 - 1);
});
