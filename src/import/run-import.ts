import { createWriteStream, type WriteStream } from 'node:fs';
import { UserErrorCode, userError } from '../common/user-error';
import type { Database } from '../db/database';
import type { Json } from '../interop/field-map';
import type { Platform } from '../interop/platforms';
import { basename } from 'node:path';
import { Checkpoint } from './checkpoint';
import { importActor } from './history';
import { GroupResolver } from './groups';
import { StagedPasswords } from './passwords';
import { readJsonArray } from './reader';
import { BatchPipeline, type CommittedBatch, type ReadBatch } from './pipeline';
import { validateRecord, type ValidCustomer } from './validate';
import { writeBatch, type BatchResult } from './writer';

export interface ImportOptions {
  platform: Platform;
  file: string;
  /** externalSource of what this import writes; default the platform's name. Name each source shop when importing several. */
  source?: string;
  passwordsFile?: string;
  /** JSON lines, one per refused item. */
  reportFile: string;
  /** Resume state; default the report's name with .state.json. */
  stateFile?: string;
  /** Ignore a previous unfinished run's state and start from the first item. */
  restart?: boolean;
  /** Customers per transaction. */
  batchSize?: number;
  /** Batches written at once, each on its own connection; default 2 on Postgres, 1 on PGlite (one connection). */
  writers?: number;
  /** Stop after this many items (tests use it to interrupt a run). */
  stopAfter?: number;
  /** Wraps each batch's write (tests use it to hold a batch back or kill the run while it is in flight). */
  aroundWrite?: (items: ValidCustomer[], write: () => Promise<BatchResult>) => Promise<BatchResult>;
  onProgress?: (bytesRead: number, totalBytes: number, customers: number, final?: boolean) => void;
}

/**
 * The first batches are smaller (250, 500, then batchSize): the database
 * starts writing once 250 customers are read instead of 1,000, and its
 * first transactions (new connections, cold caches) overlap the reading.
 * ~5% off a 20,000-customer import's wall time (docs/import.md).
 */
const FIRST_BATCH = 250;

/**
 * Fresh planner statistics after a big load, for the columns the customer
 * list filters or joins on, so its plans fit the new rows at once; the
 * statements run at once on two connections (Postgres), as each takes about
 * as long. A column list keeps this to a 30,000-row sample and leaves out
 * the index expressions, the search expression's 1,000-entry statistics
 * included (a 300,000-row sample: ~1.1 s of the 1.2 s a full ANALYZE of
 * 100,000 customers took). It does not reset the tables' change counters,
 * so autovacuum still runs its full ANALYZE soon after, off the import's
 * clock. A new list filter's column belongs here too.
 */
const CLOSING_ANALYZE = [
  `ANALYZE "Customer" ("websiteId", "storeId", "hasAccount", "externalSource", "primaryGroupId", "createdAt", "updatedAt", "deletedAt"),
     "CustomerGroupMember" ("groupId", "customerId")`,
  `ANALYZE "Address" ("customerId", "countryCode")`,
];

export interface ImportSummary {
  items: number;
  skipped: number;
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
  passwordsRefused: number;
  seconds: number;
  complete: boolean;
}

/**
 * Streams a platform's customer list into the database: each item mapped by
 * the platform's tables, validated by the API's rules, then written in
 * batches (one transaction each, set-based; two at once on Postgres, see
 * BatchPipeline) while the next batch is read.
 * Refused items go to the report and write nothing. Idempotent (a re-run
 * finds every customer unchanged) and resumable (see Checkpoint).
 */
