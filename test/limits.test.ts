import 'reflect-metadata';
import { getNamedType, isLeafType, isObjectType, parse, type GraphQLObjectType, type OperationDefinitionNode } from 'graphql';
import { loadConfig } from '../src/config';
import { queryCost } from '../src/plugins/cost-limit';
import { createSchema } from '../src/schema';
import { codes, ok, post as postTo, startTestServer, type TestServer } from './support';

/** Small limits, so that each is easy to reach; introspection off as in production. */
const LIMITS = {
  MAX_QUERY_DEPTH: '4',
  MAX_QUERY_ALIASES: '3',
  MAX_QUERY_COST: '600',
  MAX_QUERY_TOKENS: '300',
  MAX_BATCH_OPERATIONS: '3',
  MAX_BODY_BYTES: '4096',
  INTROSPECTION: 'false',
};

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer(LIMITS);
});
afterAll(() => t.stop());

async function post(body: string, headers: Record<string, string> = {}) {
  const { response, status, body: json } = await postTo(t.url, body, { token: t.token, headers });
  return { status, contentType: response.headers.get('content-type'), body: json };
}

function expectLimit(
  response: { errors?: { message: string; extensions?: Record<string, unknown> }[]; data?: unknown },
  limit: string,
  max: number,
) {
  expect(response.data).toBeUndefined();
  expect(response.errors).toHaveLength(1);
  expect(response.errors![0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit, max, actual: expect.any(Number) });
  expect(response.errors![0].message).toContain(`at most ${max}`);
}

describe('query depth', () => {
  test('a query nested deeper than MAX_QUERY_DEPTH is refused, fragments included', async () => {
    ok(await t.gql(`{ customers { items { addresses { id } } } }`));
    const deep = await post(JSON.stringify({ query: `{ customersConnection { edges { node { addresses { region { code } } } } } }` }));
    expect(deep.status).toBe(400);
    expectLimit(deep.body, 'depth', 4);
    expect(deep.body.errors[0].extensions.actual).toBe(6);
    expectLimit(await t.gql(`{ ...F } fragment F on Query { customers { items { addresses { region { code } } } } }`), 'depth', 4);
  });
});

describe('aliases', () => {
  test('more than MAX_QUERY_ALIASES aliases are refused, before anything runs (no login attempts through aliases)', async () => {
    ok(await t.gql(`{ a: me { tokenId } b: me { tokenId } c: me { tokenId } }`));
    const tries = [1, 2, 3, 4].map((i) => `l${i}: login(email: "x@example.com", password: "guess-${i}") { token }`).join(' ');
    expectLimit(await t.gql(`mutation { ${tries} }`, {}, { token: null }), 'aliases', 3);
    const attempts = await t.db.sql.query(`SELECT 1 FROM "LoginThrottle" WHERE "key" LIKE 'email:%' AND "attempts" > 1`);
    expect(attempts).toEqual([]);
  });
});

