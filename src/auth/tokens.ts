import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe, with a prefix that makes leaked tokens greppable. */
export function newToken(): { token: string; tokenHash: string; tokenPrefix: string } {
  const token = `cgw_${randomBytes(32).toString('base64url')}`;
  return { token, tokenHash: hashToken(token), tokenPrefix: token.slice(0, 10) };
}

/** Tokens have full entropy, so a fast hash is enough (no need for bcrypt). */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** "Bearer <token>" → token; anything else → null. */
export function bearerToken(header: string | undefined): string | null {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match ? match[1] : null;
}
