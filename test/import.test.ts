import 'reflect-metadata';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PLATFORMS } from '../src/interop/platforms';
import { runExport } from '../src/import/run-export';
import { runImport, type ImportOptions } from '../src/import/run-import';
import type { SqlRunner } from '../src/db/database';
import { loadState } from '../src/import/history';
import { customerChange, groupIdsChange } from '../src/history/changes';
import { HistoryOperation } from '../src/history/history.types';
import { addressSnapshot, type FieldChange } from '../src/history/snapshots';
import { magentoCustomer } from '../bench/import-data';
import { ok, startTestServer, type TestServer } from './support/test-server';
import { WebhookReceiver } from './support/webhook-receiver';

/**
 * `npm run import` / `npm run export` (issue 11), through the same functions
 * the commands call, against the test database: the committed fixtures
 * (bench/import-data.ts fixtures test/fixtures) come back field for field,
 * a re-run changes nothing, a bad row is reported and the rest imported, an
 * interrupted run resumes.
 */
let t: TestServer;
let dir: string;
beforeAll(async () => {
  // Private targets: the events test's webhook points at a receiver on loopback.
  t = await startTestServer({ WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' });
  dir = mkdtempSync(path.join(os.tmpdir(), 'import-test-'));
});
afterAll(() => t.stop());

const fixture = (name: string) => path.join(__dirname, 'fixtures', name);
const json = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

function options(platform: 'magento' | 'medusa', file: string, extra: Partial<ImportOptions> = {}): ImportOptions {
  return { platform: PLATFORMS[platform], file, reportFile: path.join(dir, `${path.basename(file)}.report.jsonl`), batchSize: 7, ...extra };
}

async function exported(platform: 'magento' | 'medusa', source: string) {
  const file = path.join(dir, `${platform}-${source}.out.json`);
  await runExport(t.db, { platform: PLATFORMS[platform], file, source, pageSize: 5 });
  return json(file);
}

async function versions(source: string): Promise<string> {
  const rows = await t.db.sql.query<{ v: string }>(
    `SELECT string_agg("externalId" || ':' || "version" || ':' || "updatedAt", ',' ORDER BY "externalId") AS v FROM "Customer" WHERE "externalSource" = $1`,
    [source],
  );
  return rows[0].v;
}

test('Magento search response: imported, exported field for field, and a re-run changes nothing', async () => {
  const file = fixture('magento-customers-search.json');
  const first = await runImport(t.db, options('magento', file));
  expect(first).toMatchObject({ items: 24, created: 24, updated: 0, unchanged: 0, failed: 0, complete: true });
  expect(await exported('magento', 'magento')).toEqual(json(file));

  const before = await versions('magento');
  const again = await runImport(t.db, options('magento', file));
  expect(again).toMatchObject({ items: 24, created: 0, updated: 0, unchanged: 24, failed: 0 });
  expect(await versions('magento')).toBe(before);

  // Groups by Magento id, its default groups created under their names; readable and filterable through the API.
  const { items } = ok(
    await t.gql(
      `query { customers(filter: { externalSource: "magento", externalIds: ["1001", "1002"] }, sort: [{ field: EMAIL }]) {
        items { externalId primaryGroup { name externalId } groups { name } addresses { externalId isDefaultBilling } } } }`,
    ),
  ).customers;
  expect(items).toEqual([
    {
      externalId: '1002',
      primaryGroup: { name: 'Wholesale', externalId: '2' },
      groups: [{ name: 'Wholesale' }],
      addresses: [
        { externalId: '2004', isDefaultBilling: true },
        { externalId: '2005', isDefaultBilling: false },
      ],
    },
    {
      externalId: '1001',
      primaryGroup: { name: 'General', externalId: '1' },
      groups: [{ name: 'General' }],
      addresses: [
        { externalId: '2002', isDefaultBilling: true },
        { externalId: '2003', isDefaultBilling: false },
      ],
    },
  ]);
});

test('Medusa admin list with a passwords file: exported field for field; registered customers keep their hash', async () => {
  const file = fixture('medusa-admin-customers.json');
  const result = await runImport(t.db, options('medusa', file, { passwordsFile: fixture('medusa-passwords.json') }));
  expect(result).toMatchObject({ items: 24, created: 24, failed: 0, passwordsRefused: 0 });
  expect(await exported('medusa', 'medusa')).toEqual(json(file));
  const again = await runImport(t.db, options('medusa', file, { passwordsFile: fixture('medusa-passwords.json') }));
  expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 24 });
});