describe('cost', () => {
  const PAGE = `query($n: Int) { customers(limit: $n) { items { id addresses { id } } } }`;

  test('grows with the page size asked for: 5 rows pass, 500 do not (literal, variable, default)', async () => {
    ok(await t.gql(PAGE, { n: 5 }));
    ok(await t.gql(`{ customers { items { id addresses { id } } } }`)); // default limit 50: 1 + 50 × 2
    expectLimit(await t.gql(PAGE, { n: 500 }), 'cost', 600);
    const literal = await t.gql(`{ customers(limit: 500) { items { id addresses { id } } } }`);
    expectLimit(literal, 'cost', 600);
    expect(literal.errors![0].extensions!.actual).toBe(1 + 500 * 2);
    expectLimit(await t.gql(`{ adminUsers(limit: 400) { id } apiTokens(limit: 300) { id } }`), 'cost', 600);
  });

  test('one document costs what each request asks for: its cost is remembered per page-size value, not per document', async () => {
    // The same document text each time (Apollo reuses the parsed operation).
    const withDefault = `query($n: Int = 500) { customers(limit: $n) { items { id addresses { id } } } }`;
    ok(await t.gql(withDefault, { n: 5 }));
    expectLimit(await t.gql(withDefault, {}), 'cost', 600); // absent: the default 500
    ok(await t.gql(withDefault, { n: 5 }));
    expectLimit(await t.gql(withDefault, { n: 500 }), 'cost', 600);
    expect((await t.gql(withDefault, { n: null })).errors?.[0]?.extensions?.code).not.toBe('QUERY_TOO_COMPLEX'); // null: 50
    expectLimit(await t.gql(withDefault, {}), 'cost', 600);
  });

  test('the default allows the largest reference page: 500 customers with every field and relation', async () => {
    const schema = await createSchema();
    // Every field without arguments, two levels down (about 6,500 at 500 rows when this was written).
    const everything = (type: GraphQLObjectType, depth: number): string =>
      Object.values(type.getFields())
        .filter((field) => field.args.length === 0)
        .map((field) => {
          const named = getNamedType(field.type);
          if (isLeafType(named)) return field.name;
          return depth > 0 && isObjectType(named) ? `${field.name} { ${everything(named, depth - 1)} }` : '';
        })
        .join(' ');
    const customer = schema.getType('Customer') as GraphQLObjectType;
    const cost = (limit: number) => {
      const document = parse(`{ customers(limit: ${limit}) { count items { ${everything(customer, 2)} } } }`);
      return queryCost(schema, document, document.definitions[0] as OperationDefinitionNode, {});
    };
    expect(cost(500)).toBeLessThanOrEqual(loadConfig({}).limits.maxCost);
    expect(cost(500)).toBeGreaterThan(50 * cost(5));
  });

  test('fragments spread into each other exponentially are costed in linear time and refused', async () => {
    const levels = 24;
    const fragments = Array.from({ length: levels }, (_, i) => `fragment F${i + 1} on Query { ...F${i} ...F${i} }`).join('\n');
    // Linear time is proven by counting the fold's visits (hostile-documents.test.ts), not by a clock.
    const response = await t.gql(`{ ...F${levels} }\nfragment F0 on Query { me { tokenId } }\n${fragments}`);
    expect(codes(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(response.errors![0].extensions).toMatchObject({ limit: 'selections' });
  });
});

test('a document of more than MAX_QUERY_TOKENS tokens is not parsed', async () => {
  const fields = Array.from({ length: 400 }, () => 'tokenId').join(' ');
  const response = await post(JSON.stringify({ query: `{ me { ${fields} } }` }));
  expect(response.status).toBe(400);
  expect(response.body.errors).toEqual([
    // graphql-js spells it "more that 300 tokens".
    expect.objectContaining({
      message: expect.stringMatching(/^Syntax Error: Document contains more th.. 300 tokens\. Parsing aborted\.$/),
      extensions: { code: 'GRAPHQL_PARSE_FAILED' },
    }),
  ]);
});

describe('batches', () => {
  test('up to MAX_BATCH_OPERATIONS operations run; more are refused whole', async () => {
    const operation = { query: '{ me { kind } }' };
    const three = await post(JSON.stringify([operation, operation, operation]));
    expect(three.status).toBe(200);
    expect(three.body.map((r: any) => r.data.me.kind)).toEqual(['SESSION', 'SESSION', 'SESSION']);
    const four = await post(JSON.stringify([operation, operation, operation, operation]));
    expect(four.status).toBe(400);
    expect(four.body).toEqual({
      errors: [{ message: 'A batch may hold at most 3 operations; it held 4', extensions: { code: 'BATCH_TOO_LARGE', max: 3 } }],
    });
  });
});

describe('request body', () => {
  test('a body over MAX_BODY_BYTES gets a JSON 413, not an HTML page', async () => {
    const response = await post(JSON.stringify({ query: `{ me { kind } }`, variables: { padding: 'x'.repeat(5000) } }));
    expect(response.status).toBe(413);
    expect(response.contentType).toMatch(/^application\/json/);
    expect(response.body).toEqual({
      errors: [{ message: 'The request body is larger than 4096 bytes', extensions: { code: 'PAYLOAD_TOO_LARGE', maxBytes: 4096 } }],
    });
  });

  test.each([
    ['gzip', 'not gzip at all'],
    ['deflate', '{"query":"{ me { kind } }"}'],
  ])('a body that is not %s though its Content-Encoding says so gets a JSON 400', async (encoding, body) => {
    const response = await post(body, { 'content-encoding': encoding });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      errors: [{ message: 'The request body does not decode as its Content-Encoding says', extensions: { code: 'BAD_REQUEST' } }],
    });
  });

  test('malformed JSON gets a JSON 400', async () => {
    const response = await post('{"query": "{ me { kind } }"');
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ errors: [{ message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
  });
});

describe('page size', () => {
  test.each([
    ['customers(limit: 501) { limit }', 'limit'],
    ['customersConnection(first: 501) { pageInfo { hasNextPage } }', 'first'],
    ['customersConnection(last: 501) { pageInfo { hasNextPage } }', 'last'],
    ['adminUsers(limit: 501) { id }', 'limit'],
    ['apiTokens(limit: 501) { id }', 'limit'],
  ])('%s is refused, not clamped', async (selection, argument) => {
    // Each of these costs less than MAX_QUERY_COST, so the page-size rule is what answers.
    const response = await t.gql(`{ ${selection} }`);
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0]).toMatchObject({
      message: `${argument} must be at most 500; page through larger sets`,
      extensions: { code: 'BAD_USER_INPUT', argument },
    });
  });
});

