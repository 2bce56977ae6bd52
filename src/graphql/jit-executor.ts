import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import { execute, getVariableValues, GraphQLError, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, type CompiledQuery } from 'graphql-jit';
import { applySplices, clearSplices } from '../common/spliced-json';

type Gateway = ApolloServerOptionsWithGateway<Record<string, unknown>>['gateway'];
type Executor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;

/**
 * Runs operations with graphql-jit (each document compiled once into plain
 * JS) instead of graphql-js's interpreter, which spent ~1 µs in
 * getArgumentValues/executeFields for each of the ~4,500 fields of a list
 * page. Apollo Server takes another executor only through its gateway
 * interface, so this is a "gateway" serving one fixed local schema.
 *
 * Everything graphql-jit does differently from graphql-js is made up for
 * here, so the rest of the code (mask-errors, Apollo's BAD_USER_INPUT) sees
 * what graphql-js would have produced:
 * - its errors are look-alikes of GraphQLError (own constructor, no nodes,
 *   `extensions` may be undefined): they become real GraphQLErrors with the
 *   same message, path, locations and `originalError`;
 * - variables are checked by graphql-js's own coercion first (a few µs):
 *   what it refuses, and the messages and variable-definition nodes Apollo
 *   needs to tag them BAD_USER_INPUT, stay exactly graphql-js's; should
 *   graphql-jit still refuse them (no `data` at all: no resolver has run),
 *   graphql-js's execute answers instead;
 * - an operation graphql-jit cannot compile, or no operation resolved
 *   from the document and operationName, runs on graphql-js.
 */
export function jitGateway(schema: GraphQLSchema, maxCompiled = 1000): Gateway {
  const compiled = new BoundedCache<string, CompiledQuery | null>(maxCompiled);
  const execute = executeOnce(schema, compiled);
  // Lists answered by spliced JSON text (common/spliced-json.ts) get their text once execution is done.
  const executor: Executor = async (requestContext) => {
    const result = await execute(requestContext);
    applySplices(requestContext.context, result.data);
    return result;
  };
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    load: async () => ({ executor }),
    stop: async () => {},
  };
}

function executeOnce(schema: GraphQLSchema, compiled: BoundedCache<string, CompiledQuery | null>): Executor {
  return async ({ document, source, operationName, operation, request, context }) => {
    // The request's operationName: the executor's `operationName` is the name
    // of the operation Apollo resolved, null when it resolved none.
    const interpreted = () => {
      clearSplices(context);
      return execute({
        schema,
        document,
        contextValue: context,
        variableValues: request.variables,
        operationName: request.operationName,
      }) as Promise<ExecutionResult>;
    };
    // No operation of that name (or several and none named): graphql-js's
    // execute gives the error Apollo answers with (OPERATION_RESOLUTION_FAILURE).
    if (!operation) return interpreted();
    const key = `${operationName ?? ''}\n${source}`;
    let query = compiled.get(key);
    if (query === undefined) {
      query = compile(schema, document, operationName);
      compiled.set(key, query);
    }
    if (!query) return interpreted();
    if (operation.variableDefinitions?.length) {
      const coerced = getVariableValues(schema, operation.variableDefinitions, request.variables ?? {});
      if (coerced.errors) return { errors: coerced.errors };
    }
    const result = await query.query(undefined, context, request.variables);
    if (!('data' in result) || result.data === undefined) return interpreted();
    // graphql-js's order, errors first: it is the order of the JSON answer.
    return result.errors?.length ? { errors: result.errors.map(asGraphQLError), data: result.data } : { data: result.data };
  };
}

function compile(schema: GraphQLSchema, document: Parameters<typeof compileQuery>[1], operationName: string | null): CompiledQuery | null {
  try {
    const result = compileQuery(schema, document, operationName ?? undefined);
    return 'query' in result ? (result as CompiledQuery) : null;
  } catch {
    return null;
  }
}

function asGraphQLError(error: GraphQLError): GraphQLError {
  if (error.constructor === GraphQLError) return error;
  const converted = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError,
    extensions: error.extensions ?? undefined,
  });
  if (error.locations) (converted as { locations?: GraphQLError['locations'] }).locations = error.locations;
  return converted;
}

/** A Map that forgets its least recently used entry beyond `max` entries. */
class BoundedCache<K, V> {
  private readonly entries = new Map<K, V>();
  constructor(private readonly max: number) {}

  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: K, value: V): void {
    this.entries.set(key, value);
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value as K);
  }
}
