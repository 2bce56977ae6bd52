import { createHash } from 'node:crypto';
import Scrypt from 'scrypt-kdf';
import { PasswordHasher } from './password-hasher';
import { importedHashDigest, needsRehash, parsePasswordHash } from './password-schemes';

/**
 * Published vectors: Magento's own EncryptorTest (password "password", salt
 * "salt": versions 0, 1, 0:1 and 1:2) and Argon2id hashes from Magento 2.4
 * stores whose passwords are published beside them. The 0:2 chain (md5
 * upgraded with Argon2id) is Magento's published md5 step fed through
 * Argon2id13 at the interactive limits, computed independently with
 * hash-wasm's argon2id (parallelism 1, 2 passes, 65536 KiB, salt
 * "saltsaltsaltsalt"). The Medusa keys were made with scrypt-kdf as Medusa
 * v1 (logN 1, r 1, p 1) and v2 (logN 15, r 8, p 1) call it.
 */
const VECTORS: [label: string, password: string, hash: string][] = [
  ['Magento md5 (0)', 'password', '67a1e09bb1f83f5007dc119c14d663aa:salt:0'],
  ['Magento sha256 (1)', 'password', '13601bda4ea78e55a07b98866d2be6be0744e3866f13c00c811cab608a28f322:salt:1'],
  ['Magento md5 upgraded to sha256 (0:1)', 'password', '3b68ca4706cbae291455e4340478076c1e1618e742b6144cfcc3e50f648903e4:salt:0:1'],
  ['Magento sha256 upgraded to Argon2id (1:2)', 'password', 'c6aad9e058f6c4b06187c06d2b69bf506a786af030f81fb6d83778422a68205e:salt:1:2'],
  ['Magento md5 upgraded to Argon2id (0:2)', 'password', '55c80bb3dee3b8205e9b0510d3966917a1b70d55c6220ce056b049e931f81e20:salt:0:2'],
  [
    'Magento Argon2id (3_32_2_67108864)',
    'Password123',
    'a5dab5e8d38327ff79ca3d812fd00aad7d88bca36213d86e16de1d8263064c9e:lx9bJ7pfVZ6KctmX0jEuEXcGBFOYusWc:3_32_2_67108864',
  ],
  [
    'Magento Argon2id, another store',
    'Password@2022',
    'abf1de8d537a1270237b9b56c8db9c67aeece6d89639a64d5ffd7264262541ab:PNK7gwTSnTc9L8AXZEvgZQ4SA66qirus:3_32_2_67108864',
  ],
  [
    'Medusa v1 scrypt-kdf (logN 1)',
    'medusa-v1-secret',
    'c2NyeXB0AAEAAAABAAAAAY+aIlaFplq9RMLkUahCgsdhy070HIUQxun01MEhSOIesOvgdh/08EKLtLl5KRpZNf5FIZvoacINeCp97GSiUr4FkFeBM8FltRsmF1assHzt',
  ],
  [
    'Medusa v2 scrypt-kdf (logN 15)',
    'medusa-v2-secret',
    'c2NyeXB0AA8AAAAIAAAAAZ3Yc0GSA/plhW9C9gnNJPLAcT4aacweRrTj+SIuwrlaNNm9jGWQwlW0XizI1AFZ9wqY+aIWYOPiPZKgC5XbxcEr/FAiZm0qoks6kN/jxA6n',
  ],
  ['bcrypt $2y$ (PHP)', 'bcrypt-secret', '$2y$04$CO9ac/tAOzl2DI/lgbkjd.SYKybnyyO8cOmIA6aVjRQa85an1Yg2G'],
];

let hasher: PasswordHasher;
beforeAll(() => {
  hasher = new PasswordHasher(4, 2);
});
afterAll(() => hasher.close());

describe('verification against published vectors', () => {
  test.each(VECTORS)('%s: the password matches, another does not', async (_label, password, hash) => {
    expect(parsePasswordHash(hash)).not.toBeNull();
    expect(await hasher.verify(password, hash)).toBe(true);
    expect(await hasher.verify(`${password}x`, hash)).toBe(false);
  });

  test("Magento's refused vector: hash:salt:1 is no hash (not even parsed)", async () => {
    expect(parsePasswordHash('hash:salt:1')).toBeNull();
    expect(await hasher.verify('password', 'hash:salt:1')).toBe(false);
  });

  test('bcrypt $2a$ and $2b$ from bcryptjs itself, and a fresh Medusa v2 key', async () => {
    const b = await hasher.hash('fresh-secret');
    expect(await hasher.verify('fresh-secret', b.replace('$2b$', '$2a$'))).toBe(true);
    const medusa = (await Scrypt.kdf('fresh-secret', { logN: 15, r: 8, p: 1 })).toString('base64');
    expect(parsePasswordHash(medusa)).toMatchObject({ scheme: 'scrypt', logN: 15, r: 8, p: 1 });
    expect(await hasher.verify('fresh-secret', medusa)).toBe(true);
  });
});

