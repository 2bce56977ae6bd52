import { createHash } from 'node:crypto';

/**
 * Password hashes the gateway can verify: its own bcrypt, and the ones a shop
 * brings from Magento 2 or Medusa. Parsing is pure and cheap (no hashing), so
 * it validates input on the request thread; verification runs on the
 * hasher's workers (password-worker.ts) from the parsed form, so the format
 * is read in one place only.
 *
 * Every cost parameter is bounded: a stored hash is attacker-influenced input
 * (an import file), and one with logN 30 or a 4 GiB Argon2 memory limit would
 * make a single sign-in stall a worker for minutes.
 */
export type ParsedHash = BcryptHash | MagentoHash | MedusaScryptHash;

/** `$2a$`, `$2b$` or `$2y$` (PHP's name for 2b), as written by bcryptjs, PHP and OpenBSD. */
export interface BcryptHash {
  scheme: 'bcrypt';
  hash: string;
  cost: number;
}

/**
 * Magento 2's `hash:salt:version[:version…]` (Magento\Framework\Encryption\Encryptor):
 * the password goes through each step in order, each step's hex output being
 * the next one's input, and the last output is `hash`.
 */
export interface MagentoHash {
  scheme: 'magento';
  hash: string;
  salt: string;
  steps: MagentoStep[];
}

export type MagentoStep =
  /** Versions 0 and 1: hex of md5 / sha256 over salt + previous. */
  | { kind: 'md5' | 'sha256' }
  /**
   * Versions 2 and 3_<bytes>_<ops>_<mem>: libsodium crypto_pwhash Argon2id13
   * with the salt cut or repeated to 16 bytes; `bytes` of output, as hex.
   */
  | { kind: 'argon2id'; bytes: number; ops: number; mem: number };

/**
 * Medusa's scrypt-kdf key, base64 (v1 customer.password_hash with logN 1,
 * v2 emailpass provider_metadata.password with logN 15): Colin Percival's
 * 96-byte header format holding the parameters, salt, a header checksum and
 * an HMAC keyed by the derived key.
 */
export interface MedusaScryptHash {
  scheme: 'scrypt';
  key: string;
  logN: number;
  r: number;
  p: number;
}

/** Longest hash string accepted (a Magento chain with a 128-character salt fits well within). */
export const MAX_HASH_LENGTH = 512;
const MAX_SALT_LENGTH = 128;
const MAX_CHAIN = 8;
/** Argon2 steps per chain; Magento upgrades once (0:2, 1:2), rarely twice. */
const MAX_ARGON_STEPS = 2;
const MAX_BCRYPT_COST = 15;
/** Memory of one Argon2id or scrypt verification: Magento's 64 MiB and Medusa's 32 MiB fit four times over. */
const MAX_MEMORY_BYTES = 256 * 1024 * 1024;
const MAX_ARGON_OPS = 10;

const BCRYPT = /^\$2[aby]\$(\d\d)\$[./A-Za-z0-9]{53}$/;
const HEX = /^[0-9a-f]+$/;
const ARGON_AGNOSTIC = /^3_(\d{1,3})_(\d{1,3})_(\d{1,10})$/;
// libsodium's interactive limits, which Magento's version 2 uses (SODIUM_CRYPTO_PWHASH_*_INTERACTIVE).
const ARGON_INTERACTIVE = { bytes: 32, ops: 2, mem: 67_108_864 };

/**
 * The parsed form of a stored or imported password hash, or null when it is
 * none of the accepted formats or its parameters are out of bounds. Never
 * hashes anything: cheap enough for validating a million-row import.
 */
export function parsePasswordHash(hash: string): ParsedHash | null {
  if (typeof hash !== 'string' || hash.length === 0 || hash.length > MAX_HASH_LENGTH) return null;
  if (hash.startsWith('$2')) return parseBcrypt(hash);
  if (hash.includes(':')) return parseMagento(hash);
  return parseMedusaScrypt(hash);
}

/** True when a hash should be replaced by a bcrypt hash of the configured cost at the next successful sign-in. */
export function needsRehash(parsed: ParsedHash, bcryptCost: number): boolean {
  return parsed.scheme !== 'bcrypt' || parsed.cost !== bcryptCost;
}

