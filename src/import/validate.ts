import { checkAddressList } from '../addresses/address.service';
import { addressColumns, type AddressColumns } from '../addresses/address.validation';
import { ErrorCollector, UserErrorCode, UserInputFailure, type FieldPath, type UserError } from '../common/user-error';
import { MAX_TEXT, mergeMetadata, customAttributesForStorage } from '../common/validation';
import type { CreateCustomerInput } from '../customers/customer.inputs';
import { validateCreate } from '../customers/customer.validation';
import { TEXT_FIELDS } from '../customers/customer-fields';
import type { Json } from '../interop/field-map';
import type { CustomerRecord, GroupRef } from '../interop/record';
import { PROTO_KEY, PROTO_KEY_REASON } from '../common/input-guard';

/**
 * Every imported customer passes the API's own rules (createCustomer's
 * validation: email, lengths, country codes, street lines, JSON sizes,
 * custom attributes, at most 100 addresses) plus what GraphQL's types and
 * the edge guard check for API callers: value types, dates, and text that
 * Postgres can store (no NUL, no lone surrogates). A refused customer writes
 * nothing of itself; its errors go to the report.
 */

export interface ValidAddress {
  externalId: string;
  columns: AddressColumns;
  isDefaultBilling: boolean;
  isDefaultShipping: boolean;
  createdAt: string | null;
  updatedAt: string | null;
}

export interface ValidCustomer {
  index: number;
  externalId: string;
  email: string;
  /** Customer columns, as createCustomer would write them (timestamps aside). */
  columns: Record<string, unknown>;
  createdAt: string | null;
  updatedAt: string | null;
  deletedAt: string | null;
  addresses: ValidAddress[];
  groups: GroupRef[];
  primaryGroup: GroupRef | null;
  /** Registered on the source (Medusa's has_account); a hash may come from the passwords file. */
  sourceHasAccount: boolean;
}

export type Validated = { ok: true; customer: ValidCustomer } | { ok: false; errors: UserError[] };

/**
 * The customer's text columns a source record carries, as createCustomer
 * checks them: externalId is the source's id (its own entry), externalSource
 * the platform, set by the importer.
 */
const SOURCE_TEXT_FIELDS = TEXT_FIELDS.filter((f) => f !== 'externalSource' && f !== 'externalId');
/** Columns taken from the record as they are. */
const COPIED_FIELDS = [...SOURCE_TEXT_FIELDS, 'gender', 'storeId'];

type Kind = 'string' | 'int' | 'bool' | 'object' | 'array' | 'date' | 'time';
type KindList = readonly (readonly [field: string, kind: Kind])[];
const CUSTOMER_KINDS: KindList = Object.entries({
  externalId: 'string',
  email: 'string',
  ...Object.fromEntries(SOURCE_TEXT_FIELDS.map((f) => [f, 'string'])),
  gender: 'string',
  dateOfBirth: 'date',
  websiteId: 'int',
  storeId: 'int',
  disableAutoGroupChange: 'bool',
  isSubscribed: 'bool',
  hasAccount: 'bool',
  metadata: 'object',
  extensionAttributes: 'object',
  customAttributes: 'array',
  addresses: 'array',
  groups: 'array',
  createdAt: 'time',
  updatedAt: 'time',
  deletedAt: 'time',
} satisfies Record<string, Kind>);
const ADDRESS_KINDS: KindList = Object.entries({
  ...Object.fromEntries(
    [
      'externalId',
      'label',
      'firstName',
      'lastName',
      'middleName',
      'prefix',
      'suffix',
      'company',
      'city',
      'postalCode',
      'countryCode',
      'phone',
      'fax',
      'vatId',
    ].map((f) => [f, 'string']),
  ),
  street: 'array',
  region: 'object',
  isDefaultBilling: 'bool',
  isDefaultShipping: 'bool',
  metadata: 'object',
  extensionAttributes: 'object',
  customAttributes: 'array',
  createdAt: 'time',
  updatedAt: 'time',
} satisfies Record<string, Kind>);
const REGION_KINDS: KindList = [
  ['code', 'string'],
  ['name', 'string'],
  ['id', 'int'],
];
const GENDERS = new Set(['MALE', 'FEMALE', 'NOT_SPECIFIED']);

/** A NUL (Postgres text cannot hold it) or a UTF-16 surrogate without its pair (Postgres json refuses it). */
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const MAX_JSON_DEPTH = 32;

