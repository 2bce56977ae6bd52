import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** PGlite's engine and file-system bundle sit beside its entry file. */
const PGLITE_DIST = path.dirname(require.resolve('@electric-sql/pglite'));

/** PGlite's engine, compiled, and its file-system bundle, read: started before the server's code loads. */
export interface PgliteAssets {
  wasmModule: Promise<WebAssembly.Module>;
  fsBundle: Promise<Buffer>;
}

/**
 * Starts what PGlite would otherwise do first and wait for: reading its 9 MB
 * WebAssembly engine and compiling it (~0.25 s, on V8's background threads),
 * and reading its 5 MB file-system bundle. Called before the rest of the
 * server's code is loaded, so that both happen while the main thread loads
 * modules (docs/performance.md, start-up). The engine is read synchronously
 * so that the compile starts at once rather than when the main thread is
 * next free.
 */
export function preloadPglite(): PgliteAssets {
  const wasmModule = WebAssembly.compile(readFileSync(path.join(PGLITE_DIST, 'pglite.wasm')));
  const fsBundle = readFile(path.join(PGLITE_DIST, 'pglite.data'));
  // Whoever opens the database awaits these and reports a failure; until
  // then a rejection must not count as unhandled.
  wasmModule.catch(() => undefined);
  fsBundle.catch(() => undefined);
  return { wasmModule, fsBundle };
}