function parseBcrypt(hash: string): BcryptHash | null {
  const match = BCRYPT.exec(hash);
  if (!match) return null;
  const cost = Number(match[1]);
  return cost >= 4 && cost <= MAX_BCRYPT_COST ? { scheme: 'bcrypt', hash, cost } : null;
}

/**
 * As Encryptor::isValidHash reads it: the first two `:` separate hash and
 * salt, the rest are versions. Stricter in one way: a version must be written
 * exactly (`1`, not `1x`, which PHP's (int) cast would read as 1), and the
 * hash must be the lowercase hex the last step produces, since anything else
 * could never verify.
 */
function parseMagento(value: string): MagentoHash | null {
  const [hash, salt, ...versions] = value.split(':');
  if (versions.length === 0 || versions.length > MAX_CHAIN) return null;
  if (salt.length > MAX_SALT_LENGTH || /[\u0000-\u001f\u007f]/.test(salt)) return null;
  const steps: MagentoStep[] = [];
  for (const version of versions) {
    const step = magentoStep(version);
    if (!step) return null;
    steps.push(step);
  }
  const argonSteps = steps.filter((s) => s.kind === 'argon2id').length;
  // PHP's str_pad refuses an empty pad string, so Argon2 with an empty salt never verifies in Magento.
  if (argonSteps > MAX_ARGON_STEPS || (argonSteps > 0 && salt.length === 0)) return null;
  const last = steps[steps.length - 1];
  const hexLength = last.kind === 'argon2id' ? last.bytes * 2 : last.kind === 'md5' ? 32 : 64;
  if (hash.length !== hexLength || !HEX.test(hash)) return null;
  return { scheme: 'magento', hash, salt, steps };
}

function magentoStep(version: string): MagentoStep | null {
  if (version === '0') return { kind: 'md5' };
  if (version === '1') return { kind: 'sha256' };
  if (version === '2') return { kind: 'argon2id', ...ARGON_INTERACTIVE };
  const match = ARGON_AGNOSTIC.exec(version);
  if (!match) return null;
  const [bytes, ops, mem] = match.slice(1).map(Number);
  // libsodium's own lower limits for crypto_pwhash with Argon2id (BYTES_MIN, OPSLIMIT_MIN, MEMLIMIT_MIN).
  if (bytes < 16 || bytes > 64 || ops < 1 || ops > MAX_ARGON_OPS || mem < 8192 || mem > MAX_MEMORY_BYTES) return null;
  return { kind: 'argon2id', bytes, ops, mem };
}

/**
 * A scrypt-kdf key is exactly 96 bytes starting "scrypt\0"; its header
 * checksum is checked here, so a random base64 string of the right length is
 * refused without any hashing.
 */
function parseMedusaScrypt(value: string): MedusaScryptHash | null {
  if (value.length !== 128 || !/^[A-Za-z0-9+/]+$/.test(value)) return null;
  const key = Buffer.from(value, 'base64');
  if (key.length !== 96 || key.subarray(0, 7).toString('latin1') !== 'scrypt\0') return null;
  const checksum = createHash('sha256').update(key.subarray(0, 48)).digest().subarray(0, 16);
  if (!checksum.equals(key.subarray(48, 64))) return null;
  const logN = key.readUInt8(7);
  const r = key.readUInt32BE(8);
  const p = key.readUInt32BE(12);
  if (logN < 1 || logN > 20 || r < 1 || p < 1 || p > 16) return null;
  if (128 * r * 2 ** logN > MAX_MEMORY_BYTES || p * 128 * r * 2 ** logN > 4 * MAX_MEMORY_BYTES) return null;
  return { scheme: 'scrypt', key: value, logN, r, p };
}

/**
 * Identifies an imported hash without being one (sha256 of the hash string):
 * kept beside the customer so that importing the same hash again is seen as
 * no change even after sign-in replaced the hash with bcrypt.
 */
export function importedHashDigest(hash: string): string {
  return createHash('sha256').update(hash, 'utf8').digest('hex');
}
