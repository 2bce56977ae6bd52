import 'reflect-metadata';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { get_dmmf } from '@prisma/prisma-schema-wasm';
import { PRISMA_CONSTRAINTS, SQL_ONLY_CHECKS, SQL_ONLY_INDEXES, SQL_ONLY_TRIGGERS } from '../src/db/constraints';
import { openDatabase, type Database } from '../src/db/database';
import { writeTemplate } from '../src/db/pglite-template';
import { migrate, pendingMigrations, readMigrations, type Migration } from '../src/db/migrate';
import { openTestDatabase } from './support';

/**
 * Proves the migrated database is exactly what prisma/schema.prisma
 * describes (tables, columns, types, nullability, defaults, keys, indexes,
 * foreign keys), with Prisma's naming conventions, plus a named list of
 * objects only the SQL migration holds. Anything else is drift.
 */

interface DmmfField {
  name: string;
  kind: 'scalar' | 'enum' | 'object';
  type: string;
  isList: boolean;
  isRequired: boolean;
  isId: boolean;
  isUnique: boolean;
  hasDefaultValue: boolean;
  default?: unknown;
  nativeType?: [string, string[]] | null;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
}
interface Dmmf {
  datamodel: {
    enums: { name: string; values: { name: string }[] }[];
    models: { name: string; dbName: string | null; fields: DmmfField[]; primaryKey: { fields: string[] } | null }[];
    indexes: { model: string; type: 'id' | 'unique' | 'normal' | 'fulltext'; fields: { name: string }[]; dbName?: string | null }[];
  };
}

const schemaText = readFileSync(path.resolve(__dirname, '../prisma/schema.prisma'), 'utf8');
const dmmf = JSON.parse(get_dmmf(JSON.stringify({ prismaSchema: [['schema.prisma', schemaText]] }))) as Dmmf;

function expectedType(field: DmmfField): string {
  if (field.kind === 'enum') return `"${field.type}"`;
  const native = field.nativeType;
  let base: string;
  if (native) {
    const [name, args] = native;
    base = ({ Char: `character(${args[0]})`, VarChar: `character varying(${args[0]})`, Date: 'date' } as Record<string, string>)[name];
    if (!base) throw new Error(`add native type ${name} to this test`);
  } else {
    base = (
      {
        String: 'text',
        Int: 'integer',
        BigInt: 'bigint',
        Boolean: 'boolean',
        DateTime: 'timestamp(3) without time zone',
        Json: 'jsonb',
        Float: 'double precision',
      } as Record<string, string>
    )[field.type];
  }
  return field.isList ? `${base}[]` : base;
}

function expectedDefault(field: DmmfField, table: string): string | null {
  if (!field.hasDefaultValue) return null;
  const d = field.default as { name?: string; args?: unknown[] } | string | number | boolean | unknown[];
  if (Array.isArray(d)) return `ARRAY[]::${expectedType(field)}`;
  if (typeof d === 'object' && d && 'name' in d) {
    if (d.name === 'now') return 'CURRENT_TIMESTAMP';
    if (d.name === 'dbgenerated') return String(d.args?.[0]);
    if (d.name === 'autoincrement') return `nextval('"${table}_${field.name}_seq"'::regclass)`;
    throw new Error(`add default ${d.name} to this test`);
  }
  if (typeof d === 'string') {
    if (field.kind === 'enum') return `'${d}'::"${field.type}"`;
    if (field.type === 'BigInt' || field.type === 'Int') return d;
    return field.type === 'Json' ? `'${d}'::jsonb` : `'${d}'::text`;
  }
  return JSON.stringify(d); // a number or boolean: as Postgres prints it
}

/** pg prints `(gen_random_uuid())::text` as `gen_random_uuid()::text`. */
const normalizeDefault = (value: string | null) => (value === null ? null : value.replace(/^\((\w+\(\))\)/, '$1'));

const ON_DELETE: Record<string, string> = { Cascade: 'CASCADE', SetNull: 'SET NULL', Restrict: 'RESTRICT', NoAction: 'NO ACTION' };
const PG_ACTION: Record<string, string> = { a: 'NO ACTION', r: 'RESTRICT', c: 'CASCADE', n: 'SET NULL', d: 'SET DEFAULT' };

let db: Database;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, drop } = await openTestDatabase({ empty: true }));
  await migrate(db.sql);
});
afterAll(() => drop());

test('enums match schema.prisma', async () => {
  const rows = await db.sql.query<{ name: string; value: string }>(
    `SELECT t.typname AS name, e.enumlabel AS value FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid ORDER BY t.typname, e.enumsortorder`,
  );
  const actual: Record<string, string[]> = {};
  for (const row of rows) (actual[row.name] ??= []).push(row.value);
  const expected = Object.fromEntries(dmmf.datamodel.enums.map((e) => [e.name, e.values.map((v) => v.name)]));
  expect(actual).toEqual(expected);
});

