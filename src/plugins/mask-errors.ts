import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Context } from '../context';
import type { Logger } from '../logger';
import { Prisma } from '../generated/prisma/client';
import {
  DATABASE_UNAVAILABLE_MESSAGE,
  STATEMENT_TIMEOUT,
  databaseAnswers,
  isDatabaseUnavailable,
  isStatementTimeout,
  unavailableHttp,
} from '../common/db-faults';

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
  'DATABASE_UNAVAILABLE',
]);

/**
 * Database faults that say nothing about the request and go away when it is
 * sent again: each becomes its own code with a fixed message (the request id
 * too) and `retryable: true`; the Prisma text is only logged. A database that
 * cannot be reached (src/common/db-faults.ts) is DATABASE_UNAVAILABLE, HTTP 503
 * with Retry-After.
 */
const TRANSIENT: Record<string, { code: string; message: string }> = {
  P2034: {
    code: 'TRANSACTION_CONFLICT',
    message: 'The request collided with a concurrent change and was rolled back; send it again',
  },
  P2028: {
    code: 'TRANSACTION_TIMEOUT',
    message: 'The database transaction did not finish in time and was rolled back; send the request again',
  },
};

/** Marks, on the original error, the request it belongs to (formatError has no context). */
const REQUEST_ID = Symbol('requestId');
/** Marks a transaction timeout that happened because the database did not answer at all. */
const UNREACHABLE = Symbol('unreachable');

/** Tags an error raised outside GraphQL execution (e.g. while building the context) with its request id. */
export function withRequestId<E extends Error>(error: E, requestId: string): E {
  (error as unknown as Record<symbol, string>)[REQUEST_ID] = requestId;
  return error;
}

/**
 * `sql` is asked `SELECT 1` when a transaction timed out: with the database
 * unreachable, Prisma's transaction timer can fire before the driver reports
 * the connection error, and the client must then be told to retry later
 * (DATABASE_UNAVAILABLE, 503), not that its transaction was slow.
 */
export function maskErrorsPlugin(logger: Logger, sql: { query(text: string): Promise<unknown> }): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            withRequestId(error, contextValue.requestId);
            if (!isClientError(error.extensions?.code, error.originalError) && !refusedOnPurpose(error)) {
              const cause = error.originalError ?? error;
              if (transient(error)?.code === 'TRANSACTION_TIMEOUT' && !(await databaseAnswers(sql))) {
                (error as unknown as Record<symbol, boolean>)[UNREACHABLE] = true;
              }
              const retry = transient(error);
              // Apollo takes the HTTP status and headers of the response from its errors' extensions.
              if (retry?.code === 'DATABASE_UNAVAILABLE') (error.extensions as Record<string, unknown>).http = unavailableHttp();
              const level = retry ? 'warn' : 'error';
              logger[level]({ requestId: contextValue.requestId, path: error.path, err: cause }, 'unexpected error');
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

function transient(error: unknown): { code: string; message: string } | undefined {
  const original = (error as { originalError?: unknown })?.originalError;
  if ((error as Record<symbol, unknown>)?.[UNREACHABLE] || isDatabaseUnavailable(original))
    return { code: 'DATABASE_UNAVAILABLE', message: DATABASE_UNAVAILABLE_MESSAGE };
  if (isStatementTimeout(original)) return STATEMENT_TIMEOUT;
  return original instanceof Prisma.PrismaClientKnownRequestError ? TRANSIENT[original.code] : undefined;
}

/**
 * An error Apollo or graphql-js raises on purpose about the request, with an
 * HTTP 4xx status but no code (e.g. "Unsupported persisted query version"):
 * it wraps no fault, so its message is for the client, as BAD_REQUEST.
 */
function refusedOnPurpose(error: unknown): boolean {
  if (!(error instanceof GraphQLError) || error.originalError || error.extensions?.code !== undefined) return false;
  const status = (error.extensions?.http as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}

/**
 * Apollo's formatError. With `hideSuggestions` (introspection off) the
 * "Did you mean …?" hints of validation errors go too, since they spell out
 * the schema that introspection would have shown.
 */
export function createFormatError(options: { hideSuggestions: boolean }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = error as { originalError?: Error; [REQUEST_ID]?: string };
    if (refusedOnPurpose(error)) formatted = { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_REQUEST' } };
    if (isClientError(formatted.extensions?.code, original?.originalError)) {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      const message = options.hideSuggestions ? formatted.message.replace(/ ?Did you mean .*$/s, '') : formatted.message;
      return { ...formatted, message, extensions };
    }
    const retry = transient(error);
    return {
      message: retry?.message ?? 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: {
        code: retry?.code ?? 'INTERNAL_SERVER_ERROR',
        ...(retry ? { retryable: true } : {}),
        requestId: original?.[REQUEST_ID],
      },
    };
  };
}
