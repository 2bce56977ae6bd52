import { loadConfig } from './config';
import { startServer } from './server';

async function main() {
  const config = loadConfig();
  const server = await startServer(config);
  const where = config.databaseUrl ? 'PostgreSQL' : `PGlite (${config.pgliteDataDir})`;
  console.log(`Customer gateway ready at http://localhost:${server.port}/graphql on ${where}`);
  const shutdown = async (signal: string) => {
    console.log(`${signal}: finishing in-flight requests, then stopping`);
    await server.stop();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
