import {
  getNamedType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  visit,
  type ASTNode,
  type FieldNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type OperationDefinitionNode,
} from 'graphql';
import { collectSubfields } from 'graphql/execution/collectFields';
import { Prisma } from '../generated/prisma/client';
import { Scope } from '../auth/scopes';

/**
 * A customers page answered as JSON text that Postgres writes, spliced into
 * the response unparsed (common/spliced-json.ts): no row parsing, no GraphQL
 * execution over 50 customers and their relations, no re-serialising.
 * Byte-identical to the normal path, or not used: a plan exists only for
 * selections made of fields rendered here exactly as graphql-jit and
 * JSON.stringify render them; whatever the SQL cannot vouch for (a null in
 * a non-null field, a date outside years 1-9999, an enum label the schema
 * lacks, a list holding null) writes a BAIL character, and the page is read
 * the normal way. JSON columns are re-serialised in JS (finishPageJson), as
 * the normal path does: jsonb's text is not JSON.stringify's.
 * test/page-json.test.ts compares both paths on random selections and data.
 */

/** Written by the SQL where only the normal path knows the answer (an error, a value to check). */
const BAIL = 'chr(2)';
/** Around a JSON column's text, which finishPageJson re-serialises: chr(1), tag, text, chr(1). */
const MARK = 'chr(1)';

/** On unless switched off (test/page-json.test.ts compares both paths in one server); `served` counts pages it answered. */
export const pageJson = { enabled: true, served: 0 };

export interface PageJsonPlan {
  /** The page's object for each customer, over the page row `p` (pageQuery's outer select). */
  json: string;
  /** Customer columns the SQL reads. */
  columns: string[];
  /** Customer.confirmation is selected: its @Authorized needs customers:write, or the field errors. */
  needsWrite: boolean;
  /** Sub-selections of customAttributes lists, by the index in their mark. */
  attributes: [string, 'attributeCode' | 'value' | '__typename'][][];
}

const NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;
/** A response key this module writes as is (`__proto__` would not survive a JS object). */
const plainKey = (key: string) => NAME.test(key) && key !== '__proto__';
const COLUMNS = {
  Customer: new Set<string>(Object.values(Prisma.CustomerScalarFieldEnum)),
  CustomerGroup: new Set<string>(Object.values(Prisma.CustomerGroupScalarFieldEnum)),
  Address: new Set<string>(Object.values(Prisma.AddressScalarFieldEnum)),
};
/** Fields whose resolver only checks a scope, and which scope. */
const AUTH_ONLY: Record<string, string> = { 'Customer.confirmation': Scope.CUSTOMERS_WRITE };
const REGION: Record<string, string> = { code: 'regionCode', name: 'regionName', id: 'regionId' };

class Unsupported extends Error {}

type Fields = Map<string, readonly FieldNode[]>;

interface Builder {
  info: GraphQLResolveInfo;
  plan: PageJsonPlan;
  customerColumns: Set<string>;
}

