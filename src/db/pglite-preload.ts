import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';

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
  setFlagsFromString(`--wasm-tiering-budget=${START_TIERING_BUDGET}`);
  const wasmModule = WebAssembly.compile(readFileSync(path.join(PGLITE_DIST, 'pglite.wasm')));
  const fsBundle = readFile(path.join(PGLITE_DIST, 'pglite.data'));
  // Whoever opens the database awaits these and reports a failure; until
  // then a rejection must not count as unhandled.
  wasmModule.catch(() => undefined);
  fsBundle.catch(() => undefined);
  return { wasmModule, fsBundle };
}

/** V8's default for --wasm-tiering-budget (node 20). */
const DEFAULT_TIERING_BUDGET = 1_800_000;
/**
 * While PGlite starts, V8 recompiles the WebAssembly functions that ran
 * most with its optimising compiler on background threads: ~0.55 s of CPU
 * during a ~0.65 s start, competing on a 2-core machine with the main
 * thread that is starting the server. A hundred times the budget leaves
 * those functions on the baseline compiler until real work makes them hot.
 */
const START_TIERING_BUDGET = DEFAULT_TIERING_BUDGET * 100;

/** V8's own tiering again for functions whose budget runs out from now on (called once the server listens). */
export function restoreWasmTiering(): void {
  setFlagsFromString(`--wasm-tiering-budget=${DEFAULT_TIERING_BUDGET}`);
}
