import { open } from 'node:fs/promises';
import { JsonArraySplitter } from './array-splitter';

/**
 * The elements of one array inside a JSON file, one at a time, in constant
 * memory whatever the file's size: read in chunks, cut into elements by
 * JsonArraySplitter (which says why it is not a streaming parser library),
 * each parsed as it completes.
 */
export interface SourceItem {
  /** Position in the array, from 0. */
  index: number;
  value: unknown;
}

export interface ReadProgress {
  bytesRead: number;
  totalBytes: number;
}

const CHUNK_BYTES = 256 * 1024;
/** Items between turns of the event loop (~1–2 ms of a first import's validation). */
const YIELD_EVERY = 16;

/** `key`: the top-level object's key holding the array ("items"), or null when the document is the array. */
export async function* readJsonArray(
  file: string,
  key: string | null,
  onProgress?: (progress: ReadProgress) => void,
): AsyncGenerator<SourceItem> {
  const handle = await open(file, 'r');
  try {
    const totalBytes = (await handle.stat()).size;
    const splitter = new JsonArraySplitter(key);
    let index = 0;
    let bytesRead = 0;
    for (;;) {
      const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
      const { bytesRead: n } = await handle.read(buffer, 0, CHUNK_BYTES, null);
      if (n === 0) break;
      bytesRead += n;
      let values: unknown[];
      try {
        values = splitter.push(buffer.subarray(0, n));
      } catch (err) {
        throw new Error(`${file}: after item ${index}, ${(err as Error).message}`, { cause: err });
      }
      for (const value of values) {
        yield { index: index++, value };
        // Yielding an async generator's items is microtasks only: without a turn of the event loop
        // now and then, the database's answers to the writers wait for a whole chunk's validation.
        if (index % YIELD_EVERY === 0) await new Promise(setImmediate);
      }
      onProgress?.({ bytesRead, totalBytes });
    }
    try {
      splitter.end();
    } catch (err) {
      throw new Error(`${file}: ${(err as Error).message}`, { cause: err });
    }
  } finally {
    await handle.close();
  }
}
