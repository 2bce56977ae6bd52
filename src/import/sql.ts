import type { Column } from '../db/copy-text';

export type { Column };

/**
 * SQL pieces for set-based import writes. New rows go in by COPY
 * (copy-text.ts), complete (completeRow applies the fallbacks); updates and
 * lookups take the batch as one JSON parameter, unpacked by
 * jsonb_to_recordset into typed rows, so a statement writes a thousand
 * customers and no statement hits Postgres' parameter limit.
 * jsonb, not json: json_to_recordset re-parses each row's nested values (an
 * address's street list, the JSON columns) and unpacked a batch of 2,000
 * addresses in 84–140 ms against 40–54 ms (docs/import.md).
 */

export const CUSTOMER_COLUMNS: Column[] = [
  ['id', 'text'],
  ['externalSource', 'text'],
  ['externalId', 'text'],
  ['email', 'text'],
  ['firstName', 'text'],
  ['lastName', 'text'],
  ['middleName', 'text'],
  ['prefix', 'text'],
  ['suffix', 'text'],
  ['phone', 'text'],
  ['companyName', 'text'],
  ['dateOfBirth', 'date'],
  ['gender', '"Gender"'],
  ['taxVat', 'text'],
  ['websiteId', 'integer'],
  ['storeId', 'integer'],
  ['createdIn', 'text'],
  ['confirmation', 'text'],
  ['disableAutoGroupChange', 'boolean'],
  ['isSubscribed', 'boolean'],
  ['primaryGroupId', 'text'],
  ['metadata', 'jsonb'],
  ['customAttributes', 'jsonb'],
  ['extensionAttributes', 'jsonb'],
  ['createdBy', 'text'],
  ['createdAt', 'timestamp(3)'],
  ['updatedAt', 'timestamp(3)'],
  ['deletedAt', 'timestamp(3)'],
  ['passwordHash', 'text'],
  ['importedHashDigest', 'text'],
];

export const ADDRESS_COLUMNS: Column[] = [
  ['id', 'text'],
  ['customerId', 'text'],
  ['externalId', 'text'],
  ['label', 'text'],
  ['firstName', 'text'],
  ['lastName', 'text'],
  ['middleName', 'text'],
  ['prefix', 'text'],
  ['suffix', 'text'],
  ['company', 'text'],
  ['street', 'text[]'],
  ['city', 'text'],
  ['postalCode', 'text'],
  ['regionCode', 'text'],
  ['regionName', 'text'],
  ['regionId', 'integer'],
  ['countryCode', 'text'],
  ['phone', 'text'],
  ['fax', 'text'],
  ['vatId', 'text'],
  ['isDefaultBilling', 'boolean'],
  ['isDefaultShipping', 'boolean'],
  ['metadata', 'jsonb'],
  ['customAttributes', 'jsonb'],
  ['extensionAttributes', 'jsonb'],
  ['createdAt', 'timestamp(3)'],
  ['updatedAt', 'timestamp(3)'],
];

const q = (name: string) => `"${name}"`;

/** `jsonb_to_recordset($n::jsonb) AS x(...)`. */
export function recordset(columns: Column[], param = 1, alias = 'x'): string {
  return `jsonb_to_recordset($${param}::jsonb) AS ${alias}(${columns.map(([n, t]) => `${q(n)} ${t}`).join(', ')})`;
}

/** A fallback that is the time of writing: now() in SQL, the batch's own clock on the COPY path. */
export const NOW = Symbol('now');

/**
 * What a column takes when the source has no value: a value (`NOW` for the
 * time of writing), or in an update optionally the row's current value.
 */
export type Fallbacks = Record<string, { insert: unknown; update?: 'current' }>;

export const CUSTOMER_FALLBACKS: Fallbacks = {
  createdAt: { insert: NOW, update: 'current' },
  updatedAt: { insert: NOW, update: 'current' },
  // No hash in this import: a password set meanwhile (or imported before) stays.
  passwordHash: { insert: null, update: 'current' },
  importedHashDigest: { insert: null, update: 'current' },
};

export const ADDRESS_FALLBACKS: Fallbacks = {
  street: { insert: [] },
  metadata: { insert: {} },
  customAttributes: { insert: [] },
  extensionAttributes: { insert: {} },
  createdAt: { insert: NOW, update: 'current' },
  updatedAt: { insert: NOW, update: 'current' },
};

/** A fallback in SQL: now(), NULL, or the value's literal ('{}' is both an empty jsonb object and an empty text[]). */
function fallbackSql(value: unknown, type: string): string {
  if (value === NOW) return 'now()';
  if (value === null) return 'NULL';
  return type === 'jsonb' ? `'${JSON.stringify(value)}'` : `'{}'`;
}

function valueOf(column: Column, fallbacks: Fallbacks, current: string | null): string {
  const [name, type] = column;
  const fallback = fallbacks[name];
  if (fallback === undefined) return `x.${q(name)}`;
  return `COALESCE(x.${q(name)}, ${current && fallback.update === 'current' ? `${current}.${q(name)}` : fallbackSql(fallback.insert, type)})`;
}

/**
 * A new row as COPY writes it and the database then holds it: the values of
 * `columns` in their order, each taken from the last of `sources` that has
 * it, a missing value replaced by its fallback (`now` for NOW). Sources
 * rather than one merged object: spreading the wide objects validation
 * builds (V8 keeps an object given more than ~16 keys one by one as a hash
 * table) cost more than the rest of the row's writing (docs/import.md).
 */
export function completeRow(columns: readonly Column[], fallbacks: Fallbacks, now: Date, ...sources: Record<string, unknown>[]): unknown[] {
  const row = new Array<unknown>(columns.length);
  for (let i = 0; i < columns.length; i++) {
    const name = columns[i][0];
    let value: unknown;
    for (let s = sources.length - 1; s >= 0 && value === undefined; s--) value = sources[s][name];
    const fallback = fallbacks[name]?.insert ?? null;
    row[i] = value ?? (fallback === NOW ? now : fallback);
  }
  return row;
}

/**
 * UPDATE … FROM the batch, only where something differs (IS DISTINCT FROM
 * over every written column), so a re-run touches no row and bumps no
 * version. Returns the ids of the rows it changed.
 */
export function updateSql(table: string, columns: Column[], keep: Fallbacks, extra: Record<string, string> = {}): string {
  const written = columns.filter(([n]) => n !== 'id');
  const sets = [...written.map((c) => `${q(c[0])} = ${valueOf(c, keep, 't')}`), ...Object.entries(extra).map(([n, v]) => `${q(n)} = ${v}`)];
  return `UPDATE ${q(table)} t SET ${sets.join(', ')} FROM ${recordset(columns)}
    WHERE t."id" = x."id" AND (${written.map(([n]) => `t.${q(n)}`).join(', ')}) IS DISTINCT FROM (${written
      .map((c) => valueOf(c, keep, 't'))
      .join(', ')})
    RETURNING t."id"`;
}
