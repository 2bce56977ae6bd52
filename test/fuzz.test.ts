/**
 * Property-based fuzz of every operation (issue 9): for each Query and
 * Mutation field of the schema, whatever operations exist when this runs,
 * hostile values for every argument (built from the argument's GraphQL
 * type), sent over HTTP with an admin token. Whatever comes back:
 * - no HTTP 5xx and no INTERNAL_SERVER_ERROR;
 * - no stack, SQL or Prisma text in the body;
 * - a request answered with an error (GraphQL errors or payload `errors`)
 *   wrote nothing: every table's content is the same before and after.
 * Fixed seed, FUZZ_RUNS cases in all (default 300) spread over the
 * operations; FUZZ_SEED picks another seed.
 */
import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { createSchema } from '../src/schema';
import { ok, startTestServer, uniqueEmail, type TestServer } from './support/test-server';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const SEED = Number(process.env.FUZZ_SEED ?? 20261128);
/** Operations that would end the fuzzer's own session. */
const SKIPPED = new Set(['logout']);
/** Text that must never reach a client: stacks, SQL, Prisma, driver internals. */
const LEAK =
  /Prisma|\bP[12]\d{3}\b|SQLSTATE|\bSELECT\s|INSERT\s+INTO|\bUPDATE\s+"|DELETE\s+FROM|node_modules|\.ts:\d+|\n\s+at |violates|duplicate key|invalid input syntax|ECONN/i;
/** Tables compared before and after a refused request, with columns that change on reads left out. */
const VOLATILE_COLUMNS: Record<string, string[]> = { ApiToken: ['lastUsedAt'] };
const IGNORED_TABLES = new Set(['LoginThrottle', '_migrations', '_prisma_migrations']);

let t: TestServer;
let schema: GraphQLSchema;
/** Ids of rows that exist (and of some deleted ones), so that fuzzed ids reach real code paths. */
const ids: string[] = [];
let tables: string[] = [];

