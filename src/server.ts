import 'reflect-metadata';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import { GraphQLError } from 'graphql';
import type { Config } from './config';
import { createContext, type Context } from './context';
import { openDatabase, type Database } from './db/database';
import { migrate } from './db/migrate';
import { bearerToken } from './auth/tokens';
import { aliasLimitPlugin } from './plugins/alias-limit';
import { batchLimitMiddleware } from './plugins/batch-limit';
import { costLimitPlugin } from './plugins/cost-limit';
import { depthLimitPlugin } from './plugins/depth-limit';
import { httpErrorHandler } from './plugins/http-errors';
import { createFormatError, maskErrorsPlugin, withRequestId } from './plugins/mask-errors';
import { requestIdMiddleware, requestIdOf } from './plugins/request-id';
import { createSchema } from './schema';
import { createServices, type Services } from './services';

export interface RunningServer {
  url: string;
  port: number;
  db: Database;
  services: Services;
  stop(): Promise<void>;
}

export interface ServerOptions {
  /** Use this database instead of opening one from config (tests share one). */
  db?: Database;
  log?: (entry: Record<string, unknown>) => void;
  print?: (line: string) => void;
}

const jsonLog = (entry: Record<string, unknown>) => process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), ...entry })}\n`);

/**
 * Opens the database, applies pending migrations, makes sure an admin user
 * exists, and serves GraphQL at /graphql on config.port.
 */
export async function startServer(config: Config, options: ServerOptions = {}): Promise<RunningServer> {
  const log = options.log ?? jsonLog;
  const db =
    options.db ??
    (await openDatabase({
      databaseUrl: config.databaseUrl,
      pgliteDataDir: config.pgliteDataDir,
      onPoolError: (err) => log({ level: 'warn', msg: 'database pool error', error: err.message }),
    }));
  const applied = await migrate(db.sql);
  if (applied.length) log({ level: 'info', msg: 'applied migrations', migrations: applied });

  const services = createServices(config, db);
  await services.auth.bootstrapAdmin(options.print ?? ((line) => console.log(line)));

  const app = express();
  app.disable('x-powered-by');
  // Where the client address (login rate limits) comes from: the socket, or
  // X-Forwarded-For up to a proxy this setting trusts.
  app.set('trust proxy', config.trustProxy);
  const httpServer = http.createServer(app);
  const { limits } = config;
  const apollo = new ApolloServer<Context>({
    schema: await createSchema(),
    formatError: createFormatError({ hideSuggestions: !config.introspection }),
    includeStacktraceInErrorResponses: false,
    introspection: config.introspection,
    // Apollo Server 5's default, stated so that it stays on: a GET, or a POST
    // with a content type an HTML form can send, needs a header a form cannot
    // set (content-type: application/json, apollo-require-preflight, ...).
    csrfPrevention: true,
    allowBatchedHttpRequests: limits.maxBatch > 1,
    parseOptions: { maxTokens: limits.maxTokens },
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      maskErrorsPlugin(log),
      depthLimitPlugin(limits.maxDepth),
      aliasLimitPlugin(limits.maxAliases),
      costLimitPlugin(limits.maxCost),
    ],
  });
  await apollo.start();

  // Playground hook: when config.playground is true, the GraphiQL page for
  // GET /graphql (browsers asking for text/html) is mounted here, before the
  // GraphQL middleware; it is built on the playground branch.

  app.use(
    '/graphql',
    requestIdMiddleware,
    cors(),
    express.json({ limit: limits.maxBodyBytes }),
    // A GET or a non-JSON POST leaves no body; Apollo then answers it (CSRF
    // refusal, GET query) instead of the integration's "forgot json()" 500.
    (req, _res, next) => {
      if (!Reflect.has(req, 'body')) req.body = undefined;
      next();
    },
    batchLimitMiddleware(limits.maxBatch),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = requestIdOf(res);
        const token = bearerToken(req.headers.authorization);
        let principal = null;
        try {
          principal = token ? await services.tokens.principalFor(token) : null;
        } catch (err) {
          log({ level: 'error', msg: 'unexpected error', requestId, error: (err as Error).stack ?? String(err) });
          throw withRequestId(new GraphQLError('Internal server error', { extensions: { code: 'INTERNAL_SERVER_ERROR', http: { status: 500 } } }), requestId);
        }
        const clientAddress = req.ip ?? req.socket.remoteAddress ?? 'unknown';
        return createContext({ requestId, db, services, principal, clientAddress });
      },
    }),
  );
  app.use(httpErrorHandler(log, limits.maxBodyBytes));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  const port = (httpServer.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    port,
    db,
    services,
    async stop() {
      await apollo.stop();
      await services.passwords.close();
      if (!options.db) await db.close();
    },
  };
}
