import 'reflect-metadata';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PLATFORMS } from '../src/interop/platforms';
import { runImport, type ImportOptions } from '../src/import/run-import';
import type { ValidCustomer } from '../src/import/validate';
import type { BatchResult } from '../src/import/writer';
import { magentoCustomer } from '../bench/import-data';
import { ok, startTestServer, type TestServer } from './support/test-server';

/**
 * Two batches written at once (BatchPipeline): whatever order they commit
 * in, the checkpoint keeps only the unbroken run of committed batches, the
 * report stays in input order, and the result is what one writer would
 * have written. The order is forced, not left to timing: `aroundWrite`
 * holds a batch back until a later one has committed.
 */
let t: TestServer;
let dir: string;
beforeAll(async () => {
  t = await startTestServer();
  dir = mkdtempSync(path.join(os.tmpdir(), 'import-concurrency-'));
});
afterAll(() => t.stop());

type Item = Record<string, unknown>;

function importFile(name: string, items: Item[], source: string, extra: Partial<ImportOptions> = {}): ImportOptions {
  const file = path.join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify({ items, total_count: items.length }));
  return {
    platform: PLATFORMS.magento,
    file,
    source,
    reportFile: path.join(dir, `${name}.report.jsonl`),
    batchSize: 2,
    writers: 2,
    ...extra,
  };
}

const report = (opts: ImportOptions) =>
  readFileSync(opts.reportFile, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { index: number; errors: { code: string }[] })
    .map((r) => `${r.index} ${r.errors.map((e) => e.code).join(',')}`);

/** A batch's write is held back until `release` resolves. */
function deferred<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const first = (items: ValidCustomer[]) => items[0]?.index;

async function customers(source: string): Promise<string[]> {
  const rows = await t.db.sql.query<{ externalId: string; email: string }>(
    `SELECT "externalId", "email" FROM "Customer" WHERE "externalSource" = $1 ORDER BY "externalId"`,
    [source],
  );
  return rows.map((r) => `${r.externalId} ${r.email}`);
}

test('a later batch commits first, then the run dies: the checkpoint keeps the unbroken run, a resume writes the rest', async () => {
  const source = 'conc-kill';
  const items = [0, 1, 2, 3, 4, 5].map((i) => magentoCustomer(i, 'kill'));
  const laterCommitted = deferred<BatchResult>();
  const opts = importFile('kill', items, source, {
    aroundWrite: async (batch, write) => {
      if (first(batch) === 0) {
        await laterCommitted.promise;
        throw new Error('killed while the first batch was in flight');
      }
      const result = await write();
      if (first(batch) === 2) laterCommitted.resolve(result);
      return result;
    },
  });
  await expect(runImport(t.db, opts)).rejects.toThrow('killed');
  expect(await customers(source)).toEqual(['1002 ' + String(items[2].email), '1003 ' + String(items[3].email)]);
  const state = opts.reportFile.replace(/\.jsonl$/, '.state.json');
  expect(existsSync(state) ? (JSON.parse(readFileSync(state, 'utf8')) as { done: number }).done : 0).toBe(0);

  const { aroundWrite: _, ...plain } = opts;
  expect(await runImport(t.db, plain)).toMatchObject({ skipped: 0, items: 6, created: 4, unchanged: 2, failed: 0, complete: true });
  expect(await customers(source)).toHaveLength(6);
  expect(await runImport(t.db, plain)).toMatchObject({ created: 0, updated: 0, unchanged: 6, failed: 0 });
});

test('the report stays in input order when a later batch commits first; a customer created meanwhile through the API wins its email', async () => {
  const source = 'conc-report';
  const items = [0, 1, 2, 3, 4, 5, 6].map((i) => magentoCustomer(i, 'report'));
  items[1].email = 'not-an-email';
  items[6].email = 'also not an email';
  const laterDone = deferred();
  const opts = importFile('report', items, source, {
    aroundWrite: async (batch, write) => {
      if (first(batch) === 0) await laterDone.promise; // items 0 and 2 (1 was refused by validation)
      if (first(batch) === 3) {
        // Another writer takes item 4's email while the batch before it is still uncommitted.
        const created = ok(
          await t.gql(`mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { errors { code } } }`, {
            i: { email: items[4].email, websiteId: 1 },
          }),
        ).createCustomer;
        expect(created.errors).toEqual([]);
        const result = await write();
        laterDone.resolve();
        return result;
      }
      return write();
    },
  });
  expect(await runImport(t.db, opts)).toMatchObject({ items: 7, created: 4, failed: 3 });
  expect(report(opts)).toEqual(['1 INVALID', '4 EMAIL_TAKEN', '6 INVALID']);
  expect(await customers(source)).toHaveLength(4);
});

test('an email an earlier batch frees is taken by a later one, even when the later one is checked first', async () => {
  const source = 'conc-move';
  const mover = magentoCustomer(0, 'move');
  const filler = magentoCustomer(1, 'move');
  expect(await runImport(t.db, importFile('move-1', [mover, filler], source))).toMatchObject({ created: 2 });
  const oldEmail = String(mover.email);
  const moved = { ...mover, email: 'moved.0.move@example.com' };
  const newcomer = { ...magentoCustomer(2, 'move'), email: oldEmail };
  const earlierDone = deferred();
  const checkedFirst: number[] = [];
  const opts = importFile('move-2', [moved, filler, newcomer, magentoCustomer(3, 'move')], source, {
    aroundWrite: async (batch, write) => {
      if (first(batch) === 0) await earlierDone.promise;
      const result = await write();
      checkedFirst.push(first(batch));
      if (first(batch) === 2) earlierDone.resolve();
      return result;
    },
  });
  expect(await runImport(t.db, opts)).toMatchObject({ created: 2, updated: 1, unchanged: 1, failed: 0 });
  // The later batch was checked while the mover still held the email, and written again after it moved.
  expect(checkedFirst).toEqual([2, 0, 2]);
  expect(await customers(source)).toEqual([
    '1000 moved.0.move@example.com',
    '1001 ' + String(filler.email),
    `1002 ${oldEmail}`,
    expect.any(String),
  ]);
});

test('batches that share an email or a source id are not written at once: the later item loses, as with one writer', async () => {
  const source = 'conc-same';
  const a = magentoCustomer(0, 'same');
  const twin = { ...magentoCustomer(1, 'same'), email: a.email }; // another customer, the same email
  const items = [a, magentoCustomer(2, 'same'), twin, magentoCustomer(3, 'same'), { ...a }, magentoCustomer(4, 'same')];
  const events: string[] = [];
  const opts = importFile('same', items, source, {
    aroundWrite: async (batch, write) => {
      events.push(`start ${first(batch)}`);
      const result = await write();
      events.push(`end ${first(batch)}`);
      return result;
    },
  });
  // Item 4 repeats item 0 (same source id): one writer would find it written and unchanged.
  expect(await runImport(t.db, opts)).toMatchObject({ created: 4, unchanged: 1, failed: 1 });
  expect(report(opts)).toEqual(['2 EMAIL_TAKEN']);
  expect(events).toEqual(['start 0', 'end 0', 'start 2', 'end 2', 'start 4', 'end 4']);
  expect(await runImport(t.db, { ...opts, aroundWrite: undefined })).toMatchObject({ created: 0, updated: 0, unchanged: 5, failed: 1 });
});
