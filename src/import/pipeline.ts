import type { ValidCustomer } from './validate';
import type { BatchResult, ItemFailure } from './writer';

/** A batch as the reader hands it over: the valid customers, the items validation refused, the index of its last item. */
export interface ReadBatch {
  items: ValidCustomer[];
  refused: ItemFailure[];
  through: number;
}

/** A committed batch, handed over in input order: its counts, and every refused item (validation and database) by index. */
export interface CommittedBatch {
  through: number;
  result: BatchResult;
  failed: ItemFailure[];
}

interface Slot {
  batch: ReadBatch;
  keys: Set<string>;
  done: Promise<BatchResult>;
}

/**
 * Writes up to `writers` batches at once (each its own transaction on its
 * own connection), so the database works on one batch while another is
 * written and the importer reads the next: on two cores the two sides
 * overlap instead of taking turns.
 *
 * What stays as if the batches were written one after another:
 * - Batches are handed to `onCommitted` in input order, only once every
 *   earlier one committed: the checkpoint saves an unbroken run of
 *   committed batches (a crash never skips one) and the report stays in
 *   input order.
 * - A batch sharing a source id or an email with a batch in flight waits
 *   for the batches in flight to commit, so two batches never write the
 *   same customer or race for the same email (the later item loses, as
 *   one writer would have it).
 * - An item refused because of what the database held (an email taken, a
 *   constraint) while an earlier batch was still uncommitted is written
 *   again once the earlier batches committed: the earlier batch may have
 *   freed the email (a customer moved to another address), as it would
 *   have before this item was checked one writer at a time.
 */
export class BatchPipeline {
  private readonly inFlight: Slot[] = [];

  constructor(
    private readonly writers: number,
    private readonly write: (items: ValidCustomer[]) => Promise<BatchResult>,
    private readonly onCommitted: (batch: CommittedBatch) => void,
  ) {}

  /** Starts writing the batch, once a writer is free; resolves when it is under way (or done, when it writes nothing). */
  async add(batch: ReadBatch): Promise<void> {
    const keys = batchKeys(batch.items);
    if (this.inFlight.some((slot) => overlaps(slot.keys, keys))) await this.drain();
    while (this.inFlight.length >= this.writers) await this.commitOldest();
    const earlier = this.inFlight.map((slot) => slot.done);
    const done = batch.items.length === 0 ? Promise.resolve(EMPTY) : this.writeAfter(batch.items, earlier);
    done.catch(() => undefined); // awaited in order by commitOldest; meanwhile a failure is not "unhandled"
    this.inFlight.push({ batch, keys, done });
  }

  /** Waits for every batch in flight and hands them over in order. */
  async drain(): Promise<void> {
    while (this.inFlight.length > 0) await this.commitOldest();
  }

  /** After a failure: lets the batches in flight end (commit or roll back), so nothing writes after the import returned. */
  async settle(): Promise<void> {
    await Promise.allSettled(this.inFlight.map((slot) => slot.done));
  }

  private async writeAfter(items: ValidCustomer[], earlier: Promise<BatchResult>[]): Promise<BatchResult> {
    const result = await this.write(items);
    if (result.recheck.length === 0 || earlier.length === 0) return result;
    await Promise.all(earlier);
    const again = new Set(result.recheck);
    const retried = await this.write(items.filter((item) => again.has(item.index)));
    return {
      created: result.created + retried.created,
      updated: result.updated + retried.updated,
      unchanged: result.unchanged + retried.unchanged,
      failed: [...result.failed.filter((f) => !again.has(f.index)), ...retried.failed],
      recheck: [],
    };
  }

  private async commitOldest(): Promise<void> {
    const slot = this.inFlight[0];
    const result = await slot.done;
    this.inFlight.shift();
    const failed = [...slot.batch.refused, ...result.failed].sort((a, b) => a.index - b.index);
    this.onCommitted({ through: slot.batch.through, result, failed });
  }
}

const EMPTY: BatchResult = { created: 0, updated: 0, unchanged: 0, failed: [], recheck: [] };

/** What two batches must not both write: a source id, an email (any case). */
function batchKeys(items: ValidCustomer[]): Set<string> {
  const keys = new Set<string>();
  for (const item of items) {
    keys.add(`id:${item.externalId}`);
    keys.add(`email:${item.email.toLowerCase()}`);
  }
  return keys;
}

function overlaps(a: Set<string>, b: Set<string>): boolean {
  for (const key of b) if (a.has(key)) return true;
  return false;
}
