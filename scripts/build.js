#!/usr/bin/env node
// Compiles src/ to dist/ only when something tsc reads changed since the last
// build (npm start used to run tsc every time: ~7 s). `--install` (postinstall)
// also writes the PGlite template (src/db/pglite-template.ts), and failures
// there only warn: npm start builds again, loudly.
// node:child_process is required only to build: loading it cost every
// `npm start` ~30-50 ms on this 2-core VM.
const { existsSync, readFileSync, readdirSync, statSync, writeFileSync } = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const stamp = path.join(root, 'dist', '.built');
/** What `npm start` runs (bundle() below). */
const BUNDLE = path.join(root, 'dist', 'bundle', 'main.js');

function newestMtime(target) {
  const info = statSync(target);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

function stale() {
  if (!existsSync(stamp) || !existsSync(BUNDLE)) return true;
  const inputs = ['src', 'tsconfig.json', 'package-lock.json'].map((p) => path.join(root, p)).filter(existsSync);
  return Math.max(...inputs.map(newestMtime)) > statSync(stamp).mtimeMs;
}

/**
 * What `npm start` runs: dist/main.js and everything it requires, in one file
 * (esbuild). Loading ~930 files took ~0.5 s of every start, a third of the
 * start on an existing database. tsc's output is bundled, not the .ts
 * sources: esbuild emits no decorator metadata, which type-graphql reads.
 * No minifying of names: type-graphql names GraphQL types after classes.
 * At the depth of dist/db/, because migrate.ts and pglite-template.ts find
 * their files from __dirname. Left out: PGlite (it loads its .wasm and
 * .data beside itself), Prisma's engine (a dynamic import), the libraries
 * the password workers load by path, class-validator (not installed;
 * type-graphql asks for it only with validation on), and what an embedded
 * start never loads but every start would read and parse (~0.6 of 3.9 MB):
 * pg and Prisma's adapter for it (PostgreSQL only), iconv-lite (body-parser,
 * only for a body in another charset). Those load from node_modules when
 * asked for.
 */
function bundle() {
  require('esbuild').buildSync({
    entryPoints: [path.join(root, 'dist', 'main.js')],
    outfile: BUNDLE,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    minifyWhitespace: true,
    minifySyntax: true,
    sourcemap: true,
    logLevel: 'warning',
    external: [
      '@electric-sql/pglite',
      '@electric-sql/pglite/*',
      '@prisma/client/runtime/*.wasm-base64.js',
      'bcryptjs',
      'scrypt-kdf',
      'libsodium-wrappers-sumo',
      'class-validator',
      'pg',
      'pg-copy-streams',
      '@prisma/adapter-pg',
      'iconv-lite',
    ],
  });
  asciiOnly(BUNDLE);
}

/**
 * esbuild escapes non-ASCII characters except in regular expression literals
 * (graphql-scalars has a `°`). One such character makes V8 hold the whole
 * 3 MB source as a two-byte string, read through the slower UTF-8 decoder
 * (~20 ms of every start). `\uXXXX` means the same character in a regular
 * expression (with or without the u flag), a string and an identifier.
 */
function asciiOnly(file) {
  const text = readFileSync(file, 'utf8');
  const ascii = text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (ascii !== text) writeFileSync(file, ascii);
}

/** Compiles when stale (or always); throws what tsc's or esbuild's failure threw. */
function build({ always = false } = {}) {
  if (!always && !stale()) return;
  const started = Date.now();
  const { execFileSync } = require('node:child_process');
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: root, stdio: 'inherit' });
  bundle();
  writeFileSync(stamp, `${new Date(started).toISOString()}\n`);
}

module.exports = { build, BUNDLE };

if (require.main === module) {
  const install = process.argv.includes('--install');
  try {
    build({ always: process.argv.includes('--always') }); // --always: npm run build
    if (install)
      require('node:child_process').execFileSync(process.execPath, [path.join(root, 'dist/db/pglite-template.js')], {
        cwd: root,
        stdio: 'inherit',
      });
  } catch (err) {
    if (!install) process.exit(typeof err.status === 'number' ? err.status : 1);
    console.warn(`postinstall: build skipped (${err.message.split('\n')[0]}); npm start will build.`);
  }
}
