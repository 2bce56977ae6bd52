import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { buildSchema, getNamedType, isLeafType, isObjectType } from 'graphql';
import { pageJson } from '../src/customers/customer-json';
import { CreateApiToken, ok, post, startTestServer, type TestServer } from './support';

/**
 * A customers page whose items Postgres writes as JSON text
 * (customers/customer-json.ts) must answer byte for byte what the normal
 * path (rows, graphql-jit, JSON.stringify) answers, for any selection:
 * aliases, __typename, fragments, @include/@skip, repeated fields, fields
 * only the normal path serves, and data the SQL must hand back (null in a
 * non-null field, dates past year 9999, JSON columns a scalar refuses). The
 * same server answers each document twice, with the JSON path on and off.
 */

let t: TestServer;
let readOnly: string;
const clean: string[] = [];
const odd: string[] = [];
const tag = `pj${Date.now().toString(36)}`;

const WEIRD = ['plain', 'quote " and \\ back', 'tab\tnew\nline\r\u0001\u0002\u001f\u007f', 'ünïcødé 𝄞 😀 \u2028\u2029', '</script>', ''];
// Numbers jsonb writes otherwise than JSON.stringify (1.0, 1e21, 2^60 beyond 2^53), keys JS orders otherwise ('10', '2').
const METADATA = [
  {},
  { b: 1, a: 'x', '10': true, '2': null, long_key: [1.5, -0, 1e21, 0.1, 2 ** 60] },
  { nested: { deep: [{ x: WEIRD[2] }] }, n: 1.0, e: 1e-7 },
];
const ATTRIBUTES = [
  [],
  [
    { attributeCode: 'color', value: 'red' },
    { attributeCode: 'size', value: 42 },
  ],
  [{ attributeCode: 'x' }, { attributeCode: 'y', value: { a: [1, null] }, extra: 1 }],
];

async function sql(text: string, params: unknown[] = []) {
  return t.db.sql.query(text, params);
}

async function insertCustomer(
  i: number,
  odd: { metadata?: string; customAttributes?: string; dateOfBirth?: string } = {},
): Promise<string> {
  const id = `${tag}-c${i}`;
  const w = (k: number) => WEIRD[(i + k) % WEIRD.length];
  const values: Record<string, string> = {
    id: `'${id}'`,
    email: `'${tag}${i}@example.com'`,
    firstName: `$1::text`,
    lastName: `$2::text`,
    middleName: 'NULL',
    phone: i % 2 ? `'+49 ${i}'` : 'NULL',
    dateOfBirth: `$5::date`,
    gender: ["'MALE'", 'NULL', "'NOT_SPECIFIED'"][i % 3],
    hasAccount: i % 2 ? 'true' : 'false',
    passwordHash: i % 2 ? `'x'` : 'NULL',
    websiteId: `${i % 3}`,
    storeId: i % 2 ? 'NULL' : `${i}`,
    confirmation: i % 2 ? `'secret${i}'` : 'NULL',
    metadata: `$3::jsonb`,
    customAttributes: `$4::jsonb`,
    extensionAttributes: `'{"is_subscribed": false}'::jsonb`,
    // The odd rows are the oldest: an unfiltered page of 7 (the live clean ones) holds no odd one.
    createdAt: i >= 20 ? `'2020-01-01'` : `'2026-01-0${1 + (i % 9)} 10:00:0${i % 10}.${String(i * 7).padStart(3, '0')}'`,
    updatedAt: `'1999-12-31 23:59:59.999'`,
    deletedAt: i % 4 === 1 ? `'2026-03-01 00:00:00.5'` : 'NULL',
  };
  const columns = Object.keys(values).map((k) => `"${k}"`);
  await sql(`INSERT INTO "Customer" (${columns.join(', ')}) VALUES (${Object.values(values).join(', ')})`, [
    i % 3 === 0 ? null : w(0),
    w(1),
    odd.metadata ?? JSON.stringify(METADATA[i % METADATA.length]),
    odd.customAttributes ?? JSON.stringify(ATTRIBUTES[i % ATTRIBUTES.length]),
    odd.dateOfBirth ?? ['1980-02-29', null, '0050-01-01', '9999-12-31'][i % 4],
  ]);
  for (let k = 0; k < i % 3; k++) {
    await sql(
      `INSERT INTO "Address" ("id", "customerId", "label", "street", "city", "regionCode", "regionName", "regionId", "countryCode",
        "isDefaultBilling", "metadata", "customAttributes", "createdAt", "updatedAt")
       VALUES ($1, $2, $3, $4::text[], $5::text, $6::text, $7::text, $8::int, 'DE', $9, $10::jsonb, $11::jsonb, '2026-02-01 00:00:00', '2026-02-01 00:00:00.001')`,
      [
        `${id}-a${k}`,
        id,
        w(k + 2),
        k ? [w(k), 'line 2'] : [],
        k ? null : w(3),
        k ? 'BE' : null,
        null,
        k ? 7 : null,
        k === 0,
        JSON.stringify(METADATA[(i + k) % METADATA.length]),
        JSON.stringify(ATTRIBUTES[(i + k + 1) % ATTRIBUTES.length]),
      ],
    );
  }
  for (const g of [`${tag}-g1`, `${tag}-g2`, `${tag}-gone`].slice(0, i % 4)) {
    await sql(`INSERT INTO "CustomerGroupMember" ("customerId", "groupId") VALUES ($1, $2)`, [id, g]);
  }
  return id;
}