test('tables and columns (type, nullability, default) match schema.prisma', async () => {
  const rows = await db.sql.query<{ table: string; column: string; type: string; notnull: boolean; default: string | null }>(`
    SELECT c.relname AS "table", a.attname AS "column", format_type(a.atttypid, a.atttypmod) AS "type",
           a.attnotnull AS "notnull", pg_get_expr(d.adbin, d.adrelid) AS "default"
      FROM pg_attribute a
      JOIN pg_class c ON c.oid = a.attrelid AND c.relkind = 'r'
      JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = current_schema()
      LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
     WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relname <> '_prisma_migrations'
     ORDER BY 1, a.attnum`);
  const actual = rows.map((r) => ({ ...r, default: normalizeDefault(r.default) }));
  const expected = dmmf.datamodel.models.flatMap((model) =>
    model.fields
      .filter((f) => f.kind !== 'object')
      .map((f) => ({
        table: model.dbName ?? model.name,
        column: f.name,
        type: expectedType(f),
        // Prisma creates scalar lists without NOT NULL.
        notnull: f.isRequired && !f.isList,
        default: normalizeDefault(expectedDefault(f, model.dbName ?? model.name)),
      })),
  );
  const key = (c: { table: string; column: string }) => `${c.table}.${c.column}`;
  expect([...actual].sort((a, b) => key(a).localeCompare(key(b)))).toEqual([...expected].sort((a, b) => key(a).localeCompare(key(b))));
});

test('primary keys, unique and plain indexes match schema.prisma plus the named SQL-only ones', async () => {
  const rows = await db.sql.query<{ table: string; name: string; unique: boolean; columns: string[] | string; expression: boolean }>(`
    SELECT t.relname AS "table", i.relname AS "name", x.indisunique AS "unique",
           ARRAY(SELECT a.attname FROM unnest(x.indkey) WITH ORDINALITY k(attnum, ord)
                  JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS "columns",
           (x.indexprs IS NOT NULL OR x.indpred IS NOT NULL) AS "expression"
      FROM pg_index x
      JOIN pg_class i ON i.oid = x.indexrelid
      JOIN pg_class t ON t.oid = x.indrelid
      JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = current_schema()
     WHERE t.relname <> '_prisma_migrations'`);
  const asArray = (v: string[] | string) => (Array.isArray(v) ? v : v.replace(/[{}]/g, '').split(',').filter(Boolean));
  const actual = rows
    .filter((r) => !(SQL_ONLY_INDEXES as readonly string[]).includes(r.name))
    .map((r) => ({ table: r.table, name: r.name, unique: r.unique, columns: asArray(r.columns) }));
  const expected = dmmf.datamodel.indexes.map((index) => {
    const fields = index.fields.map((f) => f.name);
    const suffix = index.type === 'id' ? 'pkey' : index.type === 'unique' ? 'key' : 'idx';
    const name = index.dbName ?? (index.type === 'id' ? `${index.model}_pkey` : `${index.model}_${fields.join('_')}_${suffix}`);
    return { table: index.model, name, unique: index.type !== 'normal', columns: fields };
  });
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  expect(actual.sort(byName)).toEqual(expected.sort(byName));
  // The SQL-only ones are there too (and are not plain column indexes Prisma could have declared).
  const extras = rows.filter((r) => (SQL_ONLY_INDEXES as readonly string[]).includes(r.name));
  expect(extras.map((r) => r.name).sort()).toEqual([...SQL_ONLY_INDEXES].sort());
  for (const extra of extras) expect(extra.expression).toBe(true);
});

test('foreign keys match the relations of schema.prisma', async () => {
  const rows = await db.sql.query<{
    name: string;
    table: string;
    columns: string;
    ref: string;
    refColumns: string;
    onDelete: string;
    onUpdate: string;
  }>(`
    SELECT con.conname AS "name", t.relname AS "table", r.relname AS "ref",
           (SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(con.conkey) WITH ORDINALITY k(attnum, ord)
              JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum) AS "columns",
           (SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(con.confkey) WITH ORDINALITY k(attnum, ord)
              JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum) AS "refColumns",
           con.confdeltype AS "onDelete", con.confupdtype AS "onUpdate"
      FROM pg_constraint con
      JOIN pg_class t ON t.oid = con.conrelid
      JOIN pg_class r ON r.oid = con.confrelid
      JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = current_schema()
     WHERE con.contype = 'f'`);
  const actual = rows.map((r) => ({ ...r, onDelete: PG_ACTION[r.onDelete], onUpdate: PG_ACTION[r.onUpdate] }));
  const expected = dmmf.datamodel.models.flatMap((model) =>
    model.fields
      .filter((f) => f.kind === 'object' && f.relationFromFields && f.relationFromFields.length > 0)
      .map((f) => {
        const optional = model.fields.filter((x) => f.relationFromFields!.includes(x.name)).some((x) => !x.isRequired);
        return {
          name: `${model.name}_${f.relationFromFields!.join('_')}_fkey`,
          table: model.name,
          columns: f.relationFromFields!.join(','),
          ref: f.type,
          refColumns: f.relationToFields!.join(','),
          onDelete: ON_DELETE[f.relationOnDelete ?? (optional ? 'SetNull' : 'Restrict')],
          onUpdate: 'CASCADE',
        };
      }),
  );
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  expect(actual.sort(byName)).toEqual(expected.sort(byName));
});

