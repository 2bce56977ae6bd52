import { getNamedType, getNullableType, getVariableValues, isLeafType, isListType, valueFromAST, type DocumentNode, type FieldNode, type GraphQLField, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { DEFAULT_PAGE_SIZE } from '../common/pagination';
import type { Fold } from './operation-fold';
import { foldOperation, limitExceeded, operationLimitPlugin } from './operation-fold';

/** Arguments that say how many items a list field returns. */
const PAGE_SIZE_ARGUMENTS = new Set(['limit', 'first', 'last']);

/**
 * Estimated objects a request returns, so that cost grows with the page size
 * asked for. A field returning an object costs 1, a leaf 0. Under a field
 * taking `limit`/`first`/`last` the objects count that many times (the
 * argument's default when not given, 50 when it has none): a paged list
 * (`adminUsers`) costs size × (1 + selections), a page object (`customers`
 * with `items`) 1 + size × selections. A field's `complexity` (type-graphql's
 * @Field/@Query option) replaces its own cost of 1, e.g. for a field resolver
 * that runs a query of its own.
 */
function costFold(variables: Record<string, unknown>): Fold<number> {
  return {
    field(node, definition, selections) {
      if (!definition) return 0;
      const complexity = definition.extensions?.complexity;
      const own = typeof complexity === 'number' ? complexity : isLeafType(getNamedType(definition.type)) ? 0 : 1;
      const size = pageSize(node, definition, variables);
      // A paged list (adminUsers) returns `size` objects; a paged wrapper (customers → items) one.
      return isListType(getNullableType(definition.type)) ? size * (own + selections) : own + size * selections;
    },
    siblings: (values) => values.reduce((sum, value) => sum + value, 0),
    empty: 0,
  };
}

function pageSize(node: FieldNode, definition: GraphQLField<unknown, unknown>, variables: Record<string, unknown>): number {
  let paged = false;
  const sizes: number[] = [];
  for (const argument of definition.args) {
    if (!PAGE_SIZE_ARGUMENTS.has(argument.name)) continue;
    paged = true;
    const given = node.arguments?.find((a) => a.name.value === argument.name);
    const value = given ? valueFromAST(given.value, argument.type, variables) : argument.defaultValue;
    if (typeof value === 'number') sizes.push(Math.max(0, value));
  }
  if (sizes.length > 0) return Math.max(...sizes);
  return paged ? DEFAULT_PAGE_SIZE : 1;
}

/** The cost of one operation with these (raw) variables. */
export function queryCost(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): number {
  // Coerced with the operation's defaults; when they do not coerce, execution refuses them anyway.
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  return foldOperation(schema, document, operation, costFold(coerced.coerced ?? {}));
}

export function costLimitPlugin(maxCost: number) {
  return operationLimitPlugin(({ schema, document, operation, variables }) => {
    const cost = queryCost(schema, document, operation, variables);
    if (cost > maxCost) throw limitExceeded('cost', maxCost, cost, 'The query asks for too much at once; request smaller pages or fewer fields');
  });
}