beforeAll(async () => {
  t = await startTestServer();
  schema = await createSchema();
  const groups = await Promise.all(
    ['Fuzz A', 'Fuzz B', 'Fuzz gone'].map(
      async (name) =>
        ok(await t.gql(`mutation($n: String!) { createCustomerGroup(input: { name: $n }) { customerGroup { id } } }`, { n: name }))
          .createCustomerGroup.customerGroup.id as string,
    ),
  );
  const customer = ok(
    await t.gql(
      `mutation($e: String!, $g: [ID!]) { createCustomer(input: { email: $e, groupIds: $g, primaryGroupId: null,
         addresses: [{ countryCode: "DE", street: ["Hauptstr. 1"], city: "Berlin" }] }) { customer { id email addresses { id } } errors { code } } }`,
      { e: uniqueEmail('fuzz'), g: groups.slice(0, 2) },
    ),
  ).createCustomer.customer;
  ok(await t.gql(`mutation($id: ID!) { deleteCustomerGroup(id: $id) { errors { code } } }`, { id: groups[2] }));
  ids.push(...groups, customer.id, ...customer.addresses.map((a: { id: string }) => a.id));
  const rows = await t.db.sql.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`,
  );
  tables = rows.map((row) => row.table_name).filter((name) => !IGNORED_TABLES.has(name));
});
afterAll(() => t.stop());

// ---------------------------------------------------------------- values

const HOSTILE_TEXT = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udc00',
  '\ud83d\ude00',
  '\u202e\u0301',
  "' OR 1=1 --",
  '"); DROP TABLE "Customer"; --',
  '%_\\',
  '\\u0000',
  '<script>alert(1)</script>',
  'x'.repeat(256),
  'é'.repeat(2000),
  '0',
  '-1',
  'null',
  'NaN',
  'a@b.co',
  ' A@B.CO ',
  '2020-02-30',
  '2020-01-01T00:00:00.000Z',
  'DE',
  'customers:read',
  '__proto__',
  'constructor',
];

const text = () =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_TEXT) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ maxLength: 300 }) },
    { weight: 2, arbitrary: fc.constantFrom(...(ids.length ? ids : ['x'])) },
  );

/** JSON values: ordinary ones, hostile text inside, and nesting past the limit. */
const json = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    fc.dictionary(text(), fc.oneof(text(), fc.integer(), fc.constant(null)), { maxKeys: 4 }),
    fc.integer({ min: 30, max: 3000 }).map((depth) => {
      let value: unknown = 'bottom';
      for (let i = 0; i < depth; i += 1) value = { a: value };
      return value;
    }),
    fc.constant({ big: 'x'.repeat(20_000) }),
  );

function scalar(name: string): fc.Arbitrary<unknown> {
  switch (name) {
    case 'Int':
      return fc.oneof(fc.constantFrom(0, -1, 1, 500, 501, 2147483647, -2147483648), fc.integer());
    case 'Float':
      return fc.oneof(fc.double({ noNaN: true }), fc.constantFrom(0, -0.5, 1e308));
    case 'Boolean':
      return fc.boolean();
    case 'JSON':
      return json();
    case 'JSONObject':
      return json().filter((value) => typeof value === 'object' && value !== null && !Array.isArray(value));
    case 'DateTime':
      return fc.oneof(
        fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
        text(),
      );
    case 'LocalDate':
      return fc.oneof(fc.constantFrom('2000-01-01', '2020-02-29', '0001-01-01', '9999-12-31'), text());
    default:
      return text();
  }
}

/** A value for an input type; nullable positions are sometimes null or left out. */
function valueOf(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return required(type.ofType, depth);
  return fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 3, arbitrary: required(type, depth) });
}

function required(type: GraphQLInputType, depth: number): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return required(type.ofType, depth);
  if (isListType(type)) return fc.array(valueOf(type.ofType, depth + 1), { maxLength: depth > 2 ? 1 : 3 });
  if (isEnumType(type)) return fc.oneof(fc.constantFrom(...type.getValues().map((v) => v.name)), fc.constant('NOT_A_VALUE'));
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    const model = Object.fromEntries(fields.map((field) => [field.name, valueOf(field.type, depth + 1)]));
    const requiredKeys = fields.filter((field) => isNonNullType(field.type) && field.defaultValue === undefined).map((f) => f.name);
    return fc.record(model, { requiredKeys });
  }
  if (isScalarType(type)) return scalar(type.name);
  return fc.constant(null);
}

// ---------------------------------------------------------------- documents

/** Leaves of a type, and one level of object fields (their leaves), skipping fields with required arguments. */
function selection(type: GraphQLObjectType, depth = 0): string {
  const parts: string[] = [];
  for (const field of Object.values(type.getFields())) {
    if (field.args.some((arg) => isNonNullType(arg.type))) continue;
    const named = getNamedType(field.type);
    if (isLeafType(named)) parts.push(field.name);
    else if (depth < 1 && isObjectType(named)) parts.push(`${field.name} { ${selection(named, depth + 1)} }`);
  }
  return parts.length ? parts.join(' ') : '__typename';
}

interface Operation {
  kind: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
  document: string;
}

function operationOf(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): Operation {
  const variables = field.args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const returned = getNamedType(field.type);
  const body = isObjectType(returned) ? ` { ${selection(returned)} }` : '';
  const document = `${kind} Fuzz${variables ? `(${variables})` : ''} { ${field.name}${args ? `(${args})` : ''}${body} }`;
  return { kind, field, document };
}

// ---------------------------------------------------------------- checks

/** Every table's rows, as one text per table (volatile columns left out). */
async function snapshot(): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const table of tables) {
    const drop = (VOLATILE_COLUMNS[table] ?? []).map((c) => ` - '${c}'`).join('');
    const [row] = await t.db.sql.query<{ content: string | null }>(
      `SELECT string_agg((to_jsonb(t)${drop})::text, E'\\n' ORDER BY (to_jsonb(t)${drop})::text) AS content FROM "${table}" t`,
    );
    result[table] = row.content ?? '';
  }
  return result;
}

/** True when the response reports any error: GraphQL errors or a payload's `errors`. */
function answeredError(body: any): boolean {
  if (Array.isArray(body) || body.errors?.length) return true;
  return Object.values(body.data ?? {}).some((value: any) => Array.isArray(value?.errors) && value.errors.length > 0);
}

async function send(document: string, variables: Record<string, unknown>) {
  const response = await fetch(t.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${t.token}` },
    body: JSON.stringify({ query: document, variables }),
  });
  return { status: response.status, text: await response.text() };
}

