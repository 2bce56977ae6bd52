/**
 * Documents and HTTP bodies built to make the server work or to slip past
 * its checks (issue 9, cases 1, 4, 5): each is refused before anything is
 * compiled, executed or written, and the server keeps answering meanwhile.
 */
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { loadConfig } from '../src/config';
import { foldOperation, type Fold } from '../src/plugins/operation-fold';
import { createSchema } from '../src/schema';
import { codes } from './support/tokens';
import { ok, startTestServer, uniqueEmail, type TestServer } from './support/test-server';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.stop());

/** `{ customer { ...F<levels> } }` where each fragment spreads the previous one twice: 2^levels fields, ~45 bytes a level. */
function fragmentBomb(levels: number): string {
  const fragments = Array.from({ length: levels }, (_, i) => `fragment F${i + 1} on Customer { ...F${i} ...F${i} }`);
  return [`{ customer(id: "x") { ...F${levels} } }`, 'fragment F0 on Customer { id }', ...fragments].join('\n');
}

async function post(body: unknown, token: string | null = t.token) {
  const response = await fetch(t.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as any };
}

/**
 * Sends `request` and, while it is in flight, asks /healthz again and again;
 * returns the request's answer and how many /healthz answers came meanwhile.
 * Timing is not asserted (it depends on the machine's load): the work of a
 * refused document is bounded by the fold test below instead.
 */
async function whileProbing<T>(request: () => Promise<T>): Promise<{ result: T; healthzAnswers: number }> {
  let done = false;
  let answers = 0;
  const probe = async () => {
    while (!done) {
      const response = await fetch(`${t.url.replace(/\/graphql$/, '')}/healthz`);
      await response.arrayBuffer();
      if (response.ok) answers += 1;
    }
  };
  const probing = probe();
  const result = await request().finally(() => (done = true));
  await probing;
  return { result, healthzAnswers: answers };
}

describe('fragment bomb (issue 9, case 1)', () => {
  test.each([
    ['without a token', null],
    ['with a token', 'admin'],
  ])('30 levels (2^30 fields) %s are refused in validation while /healthz keeps answering', async (_label, who) => {
    const query = fragmentBomb(30);
    expect(query.length).toBeLessThan(1500);
    const { result, healthzAnswers } = await whileProbing(() => post({ query }, who ? t.token : null));
    expect(result.status).toBe(400);
    expect(result.body.data).toBeUndefined();
    expect(result.body.errors).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('The query expands to too many fields (1073741825, fragments expanded; at most 1000)'),
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'selections', max: 1000, actual: 1073741825 },
      }),
    ]);
    // Before the fix /healthz waited minutes for this request.
    expect(healthzAnswers).toBeGreaterThan(0);
  });

  test('the count folds each fragment once: 2^30 fields cost a few dozen field visits', async () => {
    const schema = await createSchema();
    const document = parse(fragmentBomb(30));
    const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
    let visits = 0;
    const counting: Fold<number> = {
      field: (_node, _info, selections) => ((visits += 1), 1 + selections),
      siblings: (values) => values.reduce((sum, value) => sum + value, 0),
      empty: 0,
    };
    expect(foldOperation(schema, document, operation, counting)).toBe(2 ** 30 + 1);
    expect(visits).toBeLessThan(100);
  });

  test('a document that expands to just under the limit runs', async () => {
    // F9 expands to 512 `id` fields, plus `customer` itself: 513.
    const response = await t.gql(fragmentBomb(9));
    expect(response.data).toEqual({ customer: null });
    expect(codes(await t.gql(fragmentBomb(10)))).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  test('the default limit leaves room for the introspection query (229 fields) and the reference page (64)', () => {
    expect(loadConfig({}).limits.maxSelections).toBe(1000);
  });
});