export async function runImport(db: Database, options: ImportOptions): Promise<ImportSummary> {
  const started = Date.now();
  const { platform } = options;
  const source = options.source ?? platform.name;
  const batchSize = options.batchSize ?? 1000;
  const checkpoint = Checkpoint.forFile(
    options.stateFile ?? `${options.reportFile.replace(/\.jsonl$/, '')}.state.json`,
    options.file,
    platform.name,
    source,
  );
  const skip = options.restart ? 0 : checkpoint.resumeFrom();
  const report = createWriteStream(options.reportFile, { flags: skip > 0 ? 'a' : 'w' });
  const summary: ImportSummary = {
    items: 0,
    skipped: skip,
    created: 0,
    updated: 0,
    unchanged: 0,
    failed: 0,
    passwordsRefused: 0,
    seconds: 0,
    complete: false,
  };
  let passwords: StagedPasswords | undefined;
  let pipeline: BatchPipeline | undefined;
  try {
    if (options.passwordsFile)
      passwords = await StagedPasswords.stage(db.sql, options.passwordsFile, batchSize, (problem) => {
        summary.passwordsRefused += 1;
        writeLine(report, { passwordsFile: options.passwordsFile, ...problem });
      });
    const groups = new GroupResolver(db.sql, source, platform);
    const actor = importActor(source, basename(options.file));
    const write = (items: ValidCustomer[]) => writeBatch(db.sql, source, items, groups, passwords, actor);
    let bytes = { bytesRead: 0, totalBytes: 0 };
    const committed = (batch: CommittedBatch) => {
      tally(summary, batch, report);
      checkpoint.save(batch.through + 1);
      options.onProgress?.(bytes.bytesRead, bytes.totalBytes, summary.created + summary.updated + summary.unchanged + summary.failed);
    };
    pipeline = new BatchPipeline(
      options.writers ?? (db.kind === 'postgres' ? 2 : 1),
      options.aroundWrite ? (items) => options.aroundWrite!(items, () => write(items)) : write,
      committed,
    );
    let batch: ReadBatch = { items: [], refused: [], through: skip - 1 };
    let lastIndex = skip - 1;
    let batchesSent = 0;
    for await (const { index, value } of readJsonArray(options.file, platform.itemsKey, (p) => (bytes = p))) {
      if (options.stopAfter !== undefined && index >= options.stopAfter) {
        batch = { items: [], refused: [], through: lastIndex }; // as if the process died here: the unwritten batch is lost
        break;
      }
      lastIndex = index;
      if (index < skip) continue;
      summary.items += 1;
      batch.through = index;
      const checked =
        value !== null && typeof value === 'object' && !Array.isArray(value)
          ? validateRecord(index, source, platform.toRecord(value as Json))
          : { ok: false as const, errors: [userError(UserErrorCode.INVALID, [], 'A customer is a JSON object')] };
      if (checked.ok) {
        batch.items.push(checked.customer);
        const { primaryGroup, groups: others } = checked.customer;
        groups.prefetch(primaryGroup ? [primaryGroup, ...others] : others);
      } else {
        const item = (value ?? {}) as Json;
        batch.refused.push({ index, externalId: item.id, email: item.email, errors: checked.errors });
      }
      if (batch.items.length >= Math.min(batchSize, FIRST_BATCH * 2 ** batchesSent)) {
        batchesSent += 1;
        await pipeline.add(batch);
        batch = { items: [], refused: [], through: index };
      }
    }
    if (batch.items.length + batch.refused.length > 0) await pipeline.add(batch);
    await pipeline.drain();
    summary.complete = options.stopAfter === undefined;
    if (summary.complete) checkpoint.save(lastIndex + 1, true);
    if (summary.created > 10_000) await Promise.all(CLOSING_ANALYZE.map((statement) => db.sql.exec(statement)));
  } finally {
    await pipeline?.settle(); // after a failure, nothing may still write (or need the staged passwords)
    await passwords?.drop();
    await new Promise((resolve) => report.end(resolve));
  }
  summary.seconds = (Date.now() - started) / 1000;
  options.onProgress?.(1, 1, summary.created + summary.updated + summary.unchanged + summary.failed, true);
  return summary;
}

function tally(summary: ImportSummary, { result, failed }: CommittedBatch, report: WriteStream): void {
  summary.created += result.created;
  summary.updated += result.updated;
  summary.unchanged += result.unchanged;
  summary.failed += failed.length;
  for (const failure of failed) writeLine(report, failure);
}

function writeLine(report: WriteStream, entry: object): void {
  report.write(`${JSON.stringify(entry)}\n`);
}