export function validateRecord(index: number, source: string, record: CustomerRecord): Validated {
  const c = new ErrorCollector();
  checkStorable(c, record);
  checkKinds(c, [], record, CUSTOMER_KINDS);
  const addresses = Array.isArray(record.addresses) ? record.addresses : [];
  checkAttributes(c, ['customAttributes'], record.customAttributes);
  addresses.forEach((a, i) => {
    if (a === null || typeof a !== 'object' || Array.isArray(a)) {
      c.add(UserErrorCode.INVALID, ['addresses', i], 'An address is an object');
      return;
    }
    checkKinds(c, ['addresses', i], a, ADDRESS_KINDS);
    checkAttributes(c, ['addresses', i, 'customAttributes'], a.customAttributes);
    if (Array.isArray(a.street) && a.street.some((line) => typeof line !== 'string')) {
      c.add(UserErrorCode.INVALID, ['addresses', i, 'street'], 'Street lines are text');
    }
    const region = a.region as Json | null | undefined;
    if (region && typeof region === 'object') checkKinds(c, ['addresses', i, 'region'], region, REGION_KINDS);
  });
  const groups = checkGroups(c, record);
  if (!c.ok) return { ok: false, errors: c.errors };
  if (typeof record.externalId !== 'string' || record.externalId.trim() === '')
    c.add(UserErrorCode.REQUIRED, ['externalId'], 'The source id is required');
  else if ([...record.externalId].length > MAX_TEXT) c.add(UserErrorCode.TOO_LONG, ['externalId'], `At most ${MAX_TEXT} characters`);
  addresses.forEach((a, i) => {
    if (typeof a.externalId !== 'string' || a.externalId === '')
      c.add(UserErrorCode.REQUIRED, ['addresses', i, 'externalId'], "The address's source id is required");
  });
  for (const flag of ['isDefaultBilling', 'isDefaultShipping']) {
    if (addresses.filter((a) => a[flag] === true).length > 1)
      c.add(UserErrorCode.INVALID, ['addresses', flag], 'At most one default address of each kind');
  }
  if (record.gender != null && !GENDERS.has(record.gender as string)) c.add(UserErrorCode.INVALID, ['gender'], 'Unknown gender');
  // createCustomer's own rules, on the same input shape.
  const input = { ...record, externalSource: source, password: null, id: null } as unknown as CreateCustomerInput;
  try {
    validateCreate(input, (inner) => checkAddressList(inner, input.addresses));
  } catch (err) {
    if (!(err instanceof UserInputFailure)) throw err;
    for (const e of err.errors) c.errors.push({ ...e, field: e.field[0] === 'input' ? e.field.slice(1) : e.field });
  }
  if (!c.ok) return { ok: false, errors: c.errors };
  return { ok: true, customer: toValid(index, source, record, addresses, groups) };
}

function toValid(index: number, source: string, record: CustomerRecord, addresses: Json[], groups: GroupRef[]): ValidCustomer {
  const text = (v: unknown) => (v === undefined ? null : (v as string | null));
  const columns: Record<string, unknown> = {
    externalSource: source,
    externalId: record.externalId,
    email: (record.email as string).trim(),
    websiteId: record.websiteId ?? 0,
    disableAutoGroupChange: record.disableAutoGroupChange ?? false,
    isSubscribed: record.isSubscribed ?? false,
    metadata: mergeMetadata({}, (record.metadata as Json | null) ?? {}),
    customAttributes: customAttributesForStorage((record.customAttributes as { attributeCode: string }[] | null) ?? []),
    extensionAttributes: record.extensionAttributes ?? {},
  };
  for (const f of COPIED_FIELDS) columns[f] = text(record[f]);
  columns.dateOfBirth = record.dateOfBirth == null ? null : (record.dateOfBirth as string).slice(0, 10);
  const createdAt = utc(record.createdAt);
  const updatedAt = utc(record.updatedAt) ?? createdAt;
  return {
    index,
    externalId: record.externalId as string,
    email: columns.email as string,
    columns,
    createdAt,
    updatedAt,
    deletedAt: utc(record.deletedAt),
    addresses: addresses.map((a) => ({
      externalId: a.externalId as string,
      columns: addressColumns(a),
      isDefaultBilling: a.isDefaultBilling === true,
      isDefaultShipping: a.isDefaultShipping === true,
      // Magento's addresses carry no timestamps: they take the customer's.
      createdAt: utc(a.createdAt) ?? createdAt,
      updatedAt: utc(a.updatedAt) ?? utc(a.createdAt) ?? updatedAt,
    })),
    groups,
    primaryGroup: record.primaryGroup ?? null,
    sourceHasAccount: record.hasAccount === true,
  };
}

/** A validated time in UTC (the columns hold UTC wall time), or null. */
const utc = (value: unknown): string | null => (value == null ? null : isoTime(value)!);