test('re-importing a hash that sign-in has since replaced with bcrypt leaves the new hash (no weak hash comes back)', async () => {
  const file = fixture('medusa-admin-customers.json');
  const passwordsFile = fixture('medusa-passwords.json');
  await runImport(t.db, options('medusa', file, { passwordsFile }));
  // What authenticateCustomer does after a successful sign-in with an imported hash.
  const rehashed = '$2b$12$abcdefghijklmnopqrstuuJ8ae1RJyXY/zN5Nn9XJY1rWfDnO1i1a';
  const [row] = await t.db.sql.query<{ id: string }>(
    `UPDATE "Customer" SET "passwordHash" = $1 WHERE "id" = (SELECT "id" FROM "Customer" WHERE "externalSource" = 'medusa' AND "hasAccount" ORDER BY "id" LIMIT 1) RETURNING "id"`,
    [rehashed],
  );
  const again = await runImport(t.db, options('medusa', file, { passwordsFile }));
  expect(again).toMatchObject({ created: 0, updated: 0, failed: 0 });
  const [after] = await t.db.sql.query<{ passwordHash: string }>('SELECT "passwordHash" FROM "Customer" WHERE "id" = $1', [row.id]);
  expect(after.passwordHash).toBe(rehashed);
});

test("text that is COPY's own syntax (tabs, line breaks, backslashes, \\N, quotes, braces, commas) is stored as written", async () => {
  const tricky = ['tab\there', 'line\nbreak\r\nend', 'back\\slash \\N \\t', '\\N', 'NULL', 'quote " and {brace}, comma'];
  const item = magentoCustomer(9100, 'copy') as Record<string, any>;
  item.firstname = tricky[0];
  item.lastname = tricky[2];
  item.middlename = tricky[3];
  item.custom_attributes = [{ attribute_code: 'note', value: tricky.join('|') }];
  item.extension_attributes = { [tricky[1]]: tricky[5], nested: { list: tricky } };
  item.addresses[0].street = [tricky[4], tricky[5], tricky[2], tricky[1]];
  item.addresses[0].city = tricky[3];
  const file = path.join(dir, 'copy-syntax.json');
  writeFileSync(file, JSON.stringify({ items: [item], total_count: 1 }));
  expect(await runImport(t.db, options('magento', file, { source: 'copy-syntax' }))).toMatchObject({ created: 1, failed: 0 });
  const { items } = await exported('magento', 'copy-syntax');
  expect(items).toEqual([{ ...item, extension_attributes: { ...item.extension_attributes, is_subscribed: false } }]);
  const [row] = await t.db.sql.query<{ firstName: string; street: string[] }>(
    `SELECT c."firstName", a."street" FROM "Customer" c JOIN "Address" a ON a."customerId" = c."id" AND a."externalId" = $1 WHERE c."externalSource" = 'copy-syntax'`,
    [String(item.addresses[0].id)],
  );
  expect(row).toEqual({ firstName: tricky[0], street: item.addresses[0].street });
});

test('times are stored as Date reads them: calendar edge cases, hour 24, offsets (the validator keeps canonical times as they are)', async () => {
  // Magento's shape (UTC, no zone) and ISO 8601 with offsets. Date turns an impossible day into a later
  // one (Feb 30 → Mar 2) and 24:00 into the next day; a kept-as-is "2023-02-30" would be refused by Postgres.
  const times = [
    '2024-02-29 12:00:00',
    '2023-02-29 12:00:00',
    '2023-02-30 23:59:59',
    '2000-02-29 00:00:00',
    '1900-02-29 00:00:00',
    '2100-02-29 00:00:00',
    '2023-04-31 10:00:00',
    '2023-12-31 24:00:00',
    '2023-01-01T10:00:00+02:00',
    '2023-06-15T08:30:00.123Z',
    '2023-06-15T08:30',
  ];
  const items = times.map((time, i) => ({ ...magentoCustomer(9200 + i, 'times'), created_at: time, updated_at: time, addresses: [] }));
  const file = path.join(dir, 'times.json');
  writeFileSync(file, JSON.stringify({ items, total_count: items.length }));
  expect(await runImport(t.db, options('magento', file, { source: 'times' }))).toMatchObject({ created: times.length, failed: 0 });
  const rows = await t.db.sql.query<{ externalId: string; createdAt: Date; updatedAt: Date }>(
    `SELECT "externalId", "createdAt", "updatedAt" FROM "Customer" WHERE "externalSource" = 'times' ORDER BY "externalId"::int`,
  );
  const expected = times.map((time) =>
    new Date(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/.test(time) ? `${time.replace(' ', 'T')}Z` : time).toISOString(),
  );
  expect(rows.map((r) => new Date(r.createdAt).toISOString())).toEqual(expected);
  expect(rows.map((r) => new Date(r.updatedAt).toISOString())).toEqual(expected);
});

