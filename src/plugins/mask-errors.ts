import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Context } from '../context';

/**
 * Error codes whose messages are written for clients and may pass through.
 * Anything else (Prisma, SQL, bugs) reaches the client as
 * INTERNAL_SERVER_ERROR with the request id, and is logged in full here.
 */
const CLIENT_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'RATE_LIMITED',
  'QUERY_TOO_COMPLEX',
]);

/** Marks, on the original error, the request it belongs to (formatError has no context). */
const REQUEST_ID = Symbol('requestId');

export function maskErrorsPlugin(log: (entry: Record<string, unknown>) => void): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            (error as unknown as Record<symbol, string>)[REQUEST_ID] = contextValue.requestId;
            if (!isClientError(error.extensions?.code, error.originalError)) {
              const cause = error.originalError ?? error;
              log({ level: 'error', msg: 'unexpected error', requestId: contextValue.requestId, path: error.path, error: cause.stack ?? String(cause) });
            }
          }
        },
      };
    },
  };
}

function isClientError(code: unknown, originalError: Error | undefined): boolean {
  if (typeof code !== 'string' || !CLIENT_CODES.has(code)) return false;
  // A coded error must be a GraphQLError (ours, graphql-js's, Apollo's), not a wrapped fault.
  return !originalError || originalError instanceof GraphQLError;
}

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error as { originalError?: Error; [REQUEST_ID]?: string };
  if (isClientError(formatted.extensions?.code, original?.originalError)) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: original?.[REQUEST_ID] },
  };
}
