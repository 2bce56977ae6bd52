import { ErrorCollector, FieldPath, UserErrorCode } from './user-error';

/**
 * Input checks shared by every aggregate. Each records a UserError with the
 * path of the offending field and returns nothing; services call
 * `collector.throwIfAny()` once the whole input has been looked at, so the
 * caller sees every problem at once.
 */

export const MAX_TEXT = 255;
export const MAX_EMAIL = 254;
export const MAX_METADATA_BYTES = 16 * 1024;
export const MAX_CUSTOM_ATTRIBUTES = 100;

// Pragmatic address check (what shops accept): one @, no spaces, a dot in the domain.
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const CLIENT_ID = /^[A-Za-z0-9][A-Za-z0-9_\-:.]{0,63}$/;

export function checkText(c: ErrorCollector, path: FieldPath, value: string | null | undefined, max = MAX_TEXT): void {
  // Code points, not UTF-16 units; a text no longer than `max` units has no more code points, so most skip the count.
  if (value != null && value.length > max && [...value].length > max) c.add(UserErrorCode.TOO_LONG, path, `At most ${max} characters`);
}

export function checkRequiredText(c: ErrorCollector, path: FieldPath, value: string | null | undefined, max = MAX_TEXT): void {
  if (value == null || value.trim() === '') c.add(UserErrorCode.REQUIRED, path, 'Required');
  else checkText(c, path, value, max);
}

/** Returns the trimmed email when valid. */
export function checkEmail(c: ErrorCollector, path: FieldPath, value: string | null | undefined): string | undefined {
  const email = value?.trim() ?? '';
  if (email === '') {
    c.add(UserErrorCode.REQUIRED, path, 'Email is required');
    return undefined;
  }
  if (email.length > MAX_EMAIL) {
    c.add(UserErrorCode.TOO_LONG, path, `Email must be at most ${MAX_EMAIL} characters`);
    return undefined;
  }
  if (!EMAIL.test(email)) {
    c.add(UserErrorCode.INVALID, path, `"${email}" is not an email address`);
    return undefined;
  }
  return email;
}

export function checkClientId(c: ErrorCollector, path: FieldPath, value: string | null | undefined): void {
  if (value != null && !CLIENT_ID.test(value)) {
    c.add(UserErrorCode.INVALID, path, 'Ids are 1 to 64 letters, digits or _-:. and start with a letter or digit');
  }
}

export function checkNonNegative(c: ErrorCollector, path: FieldPath, value: number | null | undefined): void {
  if (value != null && value < 0) c.add(UserErrorCode.INVALID, path, 'Must be 0 or more');
}

export function checkJsonObject(c: ErrorCollector, path: FieldPath, value: Record<string, unknown> | null | undefined): void {
  if (value == null) return;
  if (Buffer.byteLength(JSON.stringify(value)) > MAX_METADATA_BYTES) {
    c.add(UserErrorCode.TOO_LONG, path, `At most ${MAX_METADATA_BYTES} bytes of JSON`);
  }
}

export function checkCustomAttributes(
  c: ErrorCollector,
  path: FieldPath,
  value: { attributeCode: string; value?: unknown }[] | null | undefined,
): void {
  if (value == null) return;
  if (value.length > MAX_CUSTOM_ATTRIBUTES) c.add(UserErrorCode.TOO_MANY, path, `At most ${MAX_CUSTOM_ATTRIBUTES} attributes`);
  const seen = new Set<string>();
  value.forEach((attribute, i) => {
    checkRequiredText(c, [...path, i, 'attributeCode'], attribute.attributeCode);
    if (seen.has(attribute.attributeCode)) c.add(UserErrorCode.INVALID, [...path, i, 'attributeCode'], 'Attribute codes must be unique');
    seen.add(attribute.attributeCode);
  });
  checkJsonObject(c, path, { value });
}

/**
 * Medusa's metadata update: keys set to null or "" are removed, the others
 * replace or add; keys not mentioned are kept.
 */
export function mergeMetadata(current: unknown, patch: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...((current as Record<string, unknown>) ?? {}) };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null || value === '') delete merged[key];
    // Defined, not assigned: `merged["__proto__"] = v` would set the prototype
    // (the API refuses that key; an imported record cannot bring it either).
    else Object.defineProperty(merged, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return merged;
}

/** Normalises custom attributes for storage (value null when absent). */
export function customAttributesForStorage(
  value: { attributeCode: string; value?: unknown }[],
): { attributeCode: string; value: unknown }[] {
  return value.map((a) => ({ attributeCode: a.attributeCode, value: a.value ?? null }));
}
