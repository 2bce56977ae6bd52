import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import type { Config } from './config';
import { createContext, type Context } from './context';
import { openDatabase, type Database } from './db/database';
import { migrate } from './db/migrate';
import { bearerToken } from './auth/tokens';
import { formatError, maskErrorsPlugin } from './plugins/mask-errors';
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
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<Context>({
    schema: await createSchema(),
    formatError,
    includeStacktraceInErrorResponses: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      maskErrorsPlugin(log),
    ],
  });
  await apollo.start();

  app.use(
    '/graphql',
    cors(),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = randomUUID();
        res.setHeader('x-request-id', requestId);
        const token = bearerToken(req.headers.authorization);
        const principal = token ? await services.auth.principalFor(token) : null;
        return createContext({ requestId, db, services, principal });
      },
    }),
  );

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
