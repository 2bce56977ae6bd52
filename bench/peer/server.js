/**
 * The peer: PostGraphile 5 (GraphQL planned and compiled to SQL by grafast)
 * serving the bench database on node:http, as its docs set it up for
 * production (Amber preset, no GraphiQL, no watch, no explain). Node ids are
 * off so `id` is the column, as in the gateway. No auth (the peer is the
 * engine only). Run by bench/peer.ts with cwd bench/peer:
 * prints `peer listening on <port>`.
 */
const http = require('node:http');

// PostGraphile 5 says Node >= 22; on Node 20 (the machines' version) the one
// missing piece it uses is Promise.withResolvers (ES2024).
if (!Promise.withResolvers) {
  Promise.withResolvers = function withResolvers() {
    let resolve, reject;
    const promise = new this((res, rej) => ((resolve = res), (reject = rej)));
    return { promise, resolve, reject };
  };
}
const { postgraphile } = require('postgraphile');
const { PostGraphileAmberPreset } = require('postgraphile/presets/amber');
const { makePgService } = require('postgraphile/adaptors/pg');
const { grafserv } = require('postgraphile/grafserv/node');

const preset = {
  extends: [PostGraphileAmberPreset],
  disablePlugins: ['NodePlugin'],
  pgServices: [makePgService({ connectionString: process.env.DATABASE_URL, schemas: ['public'], poolConfig: { max: 10 } })],
  grafserv: { graphiql: false, watch: false },
  grafast: { explain: false },
};

async function main() {
  const pgl = postgraphile(preset);
  const serv = pgl.createServ(grafserv);
  const server = http.createServer();
  server.keepAliveTimeout = 60_000;
  serv.addTo(server);
  await serv.ready();
  server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
    console.log(`peer listening on ${server.address().port}`);
  });
  process.once('SIGTERM', () => process.exit(0));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
