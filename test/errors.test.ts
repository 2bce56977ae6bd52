import 'reflect-metadata';
import { GraphQLError, getIntrospectionQuery } from 'graphql';
import { Prisma } from '../src/generated/prisma/client';
import { createFormatError } from '../src/plugins/mask-errors';
import { graphql, ok, post, startTestServer, uniqueEmail, type TestServer } from './support';

/** What no client may ever see: SQL, Prisma, stack frames, the raised text. */
const LEAKS = /boom|SELECT|INSERT|passwordHash|prisma|P20\d\d|relation|\bat \S+ \(|\.ts:\d+|stack/i;

const CreateCustomerIdOnlyForFault = graphql(`
  mutation CreateCustomerIdOnlyForFault($i: CreateCustomerInput!) {
    createCustomer(input: $i) {
      customer {
        id
      }
    }
  }
`);

const MyKind = graphql(`
  query MyKind {
    me {
      kind
    }
  }
`);

let t: TestServer;
const logs: Record<string, any>[] = [];
beforeAll(async () => {
  t = await startTestServer({}, { log: (entry) => logs.push(entry) });
});
afterAll(() => t.stop());

async function raw(query: string, variables: Record<string, unknown> = {}) {
  const { response, status, text, body } = await post(t.url, { query, variables }, { token: t.token });
  return { status, requestId: response.headers.get('x-request-id'), text, body };
}

/** The client got only a masked error carrying the request id; the log has the full error under the same id. */
function expectMasked(response: Awaited<ReturnType<typeof raw>>, logged: RegExp) {
  expect(response.text).not.toMatch(LEAKS);
  expect(response.body.errors.length).toBeGreaterThan(0);
  for (const error of response.body.errors) {
    expect(error.message).toBe('Internal server error');
    expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: response.requestId });
  }
  const entries = logs.filter((entry) => entry.requestId === response.requestId);
  expect(entries.length).toBeGreaterThan(0);
  expect(entries.map((entry) => entry.err?.stack ?? entry.err?.message).join('\n')).toMatch(logged);
}

test('introspection is on by default outside production, and the standard introspection query passes the default limits', async () => {
  const data = ok(await t.gql(getIntrospectionQuery()));
  expect(data.__schema.queryType.name).toBe('Query');
});

test('a database error raised inside a mutation leaks nothing; the log has it in full', async () => {
  await t.db.sql.exec(`
    CREATE FUNCTION cg_test_boom() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'boom: SELECT "passwordHash" FROM "Customer"'; END $$;
    CREATE TRIGGER cg_test_boom BEFORE INSERT ON "Customer" FOR EACH ROW EXECUTE FUNCTION cg_test_boom();`);
  try {
    const response = await raw(`mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { customer { id } errors { code } } }`, {
      i: { email: uniqueEmail() },
    });
    expectMasked(response, /boom: SELECT "passwordHash" FROM "Customer"/);
    expect(response.body.errors[0].path).toEqual(['createCustomer']);
  } finally {
    await t.db.sql.exec(`DROP TRIGGER cg_test_boom ON "Customer"; DROP FUNCTION cg_test_boom();`);
  }
});

test('a missing table while loading a relation leaks nothing', async () => {
  ok(await t.gql(CreateCustomerIdOnlyForFault, { i: { email: uniqueEmail() } }));
  await t.db.sql.exec(`ALTER TABLE "Address" RENAME TO "Address_moved"`);
  try {
    expectMasked(await raw(`{ customers(limit: 5) { items { id addresses { id } } } }`), /Address/);
  } finally {
    await t.db.sql.exec(`ALTER TABLE "Address_moved" RENAME TO "Address"`);
  }
});

test('a database fault while checking the token leaks nothing either (HTTP 500)', async () => {
  t.server.services.tokens.evictAll();
  await t.db.sql.exec(`ALTER TABLE "ApiToken" RENAME TO "ApiToken_moved"`);
  try {
    const response = await raw(`{ me { kind } }`);
    expect(response.status).toBe(500);
    expectMasked(response, /ApiToken/);
  } finally {
    await t.db.sql.exec(`ALTER TABLE "ApiToken_moved" RENAME TO "ApiToken"`);
  }
  expect(ok(await t.gql(MyKind)).me.kind).toBe('SESSION');
});

describe('formatError', () => {
  const formatError = createFormatError({ hideSuggestions: false });
  const fault = (cause: Error) => new GraphQLError(cause.message, { originalError: cause, path: ['updateCustomer'] });
  const prismaError = (code: string) =>
    new Prisma.PrismaClientKnownRequestError(`Transaction API error: UPDATE "Customer" SET ... (${code})`, {
      code,
      clientVersion: '7.10.0',
    });

  test.each([
    ['P2034', 'TRANSACTION_CONFLICT'],
    ['P2028', 'TRANSACTION_TIMEOUT'],
  ])('Prisma %s becomes a clean, retryable %s', (prismaCode, code) => {
    const error = fault(prismaError(prismaCode));
    const formatted = formatError(error.toJSON(), error);
    expect(JSON.stringify(formatted)).not.toMatch(LEAKS);
    expect(formatted.message).toMatch(/send (it|the request) again$/);
    expect(formatted.extensions).toEqual({ code, retryable: true, requestId: undefined });
  });

  test('a client code on an error that is not a GraphQLError is masked all the same', () => {
    const disguised = Object.assign(new Error('SELECT secret'), { extensions: { code: 'BAD_USER_INPUT' } });
    const error = new GraphQLError(disguised.message, { originalError: disguised, extensions: { code: 'BAD_USER_INPUT' } });
    expect(formatError(error.toJSON(), error)).toMatchObject({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });
});
