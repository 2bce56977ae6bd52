/**
 * SQL pieces for set-based import writes: a batch travels as one JSON
 * parameter, unpacked by jsonb_to_recordset into typed rows, so a statement
 * writes a thousand customers and no statement hits Postgres' parameter limit.
 * jsonb, not json: json_to_recordset re-parses each row's nested values (an
 * address's street list, the JSON columns) and unpacked a batch of 2,000
 * addresses in 84–140 ms against 40–54 ms (docs/import.md).
 */

export type Column = [name: string, type: string];

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

/** What a column takes when the source has no value: a constant, or in an update optionally the row's current value. */
export type Fallbacks = Record<string, { insert: string; update?: 'current' }>;

export const CUSTOMER_FALLBACKS: Fallbacks = {
  createdAt: { insert: 'now()', update: 'current' },
  updatedAt: { insert: 'now()', update: 'current' },
  // No hash in this import: a password set meanwhile (or imported before) stays.
  passwordHash: { insert: 'NULL', update: 'current' },
  importedHashDigest: { insert: 'NULL', update: 'current' },
};

export const ADDRESS_FALLBACKS: Fallbacks = {
  street: { insert: `'{}'` },
  metadata: { insert: `'{}'` },
  customAttributes: { insert: `'[]'` },
  extensionAttributes: { insert: `'{}'` },
  createdAt: { insert: 'now()', update: 'current' },
  updatedAt: { insert: 'now()', update: 'current' },
};

export function valueOf(column: string, fallbacks: Fallbacks, current: string | null): string {
  const fallback = fallbacks[column];
  if (fallback === undefined) return `x.${q(column)}`;
  return `COALESCE(x.${q(column)}, ${current && fallback.update === 'current' ? `${current}.${q(column)}` : fallback.insert})`;
}

export function insertSql(table: string, columns: Column[], keep: Fallbacks, extra: Record<string, string> = {}): string {
  const names = columns.map(([n]) => n);
  return `INSERT INTO ${q(table)} (${[...names, ...Object.keys(extra)].map(q).join(', ')})
    SELECT ${[...names.map((n) => valueOf(n, keep, null)), ...Object.values(extra)].join(', ')} FROM ${recordset(columns)}`;
}

/**
 * UPDATE … FROM the batch, only where something differs (IS DISTINCT FROM
 * over every written column), so a re-run touches no row and bumps no
 * version. Returns the ids of the rows it changed.
 */
export function updateSql(table: string, columns: Column[], keep: Fallbacks, extra: Record<string, string> = {}): string {
  const written = columns.map(([n]) => n).filter((n) => n !== 'id');
  const sets = [...written.map((n) => `${q(n)} = ${valueOf(n, keep, 't')}`), ...Object.entries(extra).map(([n, v]) => `${q(n)} = ${v}`)];
  return `UPDATE ${q(table)} t SET ${sets.join(', ')} FROM ${recordset(columns)}
    WHERE t."id" = x."id" AND (${written.map((n) => `t.${q(n)}`).join(', ')}) IS DISTINCT FROM (${written
      .map((n) => valueOf(n, keep, 't'))
      .join(', ')})
    RETURNING t."id"`;
}
