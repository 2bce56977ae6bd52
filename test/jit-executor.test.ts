import { buildSchema, execute, getOperationAST, GraphQLError, parse, type GraphQLObjectType } from 'graphql';
import { jitGateway } from '../src/graphql/jit-executor';

// The compiled executor must answer as graphql-js does, errors included
// (mask-errors classifies by extensions.code and originalError; Apollo tags
// variable errors BAD_USER_INPUT by their nodes). Checked here side by side on
// a small schema; the HTTP tests check the same on the real one.
const schema = buildSchema(`
  type Part { a: String!, b: String! }
  type Item { id: ID!, name: String!, tags(first: Int = 2): [String!]!, parts: [Part!]! }
  type Query { items(ids: [ID!]!): [Item!]!, forbidden: Item, broken: String }
`);
const forbidden = new GraphQLError('Access denied', { extensions: { code: 'FORBIDDEN' } });
const broken = new Error('connection reset');
const rootValue = {
  items: ({ ids }: { ids: string[] }) => ids.map((id) => ({ id, name: `item ${id}`, parts: [{ a: 'a', b: 'b' }] })),
  forbidden: () => Promise.reject(forbidden),
  broken: () => {
    throw broken;
  },
};
// graphql-jit calls the schema's resolvers (its default resolver does not
// call methods of the source, as graphql-js's does): put them there.
for (const [name, resolve] of Object.entries(rootValue)) {
  schema.getQueryType()!.getFields()[name].resolve = (_source, args) => (resolve as (a: unknown) => unknown)(args);
}
(schema.getType('Item') as GraphQLObjectType).getFields().tags.resolve = (_item, { first }) => ['a', 'b', 'c'].slice(0, first);

async function bothWays(source: string, variables: Record<string, unknown> = {}) {
  const document = parse(source);
  const { executor } = await jitGateway(schema).load({ apollo: {} });
  const request = { document, source, operationName: null, operation: getOperationAST(document)!, request: { variables }, context: {} };
  const compiled = await executor!(request as unknown as Parameters<NonNullable<typeof executor>>[0]);
  const interpreted = await execute({ schema, document, variableValues: variables });
  return { compiled, interpreted };
}

test('data: the same as graphql-js, with variables, aliases, fragments and @include', async () => {
  const { compiled, interpreted } = await bothWays(
    `query($ids: [ID!]!, $more: Boolean!) { items(ids: $ids) { ...F, all: tags(first: 9) @include(if: $more) } }
     fragment F on Item { id name tags }`,
    { ids: ['1', 2], more: true },
  );
  expect(compiled.errors).toBeUndefined();
  expect(JSON.stringify(compiled)).toBe(JSON.stringify(interpreted));
});

test('resolver errors: real GraphQLErrors with the original error, code, path and locations', async () => {
  const { compiled, interpreted } = await bothWays('{ forbidden { id } broken }');
  expect(JSON.stringify(compiled)).toBe(JSON.stringify(interpreted));
  const [failed, denied] = compiled.errors!; // graphql-js's order too: the synchronous error first
  expect(denied.constructor).toBe(GraphQLError);
  expect(denied.originalError).toBe(forbidden);
  expect(denied.extensions).toEqual({ code: 'FORBIDDEN' });
  expect(failed.originalError).toBe(broken);
  expect(failed.extensions).toEqual({});
});

test('variable errors: graphql-js own, with the variable definition node', async () => {
  const { compiled, interpreted } = await bothWays('query($ids: [ID!]!) { items(ids: $ids) { id } }', { ids: [null] });
  expect(compiled).toEqual(interpreted);
  expect(compiled.data).toBeUndefined();
  expect(compiled.errors![0].message).toMatch(/^Variable "\$ids" got invalid value null at "ids\[0\]"/);
  expect(compiled.errors![0].nodes?.[0].kind).toBe('VariableDefinition');
});

test('a key selected twice, once under @skip/@include: only the selection the directives keep (graphql-jit 0.8.9 merged both)', async () => {
  for (const source of [
    `{ items(ids: ["1"]) { id } items(ids: ["1"]) @skip(if: true) { name } }`,
    `query($no: Boolean = false) { items(ids: ["1"]) { id } ... on Query @include(if: $no) { items(ids: ["1"]) { name } } }`,
    `{ items(ids: ["1"]) { id parts { a } parts @skip(if: true) { b } } }`,
    `query($yes: Boolean!) { items(ids: ["1"]) { id parts { a } parts @skip(if: $yes) { b } } }`,
    `query($no: Boolean!) { items(ids: ["1"]) { id parts { a } parts @include(if: $no) { b } } }`,
  ]) {
    const { compiled, interpreted } = await bothWays(source, { yes: true, no: false });
    expect(JSON.stringify(interpreted)).not.toMatch(/"name"|"b"/);
    expect(compiled).toEqual(interpreted);
  }
});