describe('CSRF prevention', () => {
  const query = encodeURIComponent('{ __typename }');

  test('a GET without a preflight header is refused; with one it runs', async () => {
    const refused = await fetch(`${t.url}?query=${query}`);
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as any).errors[0].message).toContain('Cross-Site Request Forgery');
    const allowed = await fetch(`${t.url}?query=${query}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(allowed.status).toBe(200);
    expect(await allowed.json()).toEqual({ data: { __typename: 'Query' } });
  });

  test.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'])(
    'a POST as %s (a form could send it) is refused',
    async (contentType) => {
      const response = await fetch(t.url, {
        method: 'POST',
        headers: { 'content-type': contentType },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(response.status).toBe(400);
      expect(((await response.json()) as any).errors[0].message).toContain('Cross-Site Request Forgery');
    },
  );

  test('a mutation over GET is refused', async () => {
    const mutation = encodeURIComponent('mutation { logout }');
    const response = await fetch(`${t.url}?query=${mutation}`, {
      headers: { 'apollo-require-preflight': 'true', authorization: `Bearer ${t.token}` },
    });
    expect(response.status).toBe(405);
  });
});

describe('introspection off', () => {
  test('schema queries are refused and error messages stop suggesting field names', async () => {
    const response = await t.gql(`{ __schema { queryType { name } } }`);
    expect(codes(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(response.errors![0].message).toContain('introspection is not allowed');
    const typo = await t.gql(`{ custmers { count } }`);
    expect(typo.errors![0].message).toBe('Cannot query field "custmers" on type "Query".');
  });
});

describe('configuration', () => {
  test('defaults are as documented in docs/limits-and-security.md', () => {
    const config = loadConfig({});
    expect(config.limits).toEqual({
      maxDepth: 10,
      maxAliases: 30,
      maxSelections: 1000,
      maxCost: 10_000,
      maxTokens: 2000,
      maxBatch: 10,
      maxBodyBytes: 1_048_576,
    });
    expect(config.loginThrottle).toEqual({ maxPerEmail: 10, maxPerAddress: 50, windowSeconds: 900, maxConcurrent: 16 });
    expect(config).toMatchObject({ introspection: true, playground: true, trustProxy: false, tokenCacheSeconds: 5, sessionTtlHours: 12 });
  });

  test('production turns introspection and the playground off unless asked for', () => {
    expect(loadConfig({ NODE_ENV: 'production' })).toMatchObject({ introspection: false, playground: false });
    expect(loadConfig({ NODE_ENV: 'production', INTROSPECTION: 'true', PLAYGROUND: '1' })).toMatchObject({
      introspection: true,
      playground: true,
    });
  });

  test('bad values stop the server with the reason', () => {
    expect(() => loadConfig({ MAX_QUERY_DEPTH: '0' })).toThrow('MAX_QUERY_DEPTH must be an integer from 1 to 100, got "0"');
    expect(() => loadConfig({ INTROSPECTION: 'maybe' })).toThrow('INTROSPECTION must be true or false, got "maybe"');
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toBe('loopback, 10.0.0.0/8');
  });
});
