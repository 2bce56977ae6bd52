import { stringifyWithSplices } from './common/spliced-json';
import 'reflect-metadata';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import cors from 'cors';
import express from 'express';
import { GraphQLError } from 'graphql';
import type { Config } from './config';
import { createContext, type Context } from './context';
import { openDatabase, type Database } from './db/database';
import { migrate } from './db/migrate';
import { PGLITE_TEMPLATE } from './db/pglite-template';
import type { PgliteAssets } from './db/pglite-preload';
import { bearerToken } from './auth/tokens';
import type { Principal } from './auth/token-verifier';
import { databaseUnavailable, isDatabaseUnavailable } from './common/db-faults';
import { aliasLimitPlugin } from './plugins/alias-limit';
import { batchLimitMiddleware } from './plugins/batch-limit';
import { costLimitPlugin } from './plugins/cost-limit';
import { depthLimitPlugin } from './plugins/depth-limit';
import { noSubscriptionsRule } from './plugins/no-subscriptions';
import { selectionLimitRule } from './plugins/selection-limit';
import { requireTokenPlugin } from './auth/require-token';
import { httpErrorHandler } from './plugins/http-errors';
import { createFormatError, maskErrorsPlugin, withRequestId } from './plugins/mask-errors';
import { requestIdMiddleware, requestIdOf } from './plugins/request-id';
import { linkRequestLog, requestLogMiddleware, requestLogPlugin } from './plugins/request-log';
import { healthRoutes } from './http/health';
import { apolloHandler, jsonBody } from './http/graphql-http';
import { playgroundRoutes } from './http/playground';
import { createLogger, type Logger } from './logger';
import { createSchema } from './schema';
import { jitGateway } from './graphql/jit-executor';
import { createServices, type Services } from './services';
import { DeliveryWorker } from './webhooks/delivery-worker';

export interface RunningServer {
  url: string;
  /** Wall ms of each start-up part (and `cpu`: the process's CPU ms so far), for the ready line. */
  startup: Record<string, number>;
  port: number;
  db: Database;
  services: Services;
  logger: Logger;
  /** Sends queued webhook deliveries (started when config.webhooks.worker). */
  webhookWorker: DeliveryWorker;
  stop(): Promise<void>;
}

export interface ServerOptions {
  /** Use this database instead of opening one from config (tests share one). */
  db?: Database;
  /** Where logs go; default: JSON lines on stdout at config.logLevel. Tests pass a silent or capturing one. */
  logger?: Logger;
  print?: (line: string) => void;
  /** PGlite's engine and file-system bundle, loading since the process started (main.ts). */
  pgliteAssets?: PgliteAssets;
}

/**
 * Opens the database, applies pending migrations, makes sure an admin user
 * exists, and serves GraphQL at /graphql on config.port.
 */
