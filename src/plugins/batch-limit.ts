import type { NextFunction, Request, Response } from 'express';
import { sendHttpError } from './http-errors';

/**
 * A batched request (a JSON array of operations) is all or nothing at the
 * HTTP layer: refused whole, before any operation runs, when it holds more
 * than `maxBatch` operations or when any element is not an operation
 * Apollo would accept. (Apollo runs a batch's operations in parallel and
 * answers 400 for a malformed element after the others have run, writes
 * included.) Each operation is still checked by every other limit. With
 * maxBatch 1 Apollo refuses arrays itself.
 */
export function batchLimitMiddleware(maxBatch: number) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (!Array.isArray(req.body)) return next();
    const batch: unknown[] = req.body;
    if (batch.length > maxBatch) {
      sendHttpError(res, 400, 'BATCH_TOO_LARGE', `A batch may hold at most ${maxBatch} operations; it held ${batch.length}`, {
        max: maxBatch,
      });
      return;
    }
    if (batch.length === 0) return sendHttpError(res, 400, 'BAD_REQUEST', 'A batch must hold at least one operation');
    const malformed = batch.findIndex((element) => operationProblem(element) !== undefined);
    if (malformed >= 0) {
      sendHttpError(
        res,
        400,
        'BAD_REQUEST',
        `Batch element ${malformed}: ${operationProblem(batch[malformed])}; no operation of the batch ran`,
        {
          index: malformed,
        },
      );
      return;
    }
    next();
  };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** What Apollo's HTTP layer would refuse in one operation of a POST body (its own checks, made before anything runs). */
function operationProblem(element: unknown): string | undefined {
  if (!isObject(element)) return 'an operation must be a JSON object';
  const { query, variables, operationName, extensions } = element;
  if (typeof query !== 'string' || query === '') return '`query` must be a non-empty string';
  if (variables != null && !isObject(variables)) return '`variables` must be an object';
  if (operationName != null && typeof operationName !== 'string') return '`operationName` must be a string';
  if (extensions != null && !isObject(extensions)) return '`extensions` must be an object';
  if (extensions?.persistedQuery !== undefined) return 'persisted queries are not supported; send the whole `query`';
  return undefined;
}
