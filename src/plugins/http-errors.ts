import type { NextFunction, Request, Response } from 'express';
import type { Logger } from '../logger';
import { requestIdOf } from './request-id';
import {
  DATABASE_UNAVAILABLE_MESSAGE,
  RETRY_AFTER_SECONDS,
  STATEMENT_TIMEOUT,
  isDatabaseUnavailable,
  isStatementTimeout,
} from '../common/db-faults';

/** Errors before GraphQL runs, shaped like GraphQL errors so clients read them the same way. */
export function sendHttpError(res: Response, status: number, code: string, message: string, extra: Record<string, unknown> = {}): void {
  res.status(status).json({ errors: [{ message, extensions: { code, ...extra } }] });
}

/**
 * Express's error handler for /graphql: the JSON body parser's refusals get
 * a clear JSON answer (413 too large, 400 malformed, 415 wrong encoding)
 * instead of Express's HTML page (which shows a stack outside production);
 * anything else is masked like a GraphQL fault and logged in full.
 */
export function httpErrorHandler(logger: Logger, maxBodyBytes: number) {
  return (err: Error & { type?: string; status?: number }, req: Request, res: Response, next: NextFunction): void => {
    if (res.headersSent) return next(err);
    const requestId = requestIdOf(res);
    switch (err.type) {
      case 'entity.too.large':
        return sendHttpError(res, 413, 'PAYLOAD_TOO_LARGE', `The request body is larger than ${maxBodyBytes} bytes`, {
          maxBytes: maxBodyBytes,
        });
      case 'entity.parse.failed':
        return sendHttpError(res, 400, 'BAD_REQUEST', 'The request body is not valid JSON');
      case 'encoding.unsupported':
      case 'charset.unsupported':
        return sendHttpError(res, 415, 'BAD_REQUEST', 'The request body must be UTF-8 JSON');
      case 'request.aborted':
      case 'request.size.invalid':
        return sendHttpError(res, 400, 'BAD_REQUEST', 'The request body was cut short');
    }
    // A body that does not decompress as its Content-Encoding says: body-parser
    // passes zlib's or brotli's error on (status 400, no type); their text stays in the log.
    if (err.status === 400 && err.type === undefined && req.headers['content-encoding'] !== undefined) {
      return sendHttpError(res, 400, 'BAD_REQUEST', 'The request body does not decode as its Content-Encoding says');
    }
    if (isDatabaseUnavailable(err)) {
      logger.warn({ requestId, err }, 'database unavailable');
      res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
      return sendHttpError(res, 503, 'DATABASE_UNAVAILABLE', DATABASE_UNAVAILABLE_MESSAGE, { retryable: true, requestId });
    }
    if (isStatementTimeout(err)) {
      logger.warn({ requestId, err }, 'statement timeout');
      return sendHttpError(res, 503, STATEMENT_TIMEOUT.code, STATEMENT_TIMEOUT.message, { retryable: true, requestId });
    }
    logger.error({ requestId, err }, 'unexpected error');
    sendHttpError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error', { requestId });
  };
}
