import type { ApolloServerPlugin } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from '../logger';
import { requestIdOf } from './request-id';

/** Probes that a load balancer sends every few seconds: logged at debug, not info. */
const PROBES = new Set(['/healthz', '/readyz']);

/**
 * A context's link to its HTTP response, so the plugin can name the
 * operation on the request's log line. A symbol key, because Apollo hands
 * plugins a shallow copy of the context (Object.assign keeps symbols).
 */
const RESPONSE_LOCALS = Symbol('responseLocals');

/** Ties a GraphQL context to its HTTP response (called by the context factory). */
export function linkRequestLog(context: object, res: Response): void {
  (context as Record<symbol, unknown>)[RESPONSE_LOCALS] = res.locals;
}

/**
 * One line per HTTP request when it ends: method, path (without the query
 * string, which can carry a GET's variables), status, duration, request id
 * and GraphQL operation name(s). Never headers, bodies or variables.
 */
export function requestLogMiddleware(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    res.once('close', () => {
      const path = req.originalUrl.split('?')[0];
      const names = res.locals.operationNames as string[] | undefined;
      const entry = {
        requestId: requestIdOf(res),
        method: req.method,
        path,
        status: res.statusCode,
        durationMs: Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100,
        operationName: names?.join(','),
        // The client went away before the whole response was written.
        aborted: res.writableFinished ? undefined : true,
      };
      if (PROBES.has(path)) logger.debug(entry, 'request');
      else logger.info(entry, 'request');
    });
    next();
  };
}

/** Records the name of each operation Apollo resolved (a batched request has several). */
export function requestLogPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart({ contextValue }) {
      return {
        async didResolveOperation({ operationName }) {
          const locals = (contextValue as Record<symbol, Record<string, unknown> | undefined>)[RESPONSE_LOCALS];
          if (locals && operationName)
            ((locals.operationNames as string[] | undefined) ?? (locals.operationNames = [])).push(operationName);
        },
      };
    },
  };
}
