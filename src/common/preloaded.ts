import { isObjectType, type GraphQLSchema } from 'graphql';

/** Where a row keeps relations its own statement brought along: a symbol, so GraphQL and JSON never see it. */
const PRELOADED = Symbol('preloaded');

/** Keeps relations fetched with a row on the row, for answerPreloaded's fields. */
export function preload(row: object, relations: Record<string, unknown>): void {
  (row as Record<symbol, unknown>)[PRELOADED] = relations;
}

/**
 * Object fields that a page may bring along in its own statement answer
 * from the row, synchronously, when it carries them: no type-graphql
 * resolver wrapper and no DataLoader promise per row and field (on a page of
 * 50 customers, 100 of each). A row without them (a single customer, a
 * mutation's payload) goes to the field's own resolver as before. Only for
 * fields with no arguments and no auth rule of their own: both would be
 * skipped.
 */
export function answerPreloaded(schema: GraphQLSchema, fields: Record<string, string[]>): GraphQLSchema {
  for (const [typeName, names] of Object.entries(fields)) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) throw new Error(`answerPreloaded: no object type ${typeName}`);
    for (const name of names) {
      const field = type.getFields()[name];
      const resolve = field?.resolve;
      if (!resolve || field.args.length > 0) throw new Error(`answerPreloaded: ${typeName}.${name} needs a resolver and no arguments`);
      field.resolve = (source, args, context, info) => {
        const value = (source as Record<symbol, Record<string, unknown> | undefined>)?.[PRELOADED]?.[name];
        return value !== undefined ? value : resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
