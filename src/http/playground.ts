import path from 'node:path';
import { Router, type Request } from 'express';
import { ASSET_PREFIX, PAGE_CSS, PLAYGROUND_HTML, START_SCRIPT } from './playground-page';

/** GraphiQL 3 (a prebuilt browser bundle) and the React 18 builds it runs on, from node_modules. */
const BUNDLED: Record<string, [pkg: string, file: string]> = {
  'graphiql.min.js': ['graphiql', 'graphiql.min.js'],
  'graphiql.min.css': ['graphiql', 'graphiql.min.css'],
  'react.production.min.js': ['react', 'umd/react.production.min.js'],
  'react-dom.production.min.js': ['react-dom', 'umd/react-dom.production.min.js'],
};

/** Scripts, styles and requests from this server only (GraphiQL's fonts are inlined as data: URLs). */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
].join('; ');

function packageFile(pkg: string, file: string): string {
  return path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);
}

/** A browser opening the endpoint (no query to run), as opposed to a GraphQL GET or a JSON client. */
function wantsPage(req: Request): boolean {
  return (
    req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html' && req.query.query === undefined
  );
}

/**
 * GraphiQL at GET `endpoint` for browsers, served entirely from this
 * server's own dependencies: it works with no internet access. POSTs and
 * GraphQL GETs fall through to the GraphQL middleware.
 */
export function playgroundRoutes(endpoint: string): Router {
  const router = Router();
  for (const [name, [pkg, file]] of Object.entries(BUNDLED)) {
    const absolute = packageFile(pkg, file);
    router.get(`${ASSET_PREFIX}/${name}`, (_req, res) => res.sendFile(absolute, { maxAge: '1d' }));
  }
  router.get(`${ASSET_PREFIX}/start.js`, (_req, res) => {
    res.type('text/javascript').send(START_SCRIPT);
  });
  router.get(`${ASSET_PREFIX}/page.css`, (_req, res) => {
    res.type('text/css').send(PAGE_CSS);
  });
  router.get(endpoint, (req, res, next) => {
    if (!wantsPage(req)) return next();
    res.set('content-security-policy', CSP).set('x-content-type-options', 'nosniff').type('html').send(PLAYGROUND_HTML);
  });
  return router;
}
