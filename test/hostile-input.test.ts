/**
 * Values Postgres cannot store, and JSON built to exhaust the stack (issue 9,
 * cases 2 and 3): refused at the edge with the path of the value, before any
 * SQL, never an internal error, nothing written.
 */
import { codes } from './support/tokens';
import { ok, startTestServer, uniqueEmail, type TestServer } from './support/test-server';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.stop());

const NUL = 'a\u0000b';
const LONE_SURROGATE = 'a\ud800b';

/** Statements a request sends (the token is cached: authentication sends none). */
async function statementsOf<T>(request: () => Promise<T>): Promise<{ result: T; statements: number }> {
  await t.gql('{ __typename }');
  const before = t.db.statementCount();
  const result = await request();
  return { result, statements: t.db.statementCount() - before };
}

const rowCount = async (table: string) => Number((await t.db.sql.query<{ n: string }>(`SELECT count(*) AS n FROM "${table}"`))[0].n);

describe('query arguments: BAD_USER_INPUT naming the argument, no SQL', () => {
  test.each([
    ['customers(q:)', '{ customers(q: $s) { count } }', 'String', ['q']],
    ['customers(filter.email:)', '{ customers(filter: { email: $s }) { count } }', 'String', ['filter', 'email']],
    ['customer(id:)', '{ customer(id: $s) { id } }', 'ID!', ['id']],
    ['customerByEmail(email:)', '{ customerByEmail(email: $s) { id } }', 'String!', ['email']],
    ['customerGroups(q:)', '{ customerGroups(q: $s) { count } }', 'String', ['q']],
    ['customersConnection(after:)', '{ customersConnection(after: $s) { edges { cursor } } }', 'String', ['after']],
  ])('%s', async (_label, selection, type, field) => {
    for (const value of [NUL, LONE_SURROGATE, '\udc00']) {
      const { result, statements } = await statementsOf(() => t.gql(selection.replace('{', `query($s: ${type}) {`), { s: value }));
      expect(codes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors![0].extensions).toMatchObject({ field, argument: field[0] });
      expect(result.errors![0].message).toMatch(/NUL|Unicode/);
      expect(statements).toBe(0);
    }
  });

  test('a cursor built to decode to a NUL is not a cursor', async () => {
    const first = ok(await t.gql('{ customersConnection(first: 1) { edges { cursor } } }'));
    ok(await t.gql(`mutation { createCustomer(input: { email: "${uniqueEmail('cursor')}" }) { errors { code } } }`));
    const cursor = first.customersConnection.edges[0]?.cursor ?? Buffer.from(JSON.stringify(['c', 'x'])).toString('base64url');
    const [tag, ...values] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const forged = Buffer.from(JSON.stringify([tag, ...values.map(() => '\u0000')])).toString('base64url');
    const response = await t.gql(`query($c: String) { customersConnection(after: $c) { edges { cursor } } }`, { c: forged });
    expect(codes(response)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('mutation inputs: INVALID with the path, nothing written', () => {
  const CREATE = `mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { customer { id } errors { code field message } } }`;

  test.each([
    ['email', { email: `a\u0000${uniqueEmail()}` }, ['input', 'email']],
    ['a name', { email: uniqueEmail(), firstName: LONE_SURROGATE }, ['input', 'firstName']],
    ['a metadata value', { email: uniqueEmail(), metadata: { note: NUL } }, ['input', 'metadata', 'note']],
    [
      'a metadata value (lone surrogate)',
      { email: uniqueEmail(), metadata: { note: { deeper: ['\ud800'] } } },
      ['input', 'metadata', 'note', 'deeper', '0'],
    ],
    ['a metadata key', { email: uniqueEmail(), metadata: { ['k\u0000']: 1 } }, ['input', 'metadata', 'k?']],
    ['extensionAttributes', { email: uniqueEmail(), extensionAttributes: { x: LONE_SURROGATE } }, ['input', 'extensionAttributes', 'x']],
    [
      'an address line',
      { email: uniqueEmail(), addresses: [{ street: ['ok', NUL], countryCode: 'DE' }] },
      ['input', 'addresses', '0', 'street', '1'],
    ],
    [
      'an address metadata value',
      { email: uniqueEmail(), addresses: [{ countryCode: 'DE', metadata: { a: '\udfff' } }] },
      ['input', 'addresses', '0', 'metadata', 'a'],
    ],
    [
      'a custom attribute value',
      { email: uniqueEmail(), customAttributes: [{ attributeCode: 'a', value: NUL }] },
      ['input', 'customAttributes', '0', 'value'],
    ],
  ])('createCustomer with a bad %s', async (_label, input, field) => {
    const customers = await rowCount('Customer');
    const { result, statements } = await statementsOf(() => t.gql(CREATE, { input }));
    expect(result.errors).toBeUndefined();
    expect(result.data.createCustomer).toEqual({
      customer: null,
      errors: [{ code: 'INVALID', field, message: expect.stringMatching(/NUL|Unicode/) }],
    });
    expect(statements).toBe(0);
    expect(await rowCount('Customer')).toBe(customers);
  });

  test('groups and addresses: name, metadata, ids', async () => {
    const group = await t.gql(
      `mutation($input: CreateCustomerGroupInput!) { createCustomerGroup(input: $input) { customerGroup { id } errors { code field } } }`,
      {
        input: { name: NUL },
      },
    );
    expect(group.data.createCustomerGroup).toEqual({ customerGroup: null, errors: [{ code: 'INVALID', field: ['input', 'name'] }] });
    const groupMeta = await t.gql(
      `mutation($input: CreateCustomerGroupInput!) { createCustomerGroup(input: $input) { errors { code field } } }`,
      {
        input: { name: 'ok', metadata: { a: LONE_SURROGATE } },
      },
    );
    expect(groupMeta.data.createCustomerGroup.errors).toEqual([{ code: 'INVALID', field: ['input', 'metadata', 'a'] }]);
    const address = await t.gql(
      `mutation($id: ID!, $input: AddressInput!) { createCustomerAddress(customerId: $id, input: $input) { address { id } errors { code field } } }`,
      { id: NUL, input: { countryCode: 'DE', city: LONE_SURROGATE } },
    );
    expect(address.data.createCustomerAddress.errors).toHaveLength(2);
    expect(address.data.createCustomerAddress.errors).toEqual(
      expect.arrayContaining([
        { code: 'INVALID', field: ['customerId'] },
        { code: 'INVALID', field: ['input', 'city'] },
      ]),
    );
  });
});

describe('JSON limits', () => {
  const UPDATE_GROUP = `mutation($input: CreateCustomerGroupInput!) { createCustomerGroup(input: $input) { customerGroup { id } errors { code field message } } }`;
  /** `{"a":{"a":…1…}}` nested `levels` deep, written as text (JSON.stringify would recurse). */
  const nested = (levels: number) => '{"a":'.repeat(levels) + '1' + '}'.repeat(levels);

  async function createWith(metadataJson: string) {
    const body = `{"query":${JSON.stringify(UPDATE_GROUP)},"variables":{"input":{"name":"g-${Math.random()}","metadata":${metadataJson}}}}`;
    const response = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${t.token}` },
      body,
    });
    return { status: response.status, body: (await response.json()) as any };
  }

  test('10,000 levels deep: INVALID with the path, not a stack overflow', async () => {
    const groups = await rowCount('CustomerGroup');
    const response = await createWith(nested(10_000));
    expect(response.status).toBe(200);
    expect(response.body.data.createCustomerGroup).toEqual({
      customerGroup: null,
      errors: [{ code: 'INVALID', field: ['input', 'metadata'], message: 'JSON may nest at most 32 levels deep' }],
    });
    expect(await rowCount('CustomerGroup')).toBe(groups);
  });

  test('32 levels pass, 33 do not; over 16 KB is TOO_LONG', async () => {
    expect((await createWith(nested(32))).body.data.createCustomerGroup.errors).toEqual([]);
    expect((await createWith(nested(33))).body.data.createCustomerGroup.errors[0].code).toBe('INVALID');
    const big = await createWith(JSON.stringify({ a: 'x'.repeat(17 * 1024) }));
    expect(big.body.data.createCustomerGroup.errors).toEqual([
      { code: 'TOO_LONG', field: ['input', 'metadata'], message: 'At most 16384 bytes of JSON' },
    ]);
  });

  test('deep JSON in a query argument literal or a customer update is refused too', async () => {
    const created = ok(await t.gql(`mutation { createCustomer(input: { email: "${uniqueEmail()}" }) { customer { id } } }`)).createCustomer
      .customer;
    const body = `{"query":"mutation($id: ID!, $input: UpdateCustomerInput!) { updateCustomer(id: $id, input: $input) { errors { code field } } }","variables":{"id":"${created.id}","input":{"extensionAttributes":${nested(5000)}}}}`;
    const response = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${t.token}` },
      body,
    });
    expect(((await response.json()) as any).data.updateCustomer.errors).toEqual([
      { code: 'INVALID', field: ['input', 'extensionAttributes'] },
    ]);
  });
});

describe('JSON keys that name JavaScript internals', () => {
  // From JSON.parse: an object literal's `__proto__:` would set the prototype instead of a key.
  const parse = (text: string) => JSON.parse(text) as Record<string, unknown>;

  test('"constructor" and "prototype" are kept as data, on create and on merge', async () => {
    const keys = parse('{"constructor":{"prototype":{"x":1}},"plain":"kept","toString":"t"}');
    const customer = ok(
      await t.gql(`mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { customer { id metadata } } }`, {
        input: { email: uniqueEmail(), metadata: keys },
      }),
    ).createCustomer.customer;
    expect(customer.metadata).toEqual(keys);
    const merged = ok(
      await t.gql(`mutation($id: ID!, $input: UpdateCustomerInput!) { updateCustomer(id: $id, input: $input) { customer { metadata } } }`, {
        id: customer.id,
        input: { metadata: parse('{"plain":null,"hasOwnProperty":1}') },
      }),
    ).updateCustomer.customer.metadata;
    expect(merged).toEqual(parse('{"constructor":{"prototype":{"x":1}},"toString":"t","hasOwnProperty":1}'));
  });

  // Prisma's JSON serialiser assigns keys, so "__proto__" would vanish (and its
  // value's keys surface one level up): refused with the path instead, nothing written.
  test.each([
    [
      'customer metadata',
      'mutation($v: JSONObject!) { createCustomer(input: { email: "EMAIL", metadata: $v }) { errors { code field message } } }',
    ],
    [
      'group metadata',
      'mutation($v: JSONObject!) { createCustomerGroup(input: { name: "EMAIL", metadata: $v }) { errors { code field message } } }',
    ],
  ])('"__proto__" in %s: INVALID at its path', async (_where, document) => {
    const before = (await rowCount('Customer')) + (await rowCount('CustomerGroup'));
    const response = await t.gql(document.replace('EMAIL', uniqueEmail()), { v: parse('{"ok":1,"__proto__":{"polluted":1}}') });
    const payload = Object.values(ok(response))[0] as { errors: { code: string; field: string[]; message: string }[] };
    expect(payload.errors).toHaveLength(1);
    expect(payload.errors[0].code).toBe('INVALID');
    expect(payload.errors[0].field.slice(-1)).toEqual(['__proto__']);
    expect(payload.errors[0].message).toMatch(/__proto__/);
    expect((await rowCount('Customer')) + (await rowCount('CustomerGroup'))).toBe(before);
  });

  // graphql-jit compiles literal arguments before the variables exist, and its
  // generated code would make a literal "__proto__" a prototype: both refused
  // in validation, so nothing runs and nothing is silently dropped.
  test.each([
    [
      'a variable inside a JSON literal',
      '{ a: 1, b: $v }',
      'A JSONObject literal cannot hold a variable ($v): pass the whole value as a variable',
    ],
    [
      'a "__proto__" key in a JSON literal',
      '{ a: 1, nested: [{ __proto__: { x: 1 } }] }',
      'JSONObject keys: Must not be "__proto__" (JavaScript cannot keep that key)',
    ],
  ])('%s: a validation error naming it', async (_case, literal, message) => {
    const customers = await rowCount('Customer');
    const response = await t.gql(
      `mutation($v: JSONObject) { createCustomer(input: { email: "${uniqueEmail()}", extensionAttributes: ${literal}, metadata: $v }) { errors { code } } }`,
      { v: { fine: true } },
    );
    expect(response.data).toBeUndefined();
    expect(response.errors).toEqual([expect.objectContaining({ message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })]);
    expect(await rowCount('Customer')).toBe(customers);
  });
});

describe('found by the fuzz test', () => {
  test('a scope named after an Object.prototype member ("constructor") is an unknown scope, not an internal error', async () => {
    const response = ok(
      await t.gql(
        `mutation($s: [String!]!) { createApiToken(input: { name: "proto scope", scopes: $s }) { errors { code field message } } }`,
        {
          s: ['customers:read', 'constructor', 'toString'],
        },
      ),
    );
    expect(Object.values(response)[0]).toEqual({
      errors: [
        expect.objectContaining({
          code: 'INVALID',
          field: ['input', 'scopes', '1'],
          message: expect.stringMatching(/^Unknown scope "constructor"/),
        }),
        expect.objectContaining({
          code: 'INVALID',
          field: ['input', 'scopes', '2'],
          message: expect.stringMatching(/^Unknown scope "toString"/),
        }),
      ],
    });
  });

  test('a refused argument of redeliverWebhookEvent answers its payload (deliveries empty), not an internal error', async () => {
    const response = ok(
      await t.gql(
        `mutation($e: ID!, $w: ID) { redeliverWebhookEvent(eventId: $e, webhookId: $w) { deliveries { eventId } errors { code field } } }`,
        {
          e: 'x',
          w: NUL,
        },
      ),
    );
    expect(response.redeliverWebhookEvent).toEqual({ deliveries: [], errors: [{ code: 'INVALID', field: ['webhookId'] }] });
  });
});
