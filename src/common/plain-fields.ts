import { isObjectType, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

/**
 * type-graphql gives every field a resolver, even a plain property: it
 * builds a `{ root, args, context, info }` object, runs the (empty)
 * middleware chain and returns `root[name]`. graphql-jit reads a field
 * without a resolver inline, and must otherwise call it through its generic
 * path (a resolve-info object per call): on a page of 50 customers with
 * their addresses, ~4,000 calls. So fields that type-graphql would only read
 * lose that resolver: declared on the class itself, no field resolver, no
 * `@Authorized` and no middleware of their own, and the same name in the
 * schema as on the class. Everything else keeps type-graphql's resolver.
 * Run before anything that wraps resolvers.
 */
export function readPlainFields(schema: GraphQLSchema): GraphQLSchema {
  const storage = getMetadataStorage();
  // A @UseMiddleware anywhere: leave every resolver be rather than work out where it applies.
  if (storage.middlewares.length > 0) return schema;
  for (const objectType of storage.objectTypes) {
    const type = schema.getType(objectType.name);
    if (!isObjectType(type)) continue;
    for (const field of objectType.fields ?? []) {
      if (field.target !== objectType.target || field.name !== field.schemaName) continue;
      if (field.roles !== undefined || (field.middlewares?.length ?? 0) > 0 || field.params?.length) continue;
      if (storage.fieldResolvers.some((r) => r.getObjectType?.() === field.target && r.methodName === field.name)) continue;
      const schemaField = type.getFields()[field.schemaName];
      if (schemaField && schemaField.args.length === 0) schemaField.resolve = undefined;
    }
  }
  return schema;
}
