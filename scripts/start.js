#!/usr/bin/env node
// `npm start`: builds when sources changed, then runs the server, bundled
// (scripts/build.js), in this same process (a separate `prestart` cost
// another npm lifecycle step and node start, ~0.2 s of every start).
const { build, BUNDLE } = require('./build');
try {
  build();
} catch (err) {
  process.exit(typeof err.status === 'number' ? err.status : 1);
}
require(BUNDLE);