describe('parsePasswordHash', () => {
  test('reads the Magento chain', () => {
    expect(parsePasswordHash(VECTORS[4][2])).toEqual({
      scheme: 'magento',
      hash: VECTORS[4][2].split(':')[0],
      salt: 'salt',
      steps: [{ kind: 'md5' }, { kind: 'argon2id', bytes: 32, ops: 2, mem: 67108864 }],
    });
  });

  test.each([
    ['empty', ''],
    ['plain text', 'password'],
    ['hash and salt without a version (pre-2.0.1 Magento)', '67a1e09bb1f83f5007dc119c14d663aa:salt'],
    ['unknown version 4', '67a1e09bb1f83f5007dc119c14d663aa:salt:4'],
    ['version 3 without its parameters', `${'a'.repeat(64)}:salt:3`],
    ['a version PHP would cast ("1x")', '13601bda4ea78e55a07b98866d2be6be0744e3866f13c00c811cab608a28f322:salt:1x'],
    ['md5 length under sha256', '67a1e09bb1f83f5007dc119c14d663aa:salt:1'],
    ['upper-case hex', '67A1E09BB1F83F5007DC119C14D663AA:salt:0'],
    ['Argon2 with an empty salt', `${'a'.repeat(64)}::2`],
    ['Argon2 memory of 4 GiB', `${'a'.repeat(64)}:salt:3_32_2_4294967296`],
    ['Argon2 memory under libsodium minimum', `${'a'.repeat(64)}:salt:3_32_2_1024`],
    ['Argon2 ops of 100', `${'a'.repeat(64)}:salt:3_32_100_67108864`],
    ['three Argon2 upgrades', `${'a'.repeat(64)}:salt:2:2:2`],
    ['bcrypt of cost 31', `$2b$31$${'a'.repeat(53)}`],
    ['bcrypt $2x$', `$2x$10$${'a'.repeat(53)}`],
    ['bcrypt, short', `$2b$10$${'a'.repeat(52)}`],
    [
      'scrypt header with a broken checksum',
      VECTORS[8][2].slice(0, 70) + (VECTORS[8][2][70] === 'A' ? 'B' : 'A') + VECTORS[8][2].slice(71),
    ],
    ['96 random bytes', Buffer.alloc(96, 7).toString('base64')],
    ['too long', `${'a'.repeat(64)}:${'s'.repeat(600)}:1`],
  ])('refuses %s', (_label, hash) => {
    expect(parsePasswordHash(hash)).toBeNull();
  });

  test('scrypt keys with a cost beyond the bound are refused', () => {
    // A header as scrypt-kdf writes it (the HMAC part is not looked at when parsing).
    const header = (logN: number, r: number, p: number) => {
      const key = Buffer.alloc(96);
      key.write('scrypt\0', 'latin1');
      key.writeUInt8(logN, 7);
      key.writeUInt32BE(r, 8);
      key.writeUInt32BE(p, 12);
      createHash('sha256').update(key.subarray(0, 48)).digest().copy(key, 48, 0, 16);
      return key.toString('base64');
    };
    expect(parsePasswordHash(header(15, 8, 1))).toMatchObject({ scheme: 'scrypt' });
    expect(parsePasswordHash(header(21, 1, 1))).toBeNull();
    expect(parsePasswordHash(header(18, 16, 1))).toBeNull();
    expect(parsePasswordHash(header(15, 8, 64))).toBeNull();
  });

  test('only bcrypt at the configured cost needs no rehash', () => {
    expect(needsRehash(parsePasswordHash(VECTORS[9][2])!, 4)).toBe(false);
    expect(needsRehash(parsePasswordHash(VECTORS[9][2])!, 12)).toBe(true);
    expect(needsRehash(parsePasswordHash(VECTORS[5][2])!, 4)).toBe(true);
    expect(importedHashDigest(VECTORS[5][2])).toMatch(/^[0-9a-f]{64}$/);
  });
});