test(`every argument of every operation, fuzzed (${RUNS} cases, seed ${SEED})`, async () => {
  const operations = [
    ...Object.values(schema.getQueryType()!.getFields()).map((field) => operationOf('query', field)),
    ...Object.values(schema.getMutationType()!.getFields()).map((field) => operationOf('mutation', field)),
  ].filter((operation) => !SKIPPED.has(operation.field.name));
  expect(operations.length).toBeGreaterThan(20);
  const perOperation = Math.max(2, Math.ceil(RUNS / operations.length));

  for (const [index, operation] of operations.entries()) {
    const argumentValues = fc.record(Object.fromEntries(operation.field.args.map((arg) => [arg.name, valueOf(arg.type)])));
    await fc.assert(
      fc.asyncProperty(argumentValues, async (variables) => {
        const before = operation.kind === 'mutation' ? await snapshot() : undefined;
        const { status, text: raw } = await send(operation.document, variables);
        const context = `${operation.field.name}: HTTP ${status} ${raw.slice(0, 600)}`;
        expect({ context, serverError: status >= 500 }).toEqual({ context, serverError: false });
        expect({ context, leak: LEAK.exec(raw)?.[0] ?? null }).toEqual({ context, leak: null });
        const body = JSON.parse(raw);
        const internal = (body.errors ?? []).some((e: any) => e.extensions?.code === 'INTERNAL_SERVER_ERROR');
        expect({ context, internal }).toEqual({ context, internal: false });
        if (before && answeredError(body)) {
          const after = await snapshot();
          const changed = Object.keys(after).filter((table) => after[table] !== before[table]);
          expect({ context, changed }).toEqual({ context, changed: [] });
        }
      }),
      { seed: SEED + index, numRuns: perOperation, endOnFailure: true },
    );
  }
});

/**
 * The envelope around the operation, fuzzed: operation keyword (subscription
 * included, which the schema lacks), operationName present, absent, unknown
 * or malformed, a second operation, and JSON arguments written as literals,
 * with variables or "__proto__" keys inside. Same checks as above: no 5xx,
 * no internal error, no leaked internals.
 */
