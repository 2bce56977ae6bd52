// For ts-node children of tests: the generated Prisma client imports './x.js'
// for its .ts files (jest maps them with moduleNameMapper; this does the same).
const Module = require('node:module');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  try {
    return resolve.call(this, request, ...rest);
  } catch (err) {
    if (request.startsWith('.') && request.endsWith('.js')) return resolve.call(this, request.slice(0, -3), ...rest);
    throw err;
  }
};
