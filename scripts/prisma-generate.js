#!/usr/bin/env node
// Generates the Prisma client offline. Prisma 7's CLI resolves a native schema
// engine even for `generate` (which never runs it) and would download one from
// a host our machines cannot reach; naming any existing file stops the lookup.
const { execFileSync } = require('node:child_process');
const path = require('node:path');

const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ||= process.execPath;
env.PRISMA_HIDE_UPDATE_MESSAGE = '1';
env.CHECKPOINT_DISABLE = '1';
const cli = require.resolve('prisma/build/index.js');
execFileSync(process.execPath, [cli, 'generate'], { stdio: 'inherit', env, cwd: path.resolve(__dirname, '..') });
