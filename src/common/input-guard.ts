import {
  GraphQLError,
  defaultFieldResolver,
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { userError, UserErrorCode, type FieldPath, type UserError } from './user-error';
import { MAX_METADATA_BYTES } from './validation';

/** JSON values (metadata, extensionAttributes, custom attribute values) nest at most this deep. */
export const MAX_JSON_DEPTH = 32;
/** Serialized size of one JSON value (UTF-8). */
export const MAX_JSON_BYTES = MAX_METADATA_BYTES;

/** A NUL (Postgres text cannot hold it) or a UTF-16 surrogate without its pair (not Unicode; Postgres json refuses it). */
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a string cannot be stored, or undefined when it can. */
export function unstorableText(value: string): string | undefined {
  const match = UNSTORABLE.exec(value);
  if (!match) return undefined;
  return match[0] === '\u0000'
    ? 'Must not contain NUL characters (\\u0000)'
    : 'Must be valid Unicode text (it holds an unpaired surrogate)';
}

/**
 * Every string a client sends, checked once, at the edge, for every field
 * that takes arguments (whatever operations exist): NUL characters and
 * unpaired surrogates, which Postgres cannot store, and JSON values too deep
 * or too big, walked without recursion (a JSON value 10,000 levels deep must
 * not overflow the stack). The check runs before the resolver, so before any
 * SQL. A mutation whose payload has `errors: [UserError]` answers them there
 * (code INVALID or TOO_LONG with the path into the arguments); any other field
 * fails with BAD_USER_INPUT naming the argument path.
 */
export function guardInputs(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.args.length > 0) guardField(field);
    }
  }
  return schema;
}

function guardField(field: GraphQLField<unknown, unknown>): void {
  const resolve = field.resolve ?? defaultFieldResolver;
  const payload = refusedPayload(field);
  field.resolve = (source, args, context, info) => {
    const problems = inputProblems(field.args, args as Record<string, unknown>);
    if (problems.length === 0) return resolve(source, args, context, info);
    if (payload) return { ...payload(), errors: problems };
    const [first] = problems;
    throw new GraphQLError(`${first.field.join('.')}: ${first.message}`, {
      extensions: { code: 'BAD_USER_INPUT', argument: first.field[0], field: first.field },
    });
  };
}

/**
 * A payload type (createCustomer's CustomerPayload, …) reports refusals in its
 * `errors: [UserError!]!`; its other fields are then null, or empty for a
 * non-null list (RedeliverPayload.deliveries), so the answer stays valid.
 * Undefined for a field whose type is no such payload.
 */
function refusedPayload(field: GraphQLField<unknown, unknown>): (() => Record<string, unknown>) | undefined {
  const type = getNullableType(field.type);
  if (!isObjectType(type)) return undefined;
  const { errors, ...others } = type.getFields();
  if (errors === undefined || getNamedType(errors.type).name !== 'UserError') return undefined;
  const required = Object.values(others).filter((other) => isNonNullType(other.type));
  const unanswerable = required.find((other) => !isListType(getNullableType(other.type)));
  // Checked when the schema is built: a refusal could not fill such a field.
  if (unanswerable) throw new Error(`${type.name}.${unanswerable.name}: a payload's fields besides errors must be nullable or lists`);
  const emptyLists = required.map((other) => other.name);
  return () => Object.fromEntries(emptyLists.map((name) => [name, []]));
}

interface Pending {
  value: unknown;
  type: GraphQLInputType;
  path: FieldPath;
}

/** The problems of one field's (coerced) arguments, in argument order. */
export function inputProblems(definitions: readonly GraphQLArgument[], args: Record<string, unknown>): UserError[] {
  const problems: UserError[] = [];
  const pending: Pending[] = [];
  for (let i = definitions.length - 1; i >= 0; i -= 1) {
    const { name, type } = definitions[i];
    if (args[name] != null) pending.push({ value: args[name], type, path: [name] });
  }
  for (let item = pending.pop(); item; item = pending.pop()) {
    const { value, path } = item;
    if (value == null) continue;
    const type = isNonNullType(item.type) ? item.type.ofType : item.type;
    if (isListType(type)) {
      if (Array.isArray(value))
        for (let i = value.length - 1; i >= 0; i -= 1) pending.push({ value: value[i], type: type.ofType, path: [...path, i] });
    } else if (isInputObjectType(type)) {
      const fields = Object.values(type.getFields());
      for (let i = fields.length - 1; i >= 0; i -= 1) {
        const field = fields[i];
        const fieldValue = (value as Record<string, unknown>)[field.name];
        if (fieldValue != null) pending.push({ value: fieldValue, type: field.type, path: [...path, field.name] });
      }
    } else if (isScalarType(type) && (type.name === 'JSON' || type.name === 'JSONObject')) {
      jsonProblems(value, path, problems);
    } else if (typeof value === 'string') {
      const reason = unstorableText(value);
      if (reason) problems.push(userError(UserErrorCode.INVALID, path, reason));
    }
  }
  return problems;
}

/**
 * A JSON key JavaScript cannot keep: assigning it sets an object's prototype,
 * so libraries on the write path (Prisma's JSON serialiser among them) drop it
 * without a word. Refused rather than lost.
 */
export const PROTO_KEY = '__proto__';
export const PROTO_KEY_REASON = 'Must not be "__proto__" (JavaScript cannot keep that key)';

/** Depth, text and size of one JSON value, iteratively; at most one problem per value. */
function jsonProblems(root: unknown, rootPath: FieldPath, problems: UserError[]): void {
  const pending: { value: unknown; path: FieldPath; depth: number }[] = [{ value: root, path: rootPath, depth: 0 }];
  for (let item = pending.pop(); item; item = pending.pop()) {
    const { value, path, depth } = item;
    if (typeof value === 'string') {
      const reason = unstorableText(value);
      if (reason) return void problems.push(userError(UserErrorCode.INVALID, path, reason));
    } else if (typeof value === 'object' && value !== null) {
      if (depth >= MAX_JSON_DEPTH) {
        return void problems.push(userError(UserErrorCode.INVALID, rootPath, `JSON may nest at most ${MAX_JSON_DEPTH} levels deep`));
      }
      const entries = Array.isArray(value) ? value.entries() : Object.entries(value);
      for (const [key, child] of entries) {
        if (typeof key === 'string') {
          const reason = key === PROTO_KEY ? PROTO_KEY_REASON : unstorableText(key);
          if (reason)
            return void problems.push(userError(UserErrorCode.INVALID, [...path, key.replace(UNSTORABLE, '?')], `Keys: ${reason}`));
        }
        pending.push({ value: child, path: [...path, key], depth: depth + 1 });
      }
    }
  }
  // Nested at most MAX_JSON_DEPTH levels, so JSON.stringify cannot overflow the stack.
  if (Buffer.byteLength(JSON.stringify(root)) > MAX_JSON_BYTES) {
    problems.push(userError(UserErrorCode.TOO_LONG, rootPath, `At most ${MAX_JSON_BYTES} bytes of JSON`));
  }
}