beforeAll(async () => {
  t = await startTestServer();
  // This file's own database: without these checks, rows the scalars refuse can be stored (odd, below).
  await sql(`ALTER TABLE "Customer" DROP CONSTRAINT "Customer_metadata_check", DROP CONSTRAINT "Customer_customAttributes_check"`);
  for (const [id, name, deleted] of [
    ['g1', `${tag} B "group"`, false],
    ['g2', `${tag} A \\ group`, false],
    ['gone', `${tag} gone`, true],
  ] as const) {
    await sql(`INSERT INTO "CustomerGroup" ("id", "name", "metadata", "deletedAt") VALUES ($1, $2, $3::jsonb, $4::timestamp)`, [
      `${tag}-${id}`,
      name,
      JSON.stringify(METADATA[1]),
      deleted ? new Date() : null,
    ]);
  }
  for (let i = 0; i < 9; i++) clean.push(await insertCustomer(i));
  // Rows only the normal path answers (it errors on them): the JSON path must hand them back.
  odd.push(await insertCustomer(20, { metadata: '[1, 2]' }));
  odd.push(await insertCustomer(21, { customAttributes: '[{"attributeCode": 5}]' }));
  odd.push(await insertCustomer(22, { dateOfBirth: '10000-01-01' }));
  odd.push(await insertCustomer(23, { customAttributes: '{"a": 1}' }));
  await sql(`UPDATE "Address" SET "street" = ARRAY['x', NULL] WHERE "customerId" = $1`, [odd[0]]);
  const created = ok(
    await t.gql(CreateApiToken, { input: { name: 'read only', scopes: ['customers:read'], expiresInDays: 1 } }),
  ).createApiToken;
  readOnly = created.token!;
});
afterAll(async () => {
  pageJson.enabled = true;
  await t.stop();
});

/** The fields of `type` without arguments whose value is a scalar or an enum, from the checked-in SDL: a new column is fuzzed once it is in the API. */
function leaves(type: string): string[] {
  const object = SCHEMA.getType(type);
  if (!isObjectType(object)) throw new Error(`no object type ${type}`);
  const fields = Object.values(object.getFields()).filter((f) => f.args.length === 0 && isLeafType(getNamedType(f.type)));
  return [...fields.map((f) => f.name), '__typename'];
}
const SCHEMA = buildSchema(readFileSync(path.join(__dirname, '../schema.graphql'), 'utf8'));
const CUSTOMER_LEAVES = leaves('Customer');
const ADDRESS_LEAVES = leaves('Address');
const GROUP_LEAVES = leaves('CustomerGroup');
const ATTRIBUTE = fc.subarray(['attributeCode', 'value', '__typename'], { minLength: 1 }).map((f) => `{ ${f.join(' ')} }`);

/**
 * A field as a document may write it: maybe aliased (a key of its own, so
 * that the document stays valid), maybe under a directive or an inline fragment.
 */
function written(field: fc.Arbitrary<string>, type: string, directives: boolean): fc.Arbitrary<(key: string) => string> {
  const directive = [' @include(if: $yes)', ' @skip(if: $yes)', ' @skip(if: $no)', ' @include(if: $no)'];
  return fc
    .tuple(field, fc.boolean(), fc.constantFrom('', '', '', 'fragment', ...(directives ? directive : [])))
    .map(([f, aliased, wrap]) => (key: string) => {
      const alias = aliased ? `${key}: ` : '';
      if (wrap === 'fragment') return `... on ${type} { ${alias}${f} }`;
      // A directive goes before a field's selection set.
      const brace = f.indexOf(' {');
      return brace < 0 ? `${alias}${f}${wrap}` : `${alias}${f.slice(0, brace)}${wrap}${f.slice(brace)}`;
    });
}

function selection(leaves: string[], objects: fc.Arbitrary<string>[], type: string, directives: boolean): fc.Arbitrary<string> {
  const field = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...leaves) }, ...objects.map((o) => ({ weight: 1, arbitrary: o })));
  // Keys unique in the document: a repeated object field's selections merge, and must not clash.
  return fc
    .tuple(fc.array(written(field, type, directives), { minLength: 1, maxLength: 12 }), fc.nat())
    .map(([fields, n]) => `{ ${fields.map((f, i) => f(`k${n}_${i}`)).join(' ')} }`);
}

