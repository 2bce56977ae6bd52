// The WebAssembly types come with TypeScript's "dom" lib, which this Node
// project does not load; PGlite's options name WebAssembly.Module and
// src/db/pglite-preload.ts compiles one. Only what those two use.
declare namespace WebAssembly {
  // An opaque compiled module: nothing here reads its members.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Module {}
  function compile(bytes: Uint8Array): Promise<Module>;
}
