import type { SqlRunner } from './database';

/**
 * Rows in COPY's text format (one line per row, columns split by tabs), for
 * SqlRunner.copyFrom. Postgres parses this with each column's own input
 * function and nothing else: an import's customer and address inserts cost
 * the server 30–55% less CPU through COPY than unpacked from one jsonb
 * parameter (docs/import.md).
 *
 * A column's SQL type decides how a JS value is written: `jsonb` takes the
 * value's JSON text (an array too), `text[]` an array literal, timestamps
 * the ISO text of a Date or string (a `timestamp` column ignores the zone:
 * the columns hold UTC wall time). Callers pass text that Postgres can
 * store (no NUL: the import's validation refuses it first).
 */

/** Backslash, tab, newline and carriage return are COPY's own syntax inside a value. */
const SPECIAL = /[\\\t\n\r]/;
const SPECIALS = /[\\\t\n\r]/g;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const escapeCopy = (text: string) => (SPECIAL.test(text) ? text.replace(SPECIALS, (ch) => ESCAPES[ch]) : text);

/** An element of an array literal: always quoted, `"` and `\` escaped, so commas, braces and the word NULL stay text. */
const arrayElement = (value: string | null) => (value === null ? 'NULL' : `"${value.replace(/["\\]/g, '\\$&')}"`);

type Encode = (value: unknown) => string;

const plain: Encode = (value) =>
  value instanceof Date ? value.toISOString() : typeof value === 'boolean' ? (value ? 't' : 'f') : escapeCopy(String(value));
const json: Encode = (value) => escapeCopy(JSON.stringify(value));
const array: Encode = (value) => escapeCopy(`{${(value as (string | null)[]).map(arrayElement).join(',')}}`);

/** How a column of this SQL type writes a (non-null) value. */
const encoderFor = (type: string): Encode => (type === 'jsonb' ? json : type.endsWith('[]') ? array : plain);

/** A column: its name and SQL type. */
export type Column = readonly [name: string, type: string];

/** A row for COPY: its values in the order of the columns. */
export type CopyRow = readonly unknown[];

/** COPY text of `rows` for `columns`. */
export function copyText(columns: readonly Column[], rows: readonly CopyRow[]): string {
  const encoders = columns.map(([, type]) => encoderFor(type));
  // Values joined per line, lines joined once: building each line by += (a rope of small strings
  // that join then flattens) cost three times as much (docs/import.md).
  const lines = new Array<string>(rows.length + 1);
  const values = new Array<string>(columns.length);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    for (let i = 0; i < values.length; i++) {
      const value = row[i];
      values[i] = value === null || value === undefined ? '\\N' : encoders[i](value);
    }
    lines[r] = values.join('\t');
  }
  lines[rows.length] = '';
  return lines.join('\n');
}

/** COPY of whole rows into `table`; nothing when there are none. */
export async function copyRows(
  sql: Pick<SqlRunner, 'copyFrom'>,
  table: string,
  columns: readonly Column[],
  rows: readonly CopyRow[],
): Promise<void> {
  if (rows.length === 0) return;
  await sql.copyFrom(
    table,
    columns.map(([name]) => name),
    copyText(columns, rows),
  );
}