/** A selection of a customer's fields; with directives, the JSON path leaves it to the normal one. */
function customerSelection(directives: boolean): fc.Arbitrary<string> {
  const region = fc.subarray(['code', 'name', 'id', '__typename'], { minLength: 1 }).map((f) => `region { ${f.join(' ')} }`);
  const address = selection(ADDRESS_LEAVES, [region, ATTRIBUTE.map((s) => `customAttributes ${s}`)], 'Address', directives);
  const group = selection(GROUP_LEAVES, [], 'CustomerGroup', directives);
  const objects = [address.map((s) => `addresses ${s}`), group.map((s) => `groups ${s}`), ATTRIBUTE.map((s) => `customAttributes ${s}`)];
  return selection(CUSTOMER_LEAVES, objects, 'Customer', directives);
}
const customer = fc.oneof({ weight: 3, arbitrary: customerSelection(false) }, { weight: 1, arbitrary: customerSelection(true) });
// Only the normal path serves these: the page must fall back.
const normalOnly = fc.oneof(
  { weight: 5, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constantFrom('primaryGroup { id name }', 'defaultBillingAddress { id }', 'addresses { customer { id } }') },
);

async function both(query: string, variables: Record<string, unknown>, token: string) {
  pageJson.enabled = true;
  const served = pageJson.served;
  const spliced = await post(t.url, { query, variables }, { token });
  const used = pageJson.served > served;
  pageJson.enabled = false;
  const normal = await post(t.url, { query, variables }, { token });
  pageJson.enabled = true;
  // Each request has its own id; everything else must match byte for byte.
  const bytes = (text: string) => text.replace(/"requestId":"[0-9a-f-]+"/g, '"requestId":"…"');
  return { spliced: bytes(spliced.text), normal: bytes(normal.text), used, status: [spliced.status, normal.status] };
}

test('random selections over random pages: the same bytes with the JSON path on and off', async () => {
  let used = 0;
  await fc.assert(
    fc.asyncProperty(
      fc.tuple(customer, normalOnly).map(([s, extra]) => (extra ? `${s.slice(0, -1)} ${extra} }` : s)),
      fc.tuple(fc.subarray(clean), fc.option(fc.constantFrom(...odd), { freq: 4 })).map(([ids, o]) => (o ? [...ids, o] : ids)),
      fc.integer({ min: 1, max: 14 }),
      fc.boolean().chain((readOnlyToken) => (readOnlyToken ? fc.boolean() : fc.constant(true))),
      fc.boolean().chain((maybe) => (maybe ? fc.boolean() : fc.constant(false))),
      fc.constantFrom('', 'count ', 'total: count ', 'limit offset '),
      async (items, ids, limit, admin, twice, extra) => {
        const itemsField = twice ? `items ${items} again: items { id }` : `items ${items}`;
        const flags = ['yes', 'no'].filter((name) => itemsField.includes(`$${name}`));
        const query = `query($ids: [ID!], $limit: Int!${flags.map((name) => `, $${name}: Boolean!`).join('')}) {
          customers(limit: $limit, filter: { ids: $ids, includeDeleted: true }) { ${extra}${itemsField} } }`;
        const variables = { ids, limit, ...(flags.includes('yes') ? { yes: true } : {}), ...(flags.includes('no') ? { no: false } : {}) };
        const result = await both(query, variables, admin ? t.token : readOnly);
        expect(result.spliced).toBe(result.normal);
        if (result.used) used += 1;
      },
    ),
    { numRuns: 300 },
  );
  // Most random selections avoid the fields only the normal path serves: the JSON path did serve.
  expect(used).toBeGreaterThan(60);
});

test('the reference page and its small sibling take the JSON path, unfiltered (a prepared statement), and agree', async () => {
  const full = `query($limit: Int!) { customers(limit: $limit) { count items { ${CUSTOMER_LEAVES.join(' ')}
    customAttributes { attributeCode value } groups { id name } addresses { ${ADDRESS_LEAVES.join(' ')} region { code name id }
    customAttributes { attributeCode value } } } } }`;
  const small = `query($limit: Int!) { customers(limit: $limit) { items { id firstName lastName email phone groups { id name }
    addresses { id street city postalCode isDefaultShipping isDefaultBilling } } } }`;
  for (const query of [full, small]) {
    for (const limit of [3, 7]) {
      const result = await both(query, { limit }, t.token);
      expect(result.used).toBe(true);
      expect(result.status).toEqual([200, 200]);
      expect(result.spliced).toBe(result.normal);
    }
  }
});

test('without customers:write, confirmation is the normal path (a FORBIDDEN error on the field), the same bytes', async () => {
  const query = `query($ids: [ID!]) { customers(limit: 5, filter: { ids: $ids }) { items { id confirmation } } }`;
  const result = await both(query, { ids: clean }, readOnly);
  expect(result.used).toBe(false);
  expect(result.spliced).toBe(result.normal);
  expect(result.normal).toContain('FORBIDDEN');
});
