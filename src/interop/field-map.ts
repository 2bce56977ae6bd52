/**
 * A mapping between another platform's JSON shape and this API's, written as
 * a table: one row per field, with optional converters each way. Fields a
 * source object does not carry are left out (an update stays partial).
 * Every mapping in src/interop (request bodies, imports, exports) is such a
 * table read one way or the other.
 */
export interface FieldRule {
  /** Key in the platform's JSON (snake_case for Medusa and Magento). */
  external: string;
  /** Key in this API's GraphQL input/output (and the record of an import). */
  model: string;
  toModel?: (value: unknown) => unknown;
  toExternal?: (value: unknown) => unknown;
}

export type Json = Record<string, unknown>;

function mapFields(rules: readonly FieldRule[], source: Json, toModel: boolean): Json {
  const out: Json = {};
  for (const rule of rules) {
    const [from, to, convert] = toModel ? [rule.external, rule.model, rule.toModel] : [rule.model, rule.external, rule.toExternal];
    const value = source[from];
    if (value === undefined) continue;
    out[to] = convert && value !== null ? convert(value) : value;
  }
  return out;
}

export const mapToModel = (rules: readonly FieldRule[], source: Json) => mapFields(rules, source, true);
export const mapToExternal = (rules: readonly FieldRule[], model: Json) => mapFields(rules, model, false);

/** The same rule both ways for keys that differ only in name. */
export const renamed = (pairs: Record<string, string>): FieldRule[] =>
  Object.entries(pairs).map(([external, model]) => ({ external, model }));

/** The object without its null and undefined values (Magento's API leaves them out). */
export function withoutNulls(value: Json): Json {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined));
}

/** Numeric ids stay numbers on the way out ("12" → 12); other ids stay strings. */
export const numericId = (value: unknown) => (/^\d+$/.test(String(value)) ? Number(value) : value);

/** A timestamp as ISO 8601 with milliseconds (Medusa's shape; the record's). */
export const isoTime = (value: unknown) => (value instanceof Date ? value.toISOString() : value);

/**
 * Magento's timestamps: "2024-01-15 10:00:00", UTC, no zone. Read into ISO
 * 8601 (anything that is not this shape is passed on for validation to
 * refuse); written back in Magento's shape.
 */
export const fromMagentoTime = (value: unknown) =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(value) ? `${value.replace(' ', 'T')}.000Z` : value;
export const toMagentoTime = (value: unknown) => {
  const iso = value instanceof Date ? value.toISOString() : String(value);
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
};
