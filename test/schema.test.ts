import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildClientSchema, getIntrospectionQuery, type IntrospectionQuery } from 'graphql';
import { schemaSdl } from '../src/schema-sdl';
import { ok, startTestServer, type TestServer } from './support';

const SCHEMA_FILE = path.resolve(__dirname, '../schema.graphql');

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.stop());

test('schema.graphql is the schema the server serves (run `npm run schema` when this fails)', async () => {
  const introspection = ok<IntrospectionQuery>(
    await t.gql(
      getIntrospectionQuery({
        descriptions: true,
        specifiedByUrl: true,
        directiveIsRepeatable: true,
        schemaDescription: true,
        inputValueDeprecation: true,
      }),
    ),
  );
  const served = schemaSdl(buildClientSchema(introspection));
  const committed = readFileSync(SCHEMA_FILE, 'utf8');
  if (committed !== served) {
    throw new Error(
      `schema.graphql differs from the served schema: run \`npm run schema\` and commit the result.\n${firstDifference(committed, served)}`,
    );
  }
});

/** The first differing line, so the failure says where without dumping both files. */
function firstDifference(committed: string, served: string): string {
  const a = committed.split('\n');
  const b = served.split('\n');
  const line = a.findIndex((text, i) => text !== b[i]);
  const at = line === -1 ? a.length : line;
  return `line ${at + 1}:\n  schema.graphql: ${a[at] ?? '(end of file)'}\n  served:         ${b[at] ?? '(end of schema)'}`;
}