export async function startServer(config: Config, options: ServerOptions = {}): Promise<RunningServer> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const startup = startupClock();
  const db =
    options.db ??
    (await openDatabase({
      databaseUrl: config.databaseUrl,
      pgliteDataDir: config.pgliteDataDir,
      pgliteSharedBuffersMb: config.pgliteSharedBuffersMb,
      preparedStatements: config.preparedStatements,
      timeouts: config.databaseTimeouts,
      pgliteTemplate: PGLITE_TEMPLATE,
      pgliteAssets: options.pgliteAssets,
      onPoolError: (err) => logger.warn({ err }, 'database pool error'),
    }));
  startup.mark('database');
  const applied = await migrate(db.sql);
  if (applied.length) logger.info({ migrations: applied }, 'applied migrations');
  startup.mark('migrations');

  const services = createServices(config, db);
  await services.auth.bootstrapAdmin(options.print ?? ((line) => console.log(line)));
  const webhookWorker = new DeliveryWorker(db, config.webhooks, logger);
  startup.mark('admin');

  const app = express();
  app.disable('x-powered-by');
  // Where the client address (login rate limits) comes from: the socket, or
  // X-Forwarded-For up to a proxy this setting trusts.
  app.set('trust proxy', config.trustProxy);
  // Express hashes every response body for an ETag (a page is ~100 KB); a
  // POST GraphQL answer is never revalidated, so the hash is pure cost.
  app.set('etag', false);
  const httpServer = http.createServer(app);
  httpServer.keepAliveTimeout = config.keepAliveSeconds * 1000;
  // Node's rule: the headers timeout must exceed the keep-alive one, or a
  // request arriving on a reused connection can be cut at the boundary.
  httpServer.headersTimeout = httpServer.keepAliveTimeout + 1000;
  const { limits } = config;
  const apollo = new ApolloServer<Context>({
    // Compiled execution (graphql-jit) in place of graphql-js's interpreter.
    gateway: jitGateway(await createSchema().finally(() => startup.mark('schema'))),
    formatError: createFormatError({ hideSuggestions: !config.introspection }),
    includeStacktraceInErrorResponses: false,
    introspection: config.introspection,
    // Apollo Server 5's default, stated so that it stays on: a GET, or a POST
    // with a content type an HTML form can send, needs a header a form cannot
    // set (content-type: application/json, apollo-require-preflight, ...).
    csrfPrevention: true,
    // main.ts owns SIGTERM/SIGINT (drain, close the database, exit 0).
    // Apollo's own handlers would stop it too and re-raise the signal,
    // which main.ts would take for a second, impatient one.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: limits.maxBatch > 1,
    parseOptions: { maxTokens: limits.maxTokens },
    // Counted in validation, so the bound holds before anything else looks
    // at the expanded document; Apollo keeps validated documents, so a
    // document that passed costs nothing on repeat.
    validationRules: [noSubscriptionsRule, selectionLimitRule(limits.maxSelections)],
    // Automatic persisted queries off: documents are sent in full (POST, at
    // most MAX_QUERY_TOKENS tokens). APQ would let any client store
    // documents in the server's memory, and our clients do not use it; a
    // request with a persistedQuery extension is refused with
    // PERSISTED_QUERY_NOT_SUPPORTED (HTTP 400).
    persistedQueries: false,
    // Apollo pretty-prints responses by default (JSON.stringify with an
    // indent): on the reference page that was ~10% of the CPU and a third
    // more bytes. Clients parse JSON; they do not need the indentation.
    // Also writes spliced JSON text (a customers page Postgres wrote: common/spliced-json.ts).
    stringifyResult: (result) => stringifyWithSplices(result),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // Installed by default, the cache-control plugin hooks willResolveField
      // and so wraps every field resolver; we send no cache hints (POST-only,
      // authenticated), and on the reference page it cost ~20% of the CPU.
      ApolloServerPluginCacheControlDisabled(),
      maskErrorsPlugin(logger, db.sql),
      requestLogPlugin(),
      requireTokenPlugin(),
      depthLimitPlugin(limits.maxDepth),
      aliasLimitPlugin(limits.maxAliases),
      costLimitPlugin(limits.maxCost),
    ],
  });
  await apollo.start();
  startup.mark('apollo');

  let stopping = false;
  app.use(requestIdMiddleware, requestLogMiddleware(logger));
  app.use(healthRoutes(db, logger, () => stopping));
  // Before the GraphQL middleware: a browser's GET of /graphql gets GraphiQL.
  if (config.playground) app.use(playgroundRoutes('/graphql'));
  app.use(
    '/graphql',
    cors(),
    jsonBody(limits.maxBodyBytes),
    // A GET or a non-JSON POST leaves no body; Apollo then answers it (CSRF
    // refusal, GET query) instead of the integration's "forgot json()" 500.
    (req, _res, next) => {
      if (!Reflect.has(req, 'body')) req.body = undefined;
      next();
    },
    batchLimitMiddleware(limits.maxBatch),
    apolloHandler(apollo, async ({ req, res }) => {
      const requestId = requestIdOf(res);
      const token = bearerToken(req.headers.authorization);
      let principal: Principal | null;
      try {
        principal = token ? await services.tokens.principalFor(token) : null;
      } catch (err) {
        if (isDatabaseUnavailable(err)) {
          logger.warn({ requestId, err }, 'database unavailable');
          throw withRequestId(databaseUnavailable(requestId), requestId);
        }
        logger.error({ requestId, err }, 'unexpected error');
        throw withRequestId(
          new GraphQLError('Internal server error', { extensions: { code: 'INTERNAL_SERVER_ERROR', http: { status: 500 } } }),
          requestId,
        );
      }
      const clientAddress = req.ip ?? req.socket.remoteAddress ?? 'unknown';
      const context = createContext({ requestId, db, services, principal, clientAddress });
      linkRequestLog(context, res);
      return context;
    }),
  );
  app.use(httpErrorHandler(logger, limits.maxBodyBytes));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  const port = (httpServer.address() as AddressInfo).port;
  startup.mark('listen');
  // The login decoy and Prisma's engine, after the first answer (or a second
  // of quiet): on two cores they held that answer up by ~0.5 s.
  let warmingUp: Promise<void> | undefined;
  const warmUp = () => {
    clearTimeout(warmUpTimer);
    if (!stopping) warmingUp ??= services.auth.warmUp();
  };
  const warmUpTimer = setTimeout(warmUp, 1000).unref();
  httpServer.once('request', (_req: http.IncomingMessage, res: http.ServerResponse) => res.once('finish', () => setImmediate(warmUp)));
  if (config.webhooks.worker) await webhookWorker.start();
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    startup: startup.done(),
    port,
    db,
    services,
    logger,
    webhookWorker,
    /**
     * Stops the webhook worker (deliveries in flight are cut and left to be
     * resent), refuses new connections, lets in-flight requests finish
     * (Apollo's drain plugin), then closes.
     */
    async stop() {
      stopping = true;
      await webhookWorker.stop();
      await apollo.stop();
      clearTimeout(warmUpTimer);
      await warmingUp;
      await services.passwords.close();
      if (!options.db) await db.close();
    },
  };
}

/**
 * Wall ms of each part since the previous mark; the first part, `modules`, is
 * from the process's start (node's own start and loading the code).
 */
function startupClock() {
  const parts: Record<string, number> = { modules: Math.round(performance.now()) };
  let last = performance.now();
  return {
    mark(name: string) {
      const now = performance.now();
      parts[name] = Math.round(now - last);
      last = now;
    },
    done() {
      const { user, system } = process.cpuUsage();
      return { ...parts, total: Math.round(performance.now()), cpu: Math.round((user + system) / 1000) };
    },
  };
}
