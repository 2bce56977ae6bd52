/**
 * Writes schema.graphql from the code (createSchema); `npm run schema` runs
 * it and then regenerates the typed client from the new file. With
 * `--check` it writes nothing and fails when the file differs
 * (test/codegen.test.ts runs package.json's command that way).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createSchema } from '../src/schema';
import { schemaSdl } from '../src/schema-sdl';

const SCHEMA_FILE = path.resolve(__dirname, '../schema.graphql');

async function main() {
  const sdl = schemaSdl(await createSchema());
  if (process.argv.includes('--check')) {
    if (readFileSync(SCHEMA_FILE, 'utf8') !== sdl) throw new Error('schema.graphql is stale: run `npm run schema` and commit the result');
    return;
  }
  writeFileSync(SCHEMA_FILE, sdl);
  console.log(`wrote ${path.relative(process.cwd(), SCHEMA_FILE)}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
