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

function newestMtime(target) {
  const info = statSync(target);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

function stale() {
  if (!existsSync(stamp)) return true;
  const inputs = ['src', 'tsconfig.json', 'package-lock.json'].map((p) => path.join(root, p)).filter(existsSync);
  return Math.max(...inputs.map(newestMtime)) > statSync(stamp).mtimeMs;
}

/** Compiles when stale (or always); throws what tsc's failure threw. */
function build({ always = false } = {}) {
  if (!always && !stale()) return;
  const started = Date.now();
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: root, stdio: 'inherit' });
  writeFileSync(stamp, `${new Date(started).toISOString()}\n`);
}

module.exports = { build };

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
