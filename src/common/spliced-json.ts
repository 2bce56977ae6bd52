import { randomBytes } from 'node:crypto';
import type { GraphQLResolveInfo, GraphQLSchema } from 'graphql';
import { isObjectType } from 'graphql';

/**
 * JSON text written elsewhere (by Postgres: customers/customer-json.ts) put
 * into the response unparsed. A list field whose parent carries such text
 * answers [] during execution and notes where; after execution
 * (applySplices) that [] becomes a SplicedJson, and stringifyResult writes
 * its text where JSON.stringify would have written the list.
 */

/** On a parent object: the JSON text of one of its list fields. */
const SPLICED = Symbol('spliced');

/** Marks `parent` so that its spliced list field answers with `text` (a JSON array). */
export function withSplicedList<T extends object>(parent: T, text: string): T {
  (parent as Record<symbol, unknown>)[SPLICED] = text;
  return parent;
}

type Path = GraphQLResolveInfo['path'];
/** Per request (the context object): lists answered [] and the text each stands for. */
const pending = new WeakMap<object, { path: Path; text: string }[]>();

/** The list fields (by type) that a parent's spliced text may answer. Run after anything that replaces resolvers. */
export function spliceLists(schema: GraphQLSchema, fields: Record<string, string[]>): GraphQLSchema {
  for (const [typeName, names] of Object.entries(fields)) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) throw new Error(`spliceLists: no object type ${typeName}`);
    for (const name of names) {
      const field = type.getFields()[name];
      if (!field || field.args.length > 0) throw new Error(`spliceLists: ${typeName}.${name} needs to exist, without arguments`);
      const resolve = field.resolve;
      field.resolve = (source, args, context, info) => {
        const text = (source as Record<symbol, unknown> | null)?.[SPLICED];
        if (typeof text === 'string' && typeof context === 'object' && context !== null) {
          const request = context as object;
          let list = pending.get(request);
          if (!list) pending.set(request, (list = []));
          list.push({ path: info.path, text });
          return [];
        }
        return resolve ? resolve(source, args, context, info) : (source as Record<string, unknown>)[name];
      };
    }
  }
  return schema;
}

/** Forgets what an execution of this request noted (before executing again). */
export function clearSplices(context: unknown): void {
  if (typeof context === 'object' && context !== null) pending.delete(context);
}

/** Puts each noted text in place of the [] its field answered in `data` (skipped where an error nulled a parent). */
export function applySplices(context: unknown, data: unknown): void {
  if (typeof context !== 'object' || context === null) return;
  const list = pending.get(context);
  if (!list) return;
  pending.delete(context);
  for (const { path, text } of list) {
    const keys: (string | number)[] = [];
    for (let p: Path | undefined = path; p; p = p.prev) keys.unshift(p.key);
    let parent = data as Record<string | number, unknown> | null | undefined;
    for (const key of keys.slice(0, -1)) parent = parent?.[key] as typeof parent;
    const key = keys[keys.length - 1];
    const value = parent?.[key];
    if (parent && Array.isArray(value) && value.length === 0) parent[key] = new SplicedJson(text);
  }
}

/** Replaced by the texts after JSON.stringify: a NUL (written `\u0000`) and a per-process secret no data can guess. */
const MARKER = `\u0000${randomBytes(16).toString('hex')}:`;
const MARKER_JSON = JSON.stringify(MARKER).slice(1, -1);
const MARKER_PATTERN = new RegExp(`"${MARKER_JSON.replace(/\\/g, '\\\\')}(\\d+)"`, 'g');
/** The texts met by the JSON.stringify under way in stringifyWithSplices (synchronous, so one at a time). */
let collecting: string[] | undefined;

export class SplicedJson {
  constructor(readonly text: string) {}

  toJSON(): unknown {
    // Outside stringifyWithSplices (a log, a test's executeOperation): the value itself.
    if (!collecting) return JSON.parse(this.text);
    collecting.push(this.text);
    return `${MARKER}${collecting.length - 1}`;
  }
}

/** JSON.stringify, with SplicedJson values written as their texts. */
export function stringifyWithSplices(value: unknown): string {
  const texts: string[] = [];
  collecting = texts;
  let json: string;
  try {
    json = JSON.stringify(value);
  } finally {
    collecting = undefined;
  }
  return texts.length === 0 ? json : json.replace(MARKER_PATTERN, (_, i: string) => texts[Number(i)]);
}
