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
import { validateRecord, type ValidCustomer } from './validate';
import { writeBatch, type BatchResult, type ItemFailure } from './writer';

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
  /** Stop after this many items (tests use it to interrupt a run). */
  stopAfter?: number;
  onProgress?: (bytesRead: number, totalBytes: number, customers: number, final?: boolean) => void;
}

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
 * batches (one transaction each, set-based) while the next batch is read.
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
  try {
    if (options.passwordsFile)
      passwords = await StagedPasswords.stage(db.sql, options.passwordsFile, batchSize, (problem) => {
        summary.passwordsRefused += 1;
        writeLine(report, { passwordsFile: options.passwordsFile, ...problem });
      });
    const groups = new GroupResolver(db.sql, source, platform);
    const actor = importActor(source, basename(options.file));
    let batch: ValidCustomer[] = [];
    let lastIndex = skip - 1;
    let writing: Promise<void> = Promise.resolve();
    let bytes = { bytesRead: 0, totalBytes: 0 };
    const flush = async (items: ValidCustomer[], through: number) => {
      await writing; // one batch in flight: the next is read and validated meanwhile
      writing = writeBatch(db.sql, source, items, groups, passwords, actor).then((result) => {
        tally(summary, result, report);
        checkpoint.save(through + 1);
        options.onProgress?.(bytes.bytesRead, bytes.totalBytes, summary.created + summary.updated + summary.unchanged + summary.failed);
      });
      writing.catch(() => undefined); // awaited at the next flush; meanwhile a failure is not "unhandled"
    };
    for await (const { index, value } of readJsonArray(options.file, platform.itemsKey, (p) => (bytes = p))) {
      if (options.stopAfter !== undefined && index >= options.stopAfter) {
        batch = []; // as if the process died here: the unwritten batch is lost
        break;
      }
      lastIndex = index;
      if (index < skip) continue;
      summary.items += 1;
      const checked =
        value !== null && typeof value === 'object' && !Array.isArray(value)
          ? validateRecord(index, source, platform.toRecord(value as Json))
          : { ok: false as const, errors: [userError(UserErrorCode.INVALID, [], 'A customer is a JSON object')] };
      if (checked.ok) batch.push(checked.customer);
      else {
        const item = (value ?? {}) as Json;
        recordFailure(summary, report, { index, externalId: item.id, email: item.email, errors: checked.errors });
      }
      if (batch.length >= batchSize) {
        await flush(batch, index);
        batch = [];
      }
    }
    if (batch.length > 0) await flush(batch, lastIndex);
    await writing;
    summary.complete = options.stopAfter === undefined;
    if (summary.complete) checkpoint.save(lastIndex + 1, true);
    // Fresh planner statistics after a big load, as the seeder does.
    if (summary.created > 10_000) await db.sql.exec('ANALYZE "Customer", "Address", "CustomerGroupMember"');
  } finally {
    await passwords?.drop();
    await new Promise((resolve) => report.end(resolve));
  }
  summary.seconds = (Date.now() - started) / 1000;
  options.onProgress?.(1, 1, summary.created + summary.updated + summary.unchanged + summary.failed, true);
  return summary;
}

function tally(summary: ImportSummary, result: BatchResult, report: WriteStream): void {
  summary.created += result.created;
  summary.updated += result.updated;
  summary.unchanged += result.unchanged;
  for (const failure of result.failed) recordFailure(summary, report, failure);
}

function recordFailure(summary: ImportSummary, report: WriteStream, failure: ItemFailure): void {
  summary.failed += 1;
  writeLine(report, failure);
}

function writeLine(report: WriteStream, entry: object): void {
  report.write(`${JSON.stringify(entry)}\n`);
}
