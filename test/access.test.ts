/**
 * Deny by default, checked by walking the schema: every Query and Mutation
 * field (whatever resolvers exist when this runs) is called without a token,
 * with a bad token, with a token lacking its scope, and with a token holding
 * exactly its scope. A new operation cannot slip through without a rule.
 */
import 'reflect-metadata';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { ALL_SCOPES, Scope } from '../src/auth/scopes';
import { createSchema } from '../src/schema';
import { codes, createToken, startTestServer, type TestServer } from './support';

/** Open without a token. */
const OPEN = ['login'];
/** Any valid token, no scope needed. */
const ANY_TOKEN = ['me', 'logout'];

interface Operation {
  kind: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
  /** Scopes from @Authorized; undefined when the operation has no rule at all. */
  scopes: string[] | undefined;
}

let t: TestServer;
let schema: GraphQLSchema;
let operations: Operation[];

beforeAll(async () => {
  t = await startTestServer();
  schema = await createSchema();
  const metadata = getMetadataStorage();
  const rules = (handlers: { schemaName: string; roles?: string[] }[], name: string) => handlers.find((h) => h.schemaName === name)?.roles;
  operations = [
    ...Object.values(schema.getQueryType()!.getFields()).map((field) => ({
      kind: 'query' as const,
      field,
      scopes: rules(metadata.queries, field.name),
    })),
    ...Object.values(schema.getMutationType()!.getFields()).map((field) => ({
      kind: 'mutation' as const,
      field,
      scopes: rules(metadata.mutations, field.name),
    })),
  ];
});
afterAll(() => t.stop());

/** A value of the given input type that the schema accepts (required fields only). */
function dummy(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return dummy(type.ofType);
  if (isListType(type)) return [dummy(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type) && field.defaultValue === undefined) value[field.name] = dummy(field.type);
    }
    return value;
  }
  if (isScalarType(type)) {
    for (const candidate of ['x', 1, true, '2020-01-01T00:00:00.000Z', '2020-01-01', {}]) {
      try {
        type.parseValue(candidate);
        return candidate;
      } catch {
        // not this one
      }
    }
  }
  throw new Error(`no dummy value for ${String(type)}`);
}

/** The smallest valid document calling the operation: required arguments as variables, `__typename` selected. */
function documentFor({ kind, field }: Operation): { query: string; variables: Record<string, unknown> } {
  const required = field.args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);
  const declarations = required.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const args = required.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return {
    query: `${kind}${declarations ? `(${declarations})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`,
    variables: Object.fromEntries(required.map((arg) => [arg.name, dummy(arg.type)])),
  };
}

async function call(operation: Operation, token: string | null) {
  const { query, variables } = documentFor(operation);
  return t.gql(query, variables, { token });
}

const guarded = () => operations.filter((op) => !OPEN.includes(op.field.name));
const scoped = () => guarded().filter((op) => !ANY_TOKEN.includes(op.field.name));

test('the walk sees the whole API', () => {
  const names = operations.map((op) => op.field.name);
  expect(names).toEqual(expect.arrayContaining(['login', 'me', 'customers', 'createCustomer', 'createApiToken', 'createAdminUser']));
  expect(guarded().length).toBeGreaterThan(15);
});

test('every operation but login has an auth rule, and only me and logout are open to any token', () => {
  const withoutRule = guarded()
    .filter((op) => op.scopes === undefined)
    .map((op) => op.field.name);
  expect(withoutRule).toEqual([]);
  const anyToken = guarded()
    .filter((op) => op.scopes!.length === 0)
    .map((op) => op.field.name);
  expect(anyToken.sort()).toEqual([...ANY_TOKEN].sort());
  for (const op of guarded()) for (const scope of op.scopes!) expect(ALL_SCOPES).toContain(scope);
  // Customer sign-in has a scope of its own: a storefront backend needs no other.
  expect(operations.find((op) => op.field.name === 'authenticateCustomer')?.scopes).toEqual([Scope.CUSTOMERS_AUTHENTICATE]);
  // login really is open: a wrong password is an answer, not an auth error.
  const login = operations.find((op) => op.field.name === 'login')!;
  expect(login.scopes).toBeUndefined();
});

test('every operation but login refuses a request without a token (UNAUTHENTICATED)', async () => {
  const failures: string[] = [];
  for (const op of guarded()) {
    const response = await call(op, null);
    if (JSON.stringify(codes(response)) !== '["UNAUTHENTICATED"]' || response.data?.[op.field.name] != null) {
      failures.push(`${op.field.name}: ${JSON.stringify(response)}`);
    }
  }
  expect(failures).toEqual([]);
});

test('every operation but login refuses an unknown token (UNAUTHENTICATED)', async () => {
  const failures: string[] = [];
  for (const op of guarded()) {
    const response = await call(op, 'cgw_not-a-real-token-0000000000000000000000000');
    if (JSON.stringify(codes(response)) !== '["UNAUTHENTICATED"]') failures.push(`${op.field.name}: ${JSON.stringify(response)}`);
  }
  expect(failures).toEqual([]);
});

test('every scoped operation refuses a token lacking its scope (FORBIDDEN)', async () => {
  const tokens = new Map<string, string>();
  const failures: string[] = [];
  for (const op of scoped()) {
    // Every scope but admin and the ones this operation needs.
    const lacking = ALL_SCOPES.filter((scope) => scope !== Scope.ADMIN && !op.scopes!.includes(scope));
    const key = lacking.join(',');
    if (!tokens.has(key)) tokens.set(key, (await createToken(t, lacking)).token);
    const response = await call(op, tokens.get(key)!);
    if (JSON.stringify(codes(response)) !== '["FORBIDDEN"]' || response.data?.[op.field.name] != null) {
      failures.push(`${op.field.name} (token ${key}): ${JSON.stringify(response)}`);
    }
  }
  expect(failures).toEqual([]);
});

test('every operation lets through a token holding exactly its scopes (the rules are not stricter than declared)', async () => {
  const failures: string[] = [];
  for (const op of guarded()) {
    // A fresh token each time: logout revokes the token it is called with.
    const { token } = await createToken(t, op.scopes!.length ? op.scopes! : [Scope.GROUPS_READ]);
    const response = await call(op, token);
    const refused = codes(response).filter((code) => code === 'UNAUTHENTICATED' || code === 'FORBIDDEN');
    if (refused.length) failures.push(`${op.field.name}: ${JSON.stringify(response)}`);
  }
  expect(failures).toEqual([]);
});
