/**
 * What each part of the gateway's start costs, in one cold process, in the
 * order startServer does them (module loading, the database, migrations,
 * the schema build, the services and the admin check with the login decoy
 * hash, Apollo). Plain JS over dist/ so that nothing else is loaded first.
 *
 * CLI: node bench/startup-phases.js <pglite folder>   (prints one JSON line)
 */
// Wall time and this process's CPU time (user + system) per part: on a
// shared machine the CPU time is what to compare.
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const phases = {};
let last = t0;
let lastCpu = cpu0;
const cpuMs = (u) => (u.user + u.system) / 1000;
const mark = (name) => {
  const now = performance.now();
  const cpu = process.cpuUsage();
  phases[name] = `${Math.round(now - last)} ms (CPU ${Math.round(cpuMs(cpu) - cpuMs(lastCpu))})`;
  last = now;
  lastCpu = cpu;
};

async function main() {
  const dir = process.argv[2];
  require('reflect-metadata');
  const { loadConfig } = require('../dist/config');
  const { openDatabase } = require('../dist/db/database');
  const { migrate } = require('../dist/db/migrate');
  const { PGLITE_TEMPLATE } = require('../dist/db/pglite-template');
  const { createServices } = require('../dist/services');
  const { createSchema } = require('../dist/schema');
  require('../dist/server');
  mark('modules');
  const config = loadConfig({ PGLITE_DATA_DIR: dir, ADMIN_EMAIL: 'a@startup.test', ADMIN_PASSWORD: 'startup-password' });
  const db = await openDatabase({ pgliteDataDir: config.pgliteDataDir, pgliteTemplate: PGLITE_TEMPLATE });
  mark('database');
  await migrate(db.sql);
  mark('migrations');
  const schema = await createSchema();
  mark('schema');
  const services = createServices(config, db);
  await services.auth.bootstrapAdmin(() => undefined);
  mark('admin (decoy hash not awaited)');
  const { ApolloServer } = require('@apollo/server');
  const apollo = new ApolloServer({ schema });
  await apollo.start();
  mark('apollo');
  console.log(
    JSON.stringify({
      ...phases,
      total: `${Math.round(performance.now() - t0)} ms (CPU ${Math.round(cpuMs(process.cpuUsage()))})`,
      sinceProcessStart: Math.round(performance.now()),
    }),
  );
  await apollo.stop();
  await services.passwords.close();
  await db.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