test('the SQL-only checks and trigger exist, and no other constraint or trigger does', async () => {
  const checks = await db.sql.query<{ name: string }>(`
    SELECT con.conname AS name FROM pg_constraint con JOIN pg_namespace n ON n.oid = con.connamespace
     WHERE con.contype = 'c' AND n.nspname = current_schema() ORDER BY 1`);
  expect(checks.map((c) => c.name).sort()).toEqual([...SQL_ONLY_CHECKS].sort());
  const triggers = await db.sql.query<{ name: string }>(`
    SELECT tg.tgname AS name FROM pg_trigger tg JOIN pg_class c ON c.oid = tg.tgrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace WHERE NOT tg.tgisinternal AND n.nspname = current_schema()`);
  expect(triggers.map((t) => t.name).sort()).toEqual([...SQL_ONLY_TRIGGERS].sort());
});

test('every constraint name the services map exists in the database', async () => {
  const rows = await db.sql.query<{ name: string }>(`
    SELECT con.conname AS name FROM pg_constraint con JOIN pg_namespace n ON n.oid = con.connamespace WHERE n.nspname = current_schema()
    UNION SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'i' AND n.nspname = current_schema()`);
  const names = new Set(rows.map((r) => r.name));
  expect([...PRISMA_CONSTRAINTS, ...SQL_ONLY_INDEXES, ...SQL_ONLY_CHECKS].filter((name) => !names.has(name))).toEqual([]);
});

describe('migrator', () => {
  test('records each migration as prisma migrate deploy does, and a second run applies nothing', async () => {
    const rows = await db.sql.query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      applied_steps_count: number;
      rolled_back_at: Date | null;
    }>('SELECT * FROM "_prisma_migrations" ORDER BY migration_name');
    const files = readMigrations();
    expect(rows.map((r) => r.migration_name)).toEqual(files.map((f) => f.name));
    for (const [i, row] of rows.entries()) {
      expect(row.checksum).toBe(createHash('sha256').update(files[i].sql).digest('hex'));
      expect(row.finished_at).not.toBeNull();
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
    expect(await migrate(db.sql)).toEqual([]);
    expect(await pendingMigrations(db.sql)).toEqual([]);
  });

  test('refuses a migration edited after it was applied', async () => {
    const edited: Migration[] = readMigrations().map((m, i) => (i === 0 ? { ...m, checksum: 'f'.repeat(64) } : m));
    await expect(migrate(db.sql, edited)).rejects.toThrow(/edited after it was applied/);
  });

  test('a failing migration writes nothing, not even part of itself', async () => {
    const broken: Migration = {
      name: '29991231000000_broken',
      sql: 'CREATE TABLE "Half" (id int); SELECT no_such_function();',
      checksum: 'x'.repeat(64),
    };
    await expect(migrate(db.sql, [...readMigrations(), broken])).rejects.toThrow();
    const half = await db.sql.query<{ found: boolean }>(`SELECT to_regclass('"Half"') IS NOT NULL AS found`);
    expect(half[0].found).toBe(false);
    expect(await pendingMigrations(db.sql, [...readMigrations(), broken])).toEqual([broken.name]);
  });

  test('servers starting at once apply each migration exactly once', async () => {
    const fresh = await openTestDatabase({ empty: true });
    try {
      const results = await Promise.all([migrate(fresh.db.sql), migrate(fresh.db.sql), migrate(fresh.db.sql)]);
      expect(results.flat().sort()).toEqual(readMigrations().map((m) => m.name));
      const rows = await fresh.db.sql.query<{ n: string | number }>('SELECT count(*) AS n FROM "_prisma_migrations"');
      expect(Number(rows[0].n)).toBe(readMigrations().length);
    } finally {
      await fresh.drop();
    }
  });

  // initdb in WebAssembly: ~10 s of CPU, minutes on a loaded machine.
  test('a new PGlite folder unpacked from the install-time template holds every migration, and nothing is left to apply', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cg-template-'));
    try {
      const template = path.join(dir, 'template.tar.gz');
      await writeTemplate(template);
      const fresh = await openDatabase({ pgliteDataDir: path.join(dir, 'db'), pgliteTemplate: template });
      try {
        expect(await migrate(fresh.sql)).toEqual([]);
        const rows = await fresh.sql.query<{ migration_name: string }>('SELECT migration_name FROM "_prisma_migrations" ORDER BY 1');
        expect(rows.map((r) => r.migration_name)).toEqual(readMigrations().map((m) => m.name));
        const index = await fresh.sql.query<{ found: boolean }>(`SELECT to_regclass('"Customer_search_trgm_idx"') IS NOT NULL AS found`);
        expect(index[0].found).toBe(true);
      } finally {
        await fresh.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 600_000);
});
