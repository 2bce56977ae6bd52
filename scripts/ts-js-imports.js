// Lets ts-node run sources that import TypeScript siblings by their .js
// name, as Prisma's generated client does (`./internal/class.js`): such a
// request resolves to the .ts file when no .js file is there. Jest does the
// same with moduleNameMapper (jest.config.js).
const Module = require('node:module');

const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  try {
    return resolve.call(this, request, parent, ...rest);
  } catch (err) {
    if (err.code !== 'MODULE_NOT_FOUND' || !/^\.{1,2}\/.*\.js$/.test(request)) throw err;
    return resolve.call(this, request.replace(/\.js$/, '.ts'), parent, ...rest);
  }
};
