import { loadConfig } from './config';
import { preloadPglite, restoreWasmTiering } from './db/pglite-preload';
import { createLogger } from './logger';
import type * as ServerModule from './server';

async function main() {
  const config = loadConfig();
  // PGlite's engine compiles on V8's background threads while the main
  // thread loads the server's code: ./server is loaded only after this.
  const pgliteAssets = config.databaseUrl ? undefined : preloadPglite();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { startServer } = require('./server') as typeof ServerModule;
  const logger = createLogger(config.logLevel);
  // stdout carries only JSON log lines; the first-start credentials go to stderr, for a person.
  const server = await startServer(config, { logger, print: (line) => process.stderr.write(`${line}\n`), pgliteAssets });
  if (pgliteAssets) restoreWasmTiering();
  const database = config.databaseUrl ? 'PostgreSQL' : `PGlite (${config.pgliteDataDir})`;
  logger.info(
    { port: server.port, database, playground: config.playground, startup: server.startup },
    `Customer gateway ready at http://localhost:${server.port}/graphql on ${database}`,
  );

  // SIGTERM (orchestrators) and SIGINT (Ctrl-C): stop taking connections,
  // let requests in flight finish (up to Apollo's drain grace period of 10 s),
  // close the database, exit 0. A second signal exits at once — but only one
  // sent a second or more later: under `npm start`, Ctrl-C and a signal to
  // the process group reach node twice at once (directly and via npm).
  let stoppingSince = 0;
  const shutdown = async (signal: string) => {
    if (stoppingSince) {
      if (Date.now() - stoppingSince < 1000) return;
      logger.warn({ signal }, 'second signal: exiting without waiting');
      process.exit(1);
    }
    stoppingSince = Date.now();
    logger.info({ signal }, 'finishing in-flight requests, then stopping');
    try {
      await server.stop();
      logger.info('stopped');
      process.exit(0);
    } catch (err) {
      logger.error({ err }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
