import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

/** An incoming id is kept only in this shape: it goes into logs and a response header. */
const SAFE_ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * One id per HTTP request, set before anything can fail: it is sent back as
 * `x-request-id`, put on every masked error, and logged with the full error
 * and on the request's log line. A proxy's or client's own `x-request-id`
 * is kept when it looks safe, so one id follows a request across services.
 */
export function requestIdMiddleware(req: Request, res: Response, next: NextFunction): void {
  const incoming = req.headers['x-request-id'];
  const requestId = typeof incoming === 'string' && SAFE_ID.test(incoming) ? incoming : randomUUID();
  res.locals.requestId = requestId;
  res.setHeader('x-request-id', requestId);
  next();
}

export function requestIdOf(res: Response): string {
  return res.locals.requestId as string;
}