describe('no token', () => {
  test('an operation that needs a token is refused before any statement runs', async () => {
    const before = t.db.statementCount();
    const response = await post({ query: '{ customers { items { id email } } customerGroups { items { id } } }' }, null);
    expect(response.status).toBe(401);
    expect(codes(response.body)).toEqual(['UNAUTHENTICATED']);
    expect(response.body.data).toBeUndefined();
    expect(t.db.statementCount()).toBe(before);
  });

  test('through a fragment, and mixed with login, it is still refused whole', async () => {
    const response = await post({ query: '{ ...Q } fragment Q on Query { ... on Query { me { tokenId } } }' }, null);
    expect(response.status).toBe(401);
    const mixed = await post(
      { query: 'mutation { login(email: "x@example.com", password: "whatever-123") { token } logout }' },
      'not-a-token',
    );
    expect(mixed.status).toBe(401);
    expect(codes(mixed.body)).toEqual(['UNAUTHENTICATED']);
  });

  test('login and introspection of the root type stay open', async () => {
    const login = await post(
      { query: 'mutation { login(email: "x@example.com", password: "whatever-123") { token errors { code } } }' },
      null,
    );
    expect(login.status).toBe(200);
    expect(login.body.data.login.errors).toEqual([{ code: 'INVALID_CREDENTIALS' }]);
    expect((await post({ query: '{ __typename }' }, null)).body).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('batches are all or nothing (issue 9, case 4)', () => {
  const create = (email: string) => ({
    query: `mutation($e: String!) { createCustomer(input: { email: $e }) { customer { id } errors { code } } }`,
    variables: { e: email },
  });
  const customersWithEmail = async (email: string) =>
    (await t.db.sql.query(`SELECT 1 FROM "Customer" WHERE lower("email") = lower($1)`, [email])).length;

  test.each([
    ['a number', 5],
    ['null', null],
    ['an array', []],
    ['an empty object', {}],
    ['a query that is not a string', { query: 7 }],
    ['variables that are not an object', { query: '{ __typename }', variables: [1] }],
    ['an operationName that is not a string', { query: '{ __typename }', operationName: 1 }],
    ['extensions that are not an object', { query: '{ __typename }', extensions: 'x' }],
    ['a persisted query', { extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } }],
  ])('an element that is %s: 400 BAD_REQUEST and no operation runs', async (_label, element) => {
    const email = uniqueEmail('batch');
    const response = await post([create(email), element]);
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      errors: [
        {
          message: expect.stringMatching(/^Batch element 1: .*; no operation of the batch ran$/),
          extensions: { code: 'BAD_REQUEST', index: 1 },
        },
      ],
    });
    expect(await customersWithEmail(email)).toBe(0);
  });

  test('an empty batch is refused; a well-formed one runs every operation', async () => {
    expect((await post([])).body.errors[0].extensions.code).toBe('BAD_REQUEST');
    const [a, b] = [uniqueEmail('batch'), uniqueEmail('batch')];
    const response = await post([create(a), create(b)]);
    expect(response.status).toBe(200);
    expect(response.body.map((r: any) => r.data.createCustomer.errors)).toEqual([[], []]);
    expect((await customersWithEmail(a)) + (await customersWithEmail(b))).toBe(2);
  });
});

describe('persisted queries are off (issue 9, case 5)', () => {
  test.each([
    [
      'a hash that does not match the query',
      { query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } },
    ],
    ['an unknown hash without a query', { extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }],
    ['an unsupported version', { query: '{ __typename }', extensions: { persistedQuery: { version: 2, sha256Hash: 'abc' } } }],
  ])(
    '%s: PERSISTED_QUERY_NOT_SUPPORTED (HTTP 200, as Apollo answers it for clients to fall back to full queries)',
    async (_label, body) => {
      const response = await post(body);
      expect(response.status).toBe(200);
      expect(response.body.data).toBeUndefined();
      expect(codes(response.body)).toEqual(['PERSISTED_QUERY_NOT_SUPPORTED']);
    },
  );

  test('an operation without a query is BAD_REQUEST, not an internal error', async () => {
    const response = await post({ variables: {} });
    expect(response.status).toBe(400);
    expect(codes(response.body)).toEqual(['BAD_REQUEST']);
  });
});

test('the operations above left the server working', async () => {
  expect(ok(await t.gql('{ me { kind } }')).me.kind).toBe('SESSION');
});

describe('operations the schema cannot run: a client error, never an internal one', () => {
  test('a subscription is refused in validation and points to webhooks', async () => {
    const response = await post({ query: 'subscription { customerCreated { id } }' });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/no subscriptions.*webhook/),
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      }),
    ]);
  });

  test.each([
    [
      'an operationName the document does not define',
      { query: 'query A { __typename }', operationName: 'Z' },
      'Unknown operation named "Z".',
    ],
    [
      'two operations and no operationName',
      { query: 'query A { __typename } query B { __typename }' },
      'Must provide operation name if query contains multiple operations.',
    ],
  ])('%s: 400 OPERATION_RESOLUTION_FAILURE', async (_case, body, message) => {
    const response = await post(body);
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ message, extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } }]);
  });
});