/** Date.toISOString()'s own shape: what the mappers produce from Magento's and Medusa's times. */
const CANONICAL_TIME = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * An ISO 8601 time as Date.toISOString() writes it (in UTC), or undefined
 * when it is not one. A time already in that shape and on a real calendar
 * day is returned as it is: Date's parse and print cost more than the rest
 * of a customer's validation. (Date itself accepts 2023-02-30 as March 2.)
 */
function isoTime(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = CANONICAL_TIME.exec(value);
  if (m) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    if (day <= DAYS_IN_MONTH[month - 1] + (leap ? 1 : 0)) return value;
  }
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value) || Number.isNaN(Date.parse(value))) return undefined;
  return new Date(value).toISOString();
}

function checkGroups(c: ErrorCollector, record: CustomerRecord): GroupRef[] {
  const groups = Array.isArray(record.groups) ? record.groups : [];
  const all = record.primaryGroup ? [record.primaryGroup, ...groups] : groups;
  for (const g of all) {
    if (!g || typeof g.externalId !== 'string' || g.externalId === '' || (g.name !== undefined && typeof g.name !== 'string')) {
      c.add(UserErrorCode.INVALID, ['groups'], 'A group needs its source id (and a name, if any, as text)');
      return [];
    }
  }
  return groups;
}

function checkAttributes(c: ErrorCollector, path: FieldPath, list: unknown): void {
  if (!Array.isArray(list)) return;
  list.forEach((a, i) => {
    if (a === null || typeof a !== 'object' || typeof (a as Json).attributeCode !== 'string') {
      c.add(UserErrorCode.INVALID, [...path, i], 'A custom attribute has an attribute_code and a value');
    }
  });
}

function checkKinds(c: ErrorCollector, path: FieldPath, value: Json, kinds: KindList): void {
  for (const [field, kind] of kinds) {
    const v = value[field];
    if (v === undefined || v === null) continue;
    const problem = kindProblem(kind, v);
    if (problem) c.add(UserErrorCode.INVALID, [...path, field], problem);
  }
}

function kindProblem(kind: Kind, v: unknown): string | undefined {
  switch (kind) {
    case 'string':
      return typeof v === 'string' ? undefined : 'Must be text';
    case 'int':
      return Number.isInteger(v) && Math.abs(v as number) <= 2 ** 31 - 1 ? undefined : 'Must be a whole number';
    case 'bool':
      return typeof v === 'boolean' ? undefined : 'Must be true or false';
    case 'object':
      return typeof v === 'object' && !Array.isArray(v) ? undefined : 'Must be an object';
    case 'array':
      return Array.isArray(v) ? undefined : 'Must be a list';
    case 'date': {
      const m = typeof v === 'string' ? /^(\d{4}-\d{2}-\d{2})( 00:00:00)?$/.exec(v) : null;
      const ok = m && new Date(`${m[1]}T00:00:00.000Z`).toISOString().startsWith(m[1]);
      return ok ? undefined : 'Must be a calendar date YYYY-MM-DD';
    }
    case 'time':
      return isoTime(v) === undefined ? 'Must be an ISO 8601 time' : undefined;
  }
}

/** Cheap first test for UNSTORABLE: a NUL or any surrogate (almost no text has one). */
const SUSPECT = /[\u0000\uD800-\uDFFF]/;
const unstorable = (text: string) => SUSPECT.test(text) && UNSTORABLE.test(text);

/**
 * Text Postgres cannot store, and JSON nested too deep, anywhere in the
 * record. One walk, the path kept on one stack and copied only for an error;
 * it descends at most MAX_JSON_DEPTH levels, so a value nested thousands deep
 * is refused without overflowing the stack. (A first pass through
 * JSON.stringify of the whole record cost more: the text, then two scans of it.)
 */
function checkStorable(c: ErrorCollector, record: Json): void {
  const path: (string | number)[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      if (unstorable(value)) c.add(UserErrorCode.INVALID, [...path], 'Must be text without NUL characters or unpaired surrogates');
      return;
    }
    if (value === null || typeof value !== 'object') return;
    if (path.length > MAX_JSON_DEPTH) {
      c.add(UserErrorCode.INVALID, [...path], `Nested at most ${MAX_JSON_DEPTH} deep`);
      return;
    }
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        walk(value[i]);
        path.pop();
      }
      return;
    }
    for (const key of Object.keys(value)) {
      if (unstorable(key)) c.add(UserErrorCode.INVALID, [...path], 'Keys must be text without NUL characters or unpaired surrogates');
      if (key === PROTO_KEY) c.add(UserErrorCode.INVALID, [...path, key], `Keys: ${PROTO_KEY_REASON}`);
      path.push(key);
      walk((value as Json)[key]);
      path.pop();
    }
  };
  walk(record);
}