test('a changed source customer is updated in place (addresses and groups follow the source)', async () => {
  const changed = magentoCustomer(3, 'fx');
  changed.lastname = 'Changed';
  changed.group_id = 0;
  (changed.addresses as unknown[]).pop();
  changed.default_shipping = changed.default_billing;
  const file = path.join(dir, 'changed.json');
  writeFileSync(file, JSON.stringify({ items: [changed], total_count: 1 }));
  expect(await runImport(t.db, options('magento', file))).toMatchObject({ updated: 1, created: 0 });
  const [row] = await t.db.sql.query<{ lastName: string; version: number; addresses: number; groups: string }>(
    `SELECT c."lastName", c."version", (SELECT count(*)::int FROM "Address" a WHERE a."customerId" = c."id") AS addresses,
       (SELECT string_agg(g."name", ',') FROM "CustomerGroupMember" m JOIN "CustomerGroup" g ON g."id" = m."groupId" WHERE m."customerId" = c."id") AS groups
     FROM "Customer" c WHERE "externalSource" = 'magento' AND "externalId" = '1003'`,
  );
  expect(row).toEqual({ lastName: 'Changed', version: 2, addresses: 1, groups: 'NOT LOGGED IN' });

  // History: created then updated by the import, field by field (issue 12).
  const [{ id }] = await t.db.sql.query<{ id: string }>(
    `SELECT "id" FROM "Customer" WHERE "externalSource" = 'magento' AND "externalId" = '1003'`,
  );
  const history = ok(
    await t.gql(
      `query($id: ID!) { customerHistory(customerId: $id, first: 10) { edges { node { operation actor { kind name } changes { field before after } } } } }`,
      { id },
    ),
  ).customerHistory.edges.map((e: { node: Record<string, unknown> }) => e.node);
  const customerEntries = history.filter((h: { operation: string }) => !h.operation.startsWith('ADDRESS'));
  expect(customerEntries.map((h: { operation: string; actor: { kind: string } }) => `${h.operation} ${h.actor.kind}`)).toEqual([
    'UPDATE IMPORT',
    'CREATE IMPORT',
  ]);
  expect(customerEntries[0].changes).toEqual(
    expect.arrayContaining([
      { field: 'lastName', before: 'Costello', after: 'Changed' },
      expect.objectContaining({ field: 'primaryGroupId' }),
      expect.objectContaining({ field: 'groupIds' }),
    ]),
  );
  expect(history.map((h: { operation: string }) => h.operation)).toContain('ADDRESS_DELETE');
});

