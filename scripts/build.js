#!/usr/bin/env node
// Compiles src/ to dist/ only when something tsc reads changed since the last
// build (npm start used to run tsc every time: ~7 s). `--install` (postinstall)
// also writes the PGlite template (src/db/pglite-template.ts), and failures
// there only warn: npm start builds again, loudly.
const { execFileSync } = require('node:child_process');
const { existsSync, readdirSync, statSync, writeFileSync } = require('node:fs');
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
 * the password workers load by path, and class-validator (not installed;
 * type-graphql asks for it only with validation on).
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
    ],
  });
}

/** Compiles when stale (or always); throws what tsc's or esbuild's failure threw. */
function build({ always = false } = {}) {
  if (!always && !stale()) return;
  const started = Date.now();
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: root, stdio: 'inherit' });
  bundle();
  writeFileSync(stamp, `${new Date(started).toISOString()}\n`);
}

module.exports = { build, BUNDLE };

if (require.main === module) {
  const install = process.argv.includes('--install');
  try {
    build({ always: process.argv.includes('--always') }); // --always: npm run build
    if (install) execFileSync(process.execPath, [path.join(root, 'dist/db/pglite-template.js')], { cwd: root, stdio: 'inherit' });
  } catch (err) {
    if (!install) process.exit(typeof err.status === 'number' ? err.status : 1);
    console.warn(`postinstall: build skipped (${err.message.split('\n')[0]}); npm start will build.`);
  }
}