const sqlString = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** `{"k1":v1,"k2":v2}` from SQL expressions that yield JSON text; keys are GraphQL names (no escaping needed). */
function objectSql(entries: [string, string][]): string {
  if (entries.length === 0) return `'{}'`;
  return `${entries.map(([key, value], i) => `'${i === 0 ? '{' : ','}"${key}":' || ${value}`).join(' || ')} || '}'`;
}

/** A column's JSON text; NULL is `null`, or BAIL where the field is non-null (the normal path errors). */
function leafSql(field: GraphQLField<unknown, unknown>, ref: string, where: string): string {
  const nonNull = isNonNullType(field.type);
  const type = nonNull ? (field.type as { ofType: unknown }).ofType : field.type;
  let render: string;
  if (isListType(type)) {
    const item = (type as { ofType: unknown }).ofType;
    if (!isNonNullType(item) || getNamedType(field.type).name !== 'String') throw new Unsupported(where);
    render = `CASE WHEN array_position(${ref}, NULL) IS NOT NULL OR array_ndims(${ref}) > 1 THEN ${BAIL} ELSE array_to_json(${ref})::text END`;
  } else if (isEnumType(type)) {
    const names = type.getValues().map((v) => {
      if (v.value !== v.name || !NAME.test(v.name)) throw new Unsupported(where);
      return sqlString(v.name);
    });
    render = `CASE WHEN ${ref}::text IN (${names.join(', ')}) THEN '"' || ${ref}::text || '"' ELSE ${BAIL} END`;
  } else if (isScalarType(type)) {
    const inRange = (format: string) =>
      `CASE WHEN ${ref} >= '0001-01-01' AND ${ref} < '10000-01-01' THEN '"' || to_char(${ref}, '${format}') || '"' ELSE ${BAIL} END`;
    switch (type.name) {
      case 'ID':
      case 'String':
      case 'Boolean':
      case 'Int':
        render = `to_json(${ref})::text`;
        break;
      case 'DateTime':
        render = inRange('YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
        break;
      case 'LocalDate':
        render = inRange('YYYY-MM-DD');
        break;
      case 'JSONObject':
        render = `${MARK} || 'O' || ${ref}::text || ${MARK}`;
        break;
      default:
        throw new Unsupported(where);
    }
  } else throw new Unsupported(where);
  return `CASE WHEN ${ref} IS NULL THEN ${nonNull ? BAIL : `'null'`} ELSE ${render} END`;
}

function subfields(b: Builder, type: GraphQLObjectType, nodes: readonly FieldNode[]): Fields {
  return collectSubfields(b.info.schema, b.info.fragments, b.info.variableValues, type, nodes);
}

/** The JSON object of a row of `type` (columns of `alias`) for these fields. */
function rowSql(b: Builder, type: GraphQLObjectType, fields: Fields, alias: string): string {
  const entries: [string, string][] = [];
  for (const [key, nodes] of fields) {
    if (!plainKey(key)) throw new Unsupported(key);
    const name = nodes[0].name.value;
    if (name === '__typename') {
      entries.push([key, `'"${type.name}"'`]);
      continue;
    }
    const field = type.getFields()[name];
    const where = `${type.name}.${name}`;
    if (!field || field.args.length > 0) throw new Unsupported(where);
    entries.push([key, fieldSql(b, type, field, nodes, alias, where)]);
  }
  return objectSql(entries);
}

function fieldSql(
  b: Builder,
  type: GraphQLObjectType,
  field: GraphQLField<unknown, unknown>,
  nodes: readonly FieldNode[],
  alias: string,
  where: string,
): string {
  const named = getNamedType(field.type);
  if (where === 'Customer.groups' && isObjectType(named)) {
    const row = rowSql(b, named, subfields(b, named, nodes), 'g');
    return `(SELECT coalesce('[' || string_agg(${row}, ',' ORDER BY g."name", g."id") || ']', '[]') FROM "CustomerGroupMember" m
      JOIN "CustomerGroup" g ON g."id" = m."groupId" WHERE m."customerId" = ${alias}."id" AND g."deletedAt" IS NULL)`;
  }
  if (where === 'Customer.addresses' && isObjectType(named)) {
    const row = rowSql(b, named, subfields(b, named, nodes), 'a');
    return `(SELECT coalesce('[' || string_agg(${row}, ',' ORDER BY a."createdAt", a."id") || ']', '[]') FROM "Address" a
      WHERE a."customerId" = ${alias}."id")`;
  }
  if (where === 'Address.region' && isObjectType(named)) {
    const entries: [string, string][] = [];
    for (const [key, regionNodes] of subfields(b, named, nodes)) {
      const name = regionNodes[0].name.value;
      if (!plainKey(key)) throw new Unsupported(key);
      if (name === '__typename') entries.push([key, `'"${named.name}"'`]);
      else if (REGION[name] && named.getFields()[name]?.resolve === undefined)
        entries.push([key, leafSql(named.getFields()[name], `${alias}."${REGION[name]}"`, `Region.${name}`)]);
      else throw new Unsupported(`Region.${name}`);
    }
    const empty = Object.values(REGION)
      .map((column) => `${alias}."${column}" IS NULL`)
      .join(' AND ');
    return `CASE WHEN ${empty} THEN 'null' ELSE ${objectSql(entries)} END`;
  }
  const columns = COLUMNS[type.name as keyof typeof COLUMNS];
  if (!columns?.has(field.name)) throw new Unsupported(where);
  const scope = AUTH_ONLY[where];
  if (field.resolve !== undefined && !scope) throw new Unsupported(where);
  if (scope) b.plan.needsWrite = true;
  if (type.name === 'Customer') b.customerColumns.add(field.name);
  const ref = `${alias}."${field.name}"`;
  if (named.name === 'CustomAttribute' && isListType(isNonNullType(field.type) ? field.type.ofType : field.type)) {
    if (!isNonNullType(field.type) || !isObjectType(named)) throw new Unsupported(where);
    const selection: PageJsonPlan['attributes'][number] = [];
    for (const [key, attributeNodes] of subfields(b, named, nodes)) {
      const name = attributeNodes[0].name.value;
      if (!plainKey(key)) throw new Unsupported(key);
      if (name !== '__typename' && (named.getFields()[name]?.resolve !== undefined || !['attributeCode', 'value'].includes(name)))
        throw new Unsupported(`CustomAttribute.${name}`);
      selection.push([key, name as 'attributeCode' | 'value' | '__typename']);
    }
    b.plan.attributes.push(selection);
    return `CASE WHEN ${ref} IS NULL THEN ${BAIL} ELSE ${MARK} || 'A${b.plan.attributes.length - 1}:' || ${ref}::text || ${MARK} END`;
  }
  return leafSql(field, ref, where);
}

/**
 * Operations with a directive anywhere are left to the normal path:
 * graphql-jit keeps the sub-selection of a field skipped by @skip/@include
 * when the same key is selected again without it (test/page-json.test.ts
 * found `addresses { id } addresses @skip(if: true) { city }` answering
 * city), where collectFields follows the spec; the bytes must be jit's.
 */
const directiveFree = new WeakMap<OperationDefinitionNode, boolean>();
function hasNoDirectives(info: GraphQLResolveInfo): boolean {
  let known = directiveFree.get(info.operation);
  if (known === undefined) {
    let found = false;
    const look = (node: ASTNode) =>
      visit(node, {
        Directive() {
          found = true;
        },
      });
    look(info.operation);
    for (const fragment of Object.values(info.fragments)) look(fragment);
    known = !found;
    directiveFree.set(info.operation, known);
  }
  return known;
}

const plans = new WeakMap<FieldNode, PageJsonPlan | null>();

/**
 * The JSON plan of a `customers` field's items, or undefined when its
 * selection holds anything rendered only by the normal path (or `items` is
 * selected under more than one name). Kept per field node (Apollo keeps
 * parsed documents); the same field selected twice merges anew each time.
 */
export function pageJsonPlan(info: GraphQLResolveInfo): PageJsonPlan | undefined {
  if (!hasNoDirectives(info)) return undefined;
  const keep = info.fieldNodes.length === 1 ? info.fieldNodes[0] : undefined;
  const kept = keep && plans.get(keep);
  if (kept !== undefined) return kept ?? undefined;
  const plan = buildPlan(info);
  if (keep) plans.set(keep, plan ?? null);
  return plan;
}

function buildPlan(info: GraphQLResolveInfo): PageJsonPlan | undefined {
  const listType = getNamedType(info.returnType);
  if (!isObjectType(listType)) return undefined;
  const b: Builder = { info, plan: { json: '', columns: [], needsWrite: false, attributes: [] }, customerColumns: new Set(['id']) };
  const items = [...subfields(b, listType, info.fieldNodes)].filter(([, nodes]) => nodes[0].name.value === 'items');
  if (items.length !== 1) return undefined;
  const customer = getNamedType(listType.getFields().items.type);
  if (!isObjectType(customer) || customer.name !== 'Customer') return undefined;
  try {
    b.plan.json = rowSql(b, customer, subfields(b, customer, items[0][1]), 'p');
  } catch (err) {
    if (err instanceof Unsupported) return undefined;
    throw err;
  }
  b.plan.columns = [...b.customerColumns];
  return b.plan;
}

/**
 * The items' JSON text from the page's `_json` column, JSON columns
 * re-serialised as the normal path serialises them; undefined when a row
 * needs the normal path (a BAIL, a JSON column that its scalar refuses).
 */
export function finishPageJson(texts: string[], plan: PageJsonPlan): string | undefined {
  const text = `[${texts.join(',')}]`;
  if (text.includes('\u0002')) return undefined;
  if (!text.includes('\u0001')) return text;
  const parts = text.split('\u0001');
  for (let i = 1; i < parts.length; i += 2) {
    const part = parts[i];
    const finished = part[0] === 'O' ? jsonObject(part.slice(1)) : attributeList(part, plan);
    if (finished === undefined) return undefined;
    parts[i] = finished;
  }
  return parts.join('');
}

/** A JSONObject column: JSON.stringify of what the driver's JSON.parse gives, if the scalar accepts it. */
function jsonObject(text: string): string | undefined {
  if (text === '{}') return text;
  const value: unknown = JSON.parse(text);
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? JSON.stringify(value) : undefined;
}

/** A customAttributes column as its selection renders it: entries must be objects with a string attributeCode. */
function attributeList(part: string, plan: PageJsonPlan): string | undefined {
  const colon = part.indexOf(':');
  const selection = plan.attributes[Number(part.slice(1, colon))];
  const value: unknown = JSON.parse(part.slice(colon + 1));
  if (!Array.isArray(value)) return undefined;
  const out: Record<string, unknown>[] = [];
  for (const entry of value as unknown[]) {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return undefined;
    const { attributeCode, value: attributeValue } = entry as { attributeCode?: unknown; value?: unknown };
    if (typeof attributeCode !== 'string') return undefined;
    const rendered: Record<string, unknown> = {};
    for (const [key, name] of selection)
      rendered[key] = name === '__typename' ? 'CustomAttribute' : name === 'attributeCode' ? attributeCode : (attributeValue ?? null);
    out.push(rendered);
  }
  return JSON.stringify(out);
}
