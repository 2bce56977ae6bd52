/**
 * Writes schema.graphql from the code (createSchema); `npm run schema` runs
 * it and then regenerates the typed client from the new file.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { createSchema } from '../src/schema';
import { schemaSdl } from '../src/schema-sdl';

const SCHEMA_FILE = path.resolve(__dirname, '../schema.graphql');

async function main() {
  writeFileSync(SCHEMA_FILE, schemaSdl(await createSchema()));
  console.log(`wrote ${path.relative(process.cwd(), SCHEMA_FILE)}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