test(`request envelopes: operation kinds, names, literals (${Math.ceil(RUNS / 3)} cases, seed ${SEED})`, async () => {
  const bodies = {
    query: ['{ __typename }', '{ customers(limit: 1) { items { id } } }', '{ customerGroups(limit: 1) { count } }'],
    mutation: [
      '{ createCustomerGroup(input: { name: "fuzz envelope", metadata: LITERAL }) { errors { code } } }',
      '{ createCustomer(input: { email: "envelope@example.com", extensionAttributes: LITERAL }) { errors { code } } }',
    ],
    subscription: ['{ __typename }', '{ customers { id } }'],
  };
  const envelope = fc.record({
    keyword: fc.constantFrom<keyof typeof bodies>('query', 'mutation', 'subscription'),
    pick: fc.nat(),
    name: fc.constantFrom('', 'Fuzz'),
    second: fc.constantFrom('', '', 'query Other { __typename }', 'subscription S { __typename }'),
    operationName: fc.oneof(fc.constant(undefined), fc.constant(null), fc.constantFrom('Fuzz', 'Other', 'S', 'Nope', ''), text()),
    json: fc.constantFrom('{ a: 1 }', '{ a: $v }', '{ __proto__: { x: 1 } }', '[1, { b: [$v] }]', '{ }', 'null'),
    variables: fc.oneof(fc.constant(undefined), fc.constant({ v: 1 }), fc.constant({ v: JSON.parse('{"__proto__":{"p":1}}') })),
  });
  await fc.assert(
    fc.asyncProperty(envelope, async (e) => {
      const choices = bodies[e.keyword];
      const body = choices[e.pick % choices.length].replace('LITERAL', e.json);
      const document = `${e.keyword} ${e.name}${body.includes('$v') ? '($v: JSON)' : ''} ${body} ${e.second}`;
      const response = await fetch(t.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${t.token}` },
        body: JSON.stringify({ query: document, operationName: e.operationName, variables: e.variables }),
      });
      const raw = await response.text();
      const context = `${document} (operationName ${JSON.stringify(e.operationName)}): HTTP ${response.status} ${raw.slice(0, 400)}`;
      expect({ context, serverError: response.status >= 500 }).toEqual({ context, serverError: false });
      expect({ context, leak: LEAK.exec(raw)?.[0] ?? null }).toEqual({ context, leak: null });
      const internal = /INTERNAL_SERVER_ERROR/.test(raw);
      expect({ context, internal }).toEqual({ context, internal: false });
    }),
    { seed: SEED, numRuns: Math.ceil(RUNS / 3), endOnFailure: true },
  );
});

/**
 * The HTTP body around the document, fuzzed: content types and encodings a
 * client may claim, bodies that are or are not what they claim (random
 * bytes, truncated JSON, JSON scalars, batches). Whatever is refused is a
 * 4xx with a JSON error, never a 5xx or an internal error.
 */
test(`request bodies: content types, encodings, bytes (${Math.ceil(RUNS / 3)} cases, seed ${SEED})`, async () => {
  const json = JSON.stringify({ query: '{ __typename }' });
  const body = fc.oneof(
    fc.constantFrom(json, `[${json},${json}]`, json.slice(0, 10), 'null', '"x"', '1', '[]', '{}', '', `\ufeff${json}`),
    fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes)),
    fc.string({ maxLength: 64 }),
  );
  const request = fc.record({
    contentType: fc.constantFrom(
      'application/json',
      'application/json; charset=utf-8',
      'application/json; charset=latin1',
      'application/json; charset=utf-16',
      'application/graphql-response+json',
      'application/x-www-form-urlencoded',
      'text/plain',
      '',
    ),
    encoding: fc.constantFrom(undefined, 'gzip', 'deflate', 'br', 'identity', 'x-unknown', 'gzip, gzip'),
    body,
  });
  await fc.assert(
    fc.asyncProperty(request, async ({ contentType, encoding, body: sent }) => {
      const headers: Record<string, string> = { authorization: `Bearer ${t.token}`, 'apollo-require-preflight': 'true' };
      if (contentType) headers['content-type'] = contentType;
      if (encoding) headers['content-encoding'] = encoding;
      const response = await fetch(t.url, { method: 'POST', headers, body: sent });
      const raw = await response.text();
      const context = `${contentType} ${encoding ?? ''} ${JSON.stringify(String(sent).slice(0, 80))}: HTTP ${response.status} ${raw.slice(0, 300)}`;
      expect({ context, serverError: response.status >= 500 }).toEqual({ context, serverError: false });
      expect({ context, leak: LEAK.exec(raw)?.[0] ?? null }).toEqual({ context, leak: null });
      expect({ context, internal: /INTERNAL_SERVER_ERROR/.test(raw) }).toEqual({ context, internal: false });
    }),
    { seed: SEED, numRuns: Math.ceil(RUNS / 3), endOnFailure: true },
  );
});
