import { GraphQLError } from 'graphql';
import { HeaderMap } from '@apollo/server';

/** Seconds a client is asked to wait (Retry-After) before sending a request again after DATABASE_UNAVAILABLE. */
export const RETRY_AFTER_SECONDS = 1;

/** Node socket errors: the database host refused, dropped or never answered the connection. */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
/** Prisma's codes for a database it cannot reach or lost (P2024: no pool connection in time). */
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
/** Driver adapter error kinds (Prisma 7) that say the same. */
const ADAPTER_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections', 'TlsConnectionError']);
/**
 * SQLSTATEs of a server going away or not ready: class 08 (connection
 * exception), 57P01-57P03 (admin/crash shutdown, cannot connect now), 53300
 * (too many connections).
 */
const SQLSTATE = /^(08...|57P0[1-3]|53300)$/;
/** node-postgres reports a dropped connection, or one that stopped answering (query_timeout), in words only. */
const PG_MESSAGES =
  /Connection terminated|connection error and is not queryable|timeout exceeded when trying to connect|Client was closed and is not queryable|Cannot use a pool after calling end|Query read timeout/;
/** SQLSTATE 57014: Postgres cancelled the statement (statement_timeout, DB_STATEMENT_TIMEOUT_MS). */
const QUERY_CANCELED = '57014';

/**
 * True when an error (or anything it wraps) says the database cannot be
 * reached right now, as opposed to a request the database refused: such a
 * request may simply be sent again (HTTP 503, DATABASE_UNAVAILABLE).
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  return someCause(err, (e) => {
    const code = typeof e.code === 'string' ? e.code : undefined;
    const originalCode = typeof e.originalCode === 'string' ? e.originalCode : undefined;
    if (code && (SOCKET_CODES.has(code) || PRISMA_CODES.has(code) || SQLSTATE.test(code))) return true;
    if (originalCode && SQLSTATE.test(originalCode)) return true;
    if (typeof e.kind === 'string' && ADAPTER_KINDS.has(e.kind)) return true;
    return typeof e.message === 'string' && PG_MESSAGES.test(e.message);
  });
}

/** True when Postgres ended a statement of this request at its statement timeout. */
export function isStatementTimeout(err: unknown): boolean {
  return someCause(err, (e) => e.code === QUERY_CANCELED || e.originalCode === QUERY_CANCELED);
}

/** What a client gets for it: the statement was cancelled, its transaction rolled back. */
export const STATEMENT_TIMEOUT = {
  code: 'STATEMENT_TIMEOUT',
  message: 'The database did not finish this request in time and nothing was written; send it again, or ask for less',
};

/** `test` over an error and everything it wraps (cause, Prisma's driver adapter error, aggregated errors). */
function someCause(err: unknown, test: (e: Record<string, unknown>) => boolean): boolean {
  const seen = new Set<unknown>();
  const pending: unknown[] = [err];
  while (pending.length > 0) {
    const current = pending.pop();
    if (typeof current !== 'object' || current === null || seen.has(current)) continue;
    seen.add(current);
    const e = current as Record<string, unknown>;
    if (test(e)) return true;
    const meta = e.meta as Record<string, unknown> | undefined;
    pending.push(e.cause, e.originalError, meta?.driverAdapterError, ...(Array.isArray(e.errors) ? (e.errors as unknown[]) : []));
  }
  return false;
}

/**
 * Runs `work` (a probe of the database) and fails if it has not answered
 * within `ms`: a database that hangs (host gone, server frozen) never
 * answers, and a caller cannot wait for the driver's own timeouts.
 */
export function withinMs<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** How long `databaseAnswers` waits for `SELECT 1`; a load balancer's probe timeout is of this order. */
export const PROBE_TIMEOUT_MS = 2000;

/** True when the database answers `SELECT 1` within PROBE_TIMEOUT_MS. */
export async function databaseAnswers(sql: { query(text: string): Promise<unknown> }): Promise<boolean> {
  try {
    await withinMs(sql.query('SELECT 1'), PROBE_TIMEOUT_MS);
    return true;
  } catch {
    return false;
  }
}

/** What a client gets for it: HTTP 503 with Retry-After; the request wrote nothing it was told about. */
export function databaseUnavailable(requestId?: string): GraphQLError {
  return new GraphQLError(DATABASE_UNAVAILABLE_MESSAGE, {
    extensions: { code: 'DATABASE_UNAVAILABLE', retryable: true, ...(requestId ? { requestId } : {}), http: unavailableHttp() },
  });
}

export const DATABASE_UNAVAILABLE_MESSAGE = 'The database cannot be reached right now; send the request again in a moment';

export function unavailableHttp() {
  return { status: 503, headers: new HeaderMap([['retry-after', String(RETRY_AFTER_SECONDS)]]) };
}