test('bad rows are reported and write nothing; the others are imported', async () => {
  const good = magentoCustomer(0, 'bad');
  const badCountry = magentoCustomer(1, 'bad');
  (badCountry.addresses as Record<string, unknown>[])[1].country_id = 'XX';
  const nul = magentoCustomer(2, 'bad');
  nul.firstname = 'Ann\u0000';
  const noEmail = { ...magentoCustomer(3, 'bad'), email: 'not-an-email' };
  const file = path.join(dir, 'bad.json');
  writeFileSync(file, JSON.stringify({ items: [good, badCountry, nul, 'not an object', noEmail], total_count: 5 }));
  const result = await runImport(t.db, options('magento', file, { source: 'magento-bad' }));
  expect(result).toMatchObject({ items: 5, created: 1, failed: 4 });
  const report = readFileSync(options('magento', file).reportFile, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
  expect(report.map((r) => [r.index, r.errors.map((e: { code: string; field: string[] }) => `${e.code} ${e.field.join('.')}`)])).toEqual([
    [1, ['INVALID addresses.1.countryCode']],
    [2, ['INVALID firstName']],
    [3, ['INVALID ']],
    [4, ['INVALID email']],
  ]);
  const [{ n }] = await t.db.sql.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "Customer" c JOIN "Address" a ON a."customerId" = c."id" WHERE c."externalSource" = 'magento-bad'`,
  );
  expect(n).toBe(2); // the good customer's two addresses; nothing of the others
});

test('a value nested 10,000 deep is a refused row (INVALID, nested at most 32 deep), not an aborted import', async () => {
  // Written as text: JSON.stringify itself cannot nest this deep (that is what used to abort the import).
  const deep = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`;
  const item = (i: number) => JSON.stringify(magentoCustomer(i, 'deep'));
  const file = path.join(dir, 'deep.json');
  writeFileSync(file, `{"items":[${item(0)},{"id":1,"email":"deep@example.com","extension_attributes":${deep}},${item(2)}]}`);
  const result = await runImport(t.db, options('magento', file, { source: 'magento-deep' }));
  expect(result).toMatchObject({ items: 3, created: 2, failed: 1, complete: true });
  const [line] = readFileSync(options('magento', file).reportFile, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  expect(line).toMatchObject({ index: 1, errors: [{ code: 'INVALID', message: 'Nested at most 32 deep' }] });
});

test('a database that goes away stops the run before its checkpoint passes the batch: nothing reported refused, a resumed run writes the rest', async () => {
  const file = path.join(dir, 'gone.json');
  writeFileSync(file, JSON.stringify({ items: [0, 1, 2, 3, 4, 5].map((i) => magentoCustomer(i, 'gone')), total_count: 6 }));
  const opts = options('magento', file, { source: 'magento-gone', batchSize: 2, writers: 1 });
  // The second batch finds the database gone, as node-postgres reports a refused connection.
  const gone = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
  let transactions = 0;
  const sql: SqlRunner = {
    ...t.db.sql,
    transaction: (fn, o) => (++transactions === 2 ? Promise.reject(gone) : t.db.sql.transaction(fn, o)),
  };
  await expect(runImport({ ...t.db, sql }, opts)).rejects.toThrow('ECONNREFUSED');
  expect(readFileSync(opts.reportFile, 'utf8')).toBe('');
  expect(await runImport(t.db, opts)).toMatchObject({ skipped: 2, items: 4, created: 4, failed: 0, complete: true });
});

test('an interrupted import resumes after its last committed batch', async () => {
  const file = path.join(dir, 'resume.json');
  writeFileSync(file, JSON.stringify({ items: [0, 1, 2, 3, 4].map((i) => magentoCustomer(i, 'resume')), total_count: 5 }));
  const opts = options('magento', file, { source: 'magento-resume', batchSize: 2 });
  expect(await runImport(t.db, { ...opts, stopAfter: 3 })).toMatchObject({ created: 2, complete: false });
  const resumed = await runImport(t.db, opts);
  expect(resumed).toMatchObject({ skipped: 2, items: 3, created: 3, complete: true });
  // Finished: the next run starts over, and finds everything unchanged.
  expect(await runImport(t.db, opts)).toMatchObject({ skipped: 0, items: 5, unchanged: 5 });
});

test('an import tells other systems: webhook events and history (actor IMPORT) for what it changed, none for a re-run', async () => {
  const receiver = await new WebhookReceiver().start();
  try {
    const hook = ok(
      await t.gql(`mutation($i: CreateWebhookInput!) { createWebhook(input: $i) { webhook { id } errors { code } } }`, {
        i: { url: receiver.url, events: ['CUSTOMER_CREATED', 'CUSTOMER_ADDRESS_CREATED', 'CUSTOMER_UPDATED'] },
      }),
    ).createWebhook;
    expect(hook.errors).toEqual([]);
    const source = 'events-shop';
    const items = [magentoCustomer(5000, 'ev'), magentoCustomer(5001, 'ev')];
    const file = path.join(dir, 'events.json');
    const write = () => writeFileSync(file, JSON.stringify({ items, total_count: items.length }));
    const events = async () =>
      (
        await t.db.sql.query<{ type: string; n: number }>(
          `SELECT e."type", count(*)::int AS n FROM "WebhookEvent" e JOIN "Customer" c ON c."id" = e."orderingKey"
            WHERE c."externalSource" = $1 GROUP BY e."type" ORDER BY e."type"`,
          [source],
        )
      ).map((r) => `${r.type}:${r.n}`);
    write();
    expect(await runImport(t.db, options('magento', file, { source }))).toMatchObject({ created: 2, failed: 0 });
    expect(await events()).toEqual(['CUSTOMER_ADDRESS_CREATED:4', 'CUSTOMER_CREATED:2']);

    const [{ id }] = await t.db.sql.query<{ id: string }>(
      `SELECT "id" FROM "Customer" WHERE "externalSource" = $1 AND "externalId" = '6000'`,
      [source],
    );
    const HISTORY = `query($id: ID!) { customerHistory(customerId: $id) { edges { node {
      operation actor { kind name } changes { field before after } } } } }`;
    const history = async () => ok(await t.gql(HISTORY, { id })).customerHistory.edges.map((e: { node: unknown }) => e.node);
    // One CREATE entry per imported customer, its addresses folded in as one field.
    const [created] = await history();
    expect(created).toMatchObject({ operation: 'CREATE', actor: { kind: 'IMPORT', name: `${source}: events.json` } });
    const fields = new Map(created.changes.map((c: { field: string; after: unknown }) => [c.field, c.after]));
    expect(fields.get('email')).toBe(items[0].email);
    expect((fields.get('addresses') as { externalId: string }[]).map((a) => a.externalId)).toEqual(['12000', '12001']);

    // A re-run records nothing; a change in the source is one UPDATE entry and one event.
    await runImport(t.db, options('magento', file, { source }));
    expect(await events()).toEqual(['CUSTOMER_ADDRESS_CREATED:4', 'CUSTOMER_CREATED:2']);
    expect(await history()).toHaveLength(1);
    items[0].lastname = 'Renamed';
    write();
    expect(await runImport(t.db, options('magento', file, { source }))).toMatchObject({ updated: 1, unchanged: 1 });
    expect(await events()).toEqual(['CUSTOMER_ADDRESS_CREATED:4', 'CUSTOMER_CREATED:2', 'CUSTOMER_UPDATED:1']);
    const [updated] = await history();
    expect(updated).toMatchObject({ operation: 'UPDATE', changes: [{ field: 'lastName', after: 'Renamed' }] });
    ok(await t.gql(`mutation($id: ID!) { deleteWebhook(id: $id) { errors { code } } }`, { id: hook.webhook.id }));
  } finally {
    await receiver.stop();
  }
});

test("the CREATE entries an import builds in SQL are the ones history builds from the database's rows", async () => {
  // The Magento fixture twice, under other emails (the first test holds its own), some customers with imported password hashes.
  const hashes = json(fixture('medusa-passwords.json')) as { password_hash: string }[];
  const copy = (source: string) => {
    const items = (json(fixture('magento-customers-search.json')).items as { email: string }[]).map((i) => ({
      ...i,
      email: `${source}.${i.email}`,
    }));
    const file = path.join(dir, `${source}.json`);
    writeFileSync(file, JSON.stringify({ items, total_count: items.length }));
    const passwordsFile = path.join(dir, `${source}-passwords.json`);
    writeFileSync(
      passwordsFile,
      JSON.stringify(items.slice(0, 3).map(({ email }, k) => ({ email, password_hash: hashes[k].password_hash }))),
    );
    return options('magento', file, { source, passwordsFile });
  };
  const written = async (source: string) =>
    t.db.sql.query<{ customerId: string; changes: FieldChange[] }>(
      `SELECT h."customerId", h."changes" FROM "CustomerHistory" h JOIN "Customer" c ON c."id" = h."customerId"
        WHERE c."externalSource" = $1 AND h."operation" = 'CREATE' ORDER BY h."id"`,
      [source],
    );
  /** The CREATE entry customerChange builds from what the database holds (as for a customer created through the API). */
  const fromDatabase = async (ids: string[]) => {
    const state = await loadState(t.db.sql, ids);
    return ids.map((id) => {
      const addresses = state.addresses.get(id)!;
      const folded = addresses.length > 0 ? [{ field: 'addresses', before: null, after: addresses.map(addressSnapshot) }] : [];
      const [change] = customerChange(HistoryOperation.CREATE, null, state.customers.get(id)!, [
        ...groupIdsChange([], state.groups.get(id)!),
        ...folded,
      ]);
      return { customerId: id, changes: JSON.parse(JSON.stringify(change.history!.changes)) as FieldChange[] };
    });
  };
  // One group of the source soft-deleted: its members stay, history's groupIds leaves it out.
  const [deleted] = await t.db.sql.query<{ id: string }>(
    `INSERT INTO "CustomerGroup" ("id", "name", "externalSource", "externalId", "deletedAt")
     VALUES ('history-bulk-deleted', 'Deleted wholesale', 'history-bulk', '2', now()) RETURNING "id"`,
  );
  expect(await runImport(t.db, copy('history-bulk'))).toMatchObject({ created: 24, failed: 0 });
  const hook = ok(
    await t.gql(`mutation($i: CreateWebhookInput!) { createWebhook(input: $i) { webhook { id } } }`, {
      i: { url: 'http://127.0.0.1:9/hook', events: ['CUSTOMER_CREATED'] },
    }),
  ).createWebhook;
  try {
    expect(await runImport(t.db, copy('history-events'))).toMatchObject({ created: 24, failed: 0 });
  } finally {
    ok(await t.gql(`mutation($id: ID!) { deleteWebhook(id: $id) { errors { code } } }`, { id: hook.webhook.id }));
  }
  const [{ n }] = await t.db.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "CustomerGroupMember" WHERE "groupId" = $1`, [
    deleted.id,
  ]);
  expect(n).toBeGreaterThan(0);
  for (const source of ['history-bulk', 'history-events']) {
    const entries = await written(source);
    expect(entries).toHaveLength(24);
    expect(entries).toEqual(await fromDatabase(entries.map((e) => e.customerId)));
    expect(entries.flatMap((e) => e.changes.map((c) => c.field))).toEqual(
      expect.arrayContaining(['password', 'confirmation', 'groupIds', 'addresses', 'dateOfBirth']),
    );
  }
});

test('a passwords file is staged in the database, not held in memory: later rows win, bad rows are reported, the stage is dropped', async () => {
  const source = 'staged-passwords';
  const items = Array.from({ length: 10 }, (_, k) => magentoCustomer(7000 + k, 'pw'));
  const file = path.join(dir, 'staged.json');
  writeFileSync(file, JSON.stringify({ items, total_count: items.length }));
  const [{ password_hash: first }] = json(fixture('medusa-passwords.json')) as { password_hash: string }[];
  const second = '$2b$12$abcdefghijklmnopqrstuuJ8ae1RJyXY/zN5Nn9XJY1rWfDnO1i1a';
  const emails = items.map((i) => i.email as string);
  // Upper-case emails match; rows past the first chunk (batchSize 7) replace earlier ones.
  const rows = [
    ...emails.map((email) => ({ email: email.toUpperCase(), password_hash: first })),
    { email: emails[0], password_hash: 'not-a-hash' },
    { email: emails[1], password_hash: second },
  ];
  const passwordsFile = path.join(dir, 'staged-passwords.json');
  writeFileSync(passwordsFile, JSON.stringify(rows));
  const opts = options('magento', file, { source, passwordsFile });
  expect(await runImport(t.db, opts)).toMatchObject({ created: 10, failed: 0, passwordsRefused: 1 });
  const hashes = await t.db.sql.query<{ externalId: string; passwordHash: string; hasAccount: boolean }>(
    `SELECT "externalId", "passwordHash", "hasAccount" FROM "Customer" WHERE "externalSource" = $1 ORDER BY "externalId"`,
    [source],
  );
  expect(hashes.map((h) => [h.passwordHash === second ? 'second' : h.passwordHash === first ? 'first' : 'other', h.hasAccount])).toEqual([
    ['first', true],
    ['second', true],
    ...Array.from({ length: 8 }, () => ['first', true]),
  ]);

  // A re-run with the same files: all unchanged, no version bumped, no history entry added.
  const count = async () =>
    (
      await t.db.sql.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM "CustomerHistory" h JOIN "Customer" c ON c."id" = h."customerId" WHERE c."externalSource" = $1`,
        [source],
      )
    )[0].n;
  const [entries, before] = [await count(), await versions(source)];
  expect(entries).toBe(10);
  expect(await runImport(t.db, opts)).toMatchObject({ unchanged: 10, updated: 0, created: 0, failed: 0 });
  expect([await count(), await versions(source)]).toEqual([entries, before]);
  const stages = await t.db.sql.query(`SELECT 1 FROM pg_tables WHERE tablename LIKE 'import_passwords_%'`);
  expect(stages).toEqual([]);
});
