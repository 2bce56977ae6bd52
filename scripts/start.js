#!/usr/bin/env node
// `npm start`: builds when sources changed, then runs the server in this
// same process (a separate `prestart` cost another npm lifecycle step and
// node start, ~0.2 s of every start).
try {
  require('./build').build();
} catch (err) {
  process.exit(typeof err.status === 'number' ? err.status : 1);
}
require('../dist/main');
