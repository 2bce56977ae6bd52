import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';

/**
 * The schema as checked-in SDL: types and fields sorted by name, so the file
 * does not change when resolver classes are registered in another order.
 */
export function schemaSdl(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
