import type { NextFunction, Request, Response } from 'express';
import { sendHttpError } from './http-errors';

/**
 * A batched request (a JSON array of operations) is refused, whole, when it
 * holds more than `maxBatch` operations; each operation is still checked by
 * every other limit. With maxBatch 1 Apollo refuses arrays itself.
 */
export function batchLimitMiddleware(maxBatch: number) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (Array.isArray(req.body) && req.body.length > maxBatch) {
      sendHttpError(res, 400, 'BATCH_TOO_LARGE', `A batch may hold at most ${maxBatch} operations; it held ${req.body.length}`, {
        max: maxBatch,
      });
      return;
    }
    next();
  };
}
