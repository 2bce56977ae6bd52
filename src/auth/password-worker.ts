/**
 * The program each PasswordHasher worker thread runs (plain JavaScript: it is
 * evaluated by `new Worker(source, { eval: true })`, so it also runs under
 * ts-jest and ts-node without a build). It only executes primitives: the
 * hash formats are parsed on the main thread (password-schemes.ts) and
 * arrive here as ParsedHash objects.
 *
 * Libraries, each the one the source platform itself uses or its exact equal,
 * all pure JavaScript/WASM because this npm runs no install scripts:
 * - bcryptjs: the gateway's own hashes.
 * - libsodium-wrappers-sumo: libsodium's crypto_pwhash compiled to WASM, the
 *   very function Magento calls (sodium_crypto_pwhash), so Argon2id13
 *   parameters and salt handling mean exactly what they mean in PHP. Loaded
 *   on first use: workers that never see a Magento hash never pay for it.
 * - scrypt-kdf: the package Medusa hashes with (v1 and v2); it runs
 *   Node's OpenSSL scrypt on the libuv pool.
 */
export const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const crypto = require('node:crypto');
const bcrypt = require(workerData.paths.bcrypt);
const scryptKdf = require(workerData.paths.scryptKdf);
let sodium;

async function argon2id(input, salt, step) {
  if (!sodium) {
    const lib = require(workerData.paths.sodium);
    await lib.ready;
    sodium = lib;
  }
  // Magento: str_pad the salt to 16 bytes with itself, or cut it to 16.
  const bytes = Buffer.from(salt, 'utf8');
  const salt16 = Buffer.alloc(16);
  for (let i = 0; i < 16; i++) salt16[i] = bytes[i % bytes.length];
  const out = sodium.crypto_pwhash(step.bytes, Buffer.from(input, 'utf8'), salt16, step.ops, step.mem, sodium.crypto_pwhash_ALG_ARGON2ID13);
  return Buffer.from(out).toString('hex');
}

async function verifyMagento(password, parsed) {
  let value = password;
  for (const step of parsed.steps) {
    value = step.kind === 'argon2id'
      ? await argon2id(value, parsed.salt, step)
      : crypto.createHash(step.kind).update(parsed.salt + value, 'utf8').digest('hex');
  }
  const expected = Buffer.from(parsed.hash, 'utf8');
  const actual = Buffer.from(value, 'utf8');
  return expected.length === actual.length && crypto.timingSafeEqual(expected, actual);
}

function verify(password, parsed) {
  switch (parsed.scheme) {
    case 'bcrypt': return bcrypt.compare(password, parsed.hash);
    case 'magento': return verifyMagento(password, parsed);
    case 'scrypt': return scryptKdf.verify(Buffer.from(parsed.key, 'base64'), password);
    default: return false;
  }
}

parentPort.on('message', async ({ id, op, password, hash, cost, parsed }) => {
  try {
    const result = op === 'hash' ? await bcrypt.hash(password, cost)
      : op === 'verify' ? await verify(password, parsed)
      : await bcrypt.compare(password, hash);
    parentPort.postMessage({ id, result });
  } catch (err) {
    parentPort.postMessage({ id, error: String(err && err.message || err) });
  }
});
`;
