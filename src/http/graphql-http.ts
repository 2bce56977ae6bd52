import type { ApolloServer, BaseContext, ContextFunction } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import express, { type NextFunction, type Request, type Response } from 'express';

/**
 * The HTTP side of POST /graphql, lighter than express.json() and Apollo's
 * express integration on the path every request takes (docs/performance.md:
 * body-parser, raw-body, type-is, iconv and res.send were ~4% of a small
 * list page's CPU). Behaviour stays theirs: anything unusual is left to them.
 */

/** `application/json`, optionally with a UTF-8 charset: the content type every GraphQL client sends. */
const PLAIN_JSON = /^application\/json\s*(?:;\s*charset\s*=\s*(?:utf-8|"utf-8")\s*)?$/i;

/** A body-parser error of this `type` (http-errors.ts answers each as body-parser's own). */
const bodyError = (type: string, message: string, status: number) => Object.assign(new Error(message), { type, status, expose: true });

/**
 * express.json({ limit }), with a fast path for a plain JSON body of a
 * declared length within the limit: read and parsed here, with
 * body-parser's rules (an empty body is `{}`, only an object or array at
 * the top, a UTF-8 BOM dropped). Compressed, chunked, oversized or
 * otherwise typed bodies, and other methods, go to express.json() as before.
 */
export function jsonBody(maxBodyBytes: number) {
  const fallback = express.json({ limit: maxBodyBytes });
  return (req: Request, res: Response, next: NextFunction): void => {
    const { headers } = req;
    const declared = headers['content-length'];
    const length = declared !== undefined && /^\d{1,15}$/.test(declared) ? Number(declared) : NaN;
    if (
      req.method !== 'POST' ||
      !(length <= maxBodyBytes) ||
      headers['content-encoding'] !== undefined ||
      headers['transfer-encoding'] !== undefined ||
      !PLAIN_JSON.test(headers['content-type'] ?? '')
    ) {
      fallback(req, res, next);
      return;
    }
    const chunks: Buffer[] = [];
    const onData = (chunk: Buffer) => chunks.push(chunk);
    const onAborted = () => {
      cleanup();
      next(bodyError('request.aborted', 'request aborted', 400));
    };
    const onError = (err: Error) => {
      cleanup();
      next(err);
    };
    const onEnd = () => {
      cleanup();
      let body: unknown;
      try {
        body = parseJson(chunks.length === 1 ? chunks[0].toString('utf8') : Buffer.concat(chunks).toString('utf8'));
      } catch {
        next(bodyError('entity.parse.failed', 'invalid JSON body', 400));
        return;
      }
      req.body = body;
      next();
    };
    const cleanup = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('aborted', onAborted);
      req.off('error', onError);
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('aborted', onAborted);
    req.on('error', onError);
  };
}

/** body-parser's strict JSON: `{}` for an empty body; a top-level value that is not an object or array is refused. */
function parseJson(text: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.length === 0) return {};
  const first = /[^ \t\n\r]/.exec(body)?.[0];
  if (first !== '{' && first !== '[') throw new SyntaxError('strict violation');
  return JSON.parse(body);
}

/**
 * The steps of Apollo's express integration (@as-integrations/express5, not a dependency),
 * answering with res.end: express's res.send copied every answer of 1 KB or
 * more into a new Buffer and re-parsed the content type Apollo had set.
 */
export function apolloHandler<TContext extends BaseContext>(
  server: ApolloServer<TContext>,
  context: ContextFunction<[{ req: Request; res: Response }], TContext>,
) {
  server.assertStarted('apolloHandler()');
  return async (req: Request, res: Response): Promise<void> => {
    const headers = new HeaderMap();
    for (const key in req.headers) {
      const value = req.headers[key];
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const query = req.url.indexOf('?');
    const response = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method.toUpperCase(), headers, search: query < 0 ? '' : req.url.slice(query), body: req.body },
      context: () => context({ req, res }),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
}
