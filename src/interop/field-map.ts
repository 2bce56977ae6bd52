/**
 * A mapping between another platform's JSON shape and this API's, written as
 * a table: one row per field, with optional converters each way. Fields a
 * source object does not carry are left out (an update stays partial).
 */
export interface FieldRule {
  /** Key in the platform's JSON (snake_case for Medusa and Magento). */
  external: string;
  /** Key in this API's GraphQL input/output. */
  model: string;
  toModel?: (value: unknown) => unknown;
  toExternal?: (value: unknown) => unknown;
}

function mapFields(rules: readonly FieldRule[], source: Record<string, unknown>, toModel: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const rule of rules) {
    const [from, to, convert] = toModel ? [rule.external, rule.model, rule.toModel] : [rule.model, rule.external, rule.toExternal];
    const value = source[from];
    if (value === undefined) continue;
    out[to] = convert && value !== null ? convert(value) : value;
  }
  return out;
}

export const mapToModel = (rules: readonly FieldRule[], source: Record<string, unknown>) => mapFields(rules, source, true);
export const mapToExternal = (rules: readonly FieldRule[], model: Record<string, unknown>) => mapFields(rules, model, false);

/** The same rule both ways for keys that differ only in name. */
export const renamed = (pairs: Record<string, string>): FieldRule[] =>
  Object.entries(pairs).map(([external, model]) => ({ external, model }));
