import {
  Kind,
  getVariableValues,
  valueFromAST,
  type DocumentNode,
  type FieldNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE } from '../common/pagination';
import type { FieldInfo, Fold } from './operation-fold';
import { foldOperation, limitExceeded, operationLimitPlugin } from './operation-fold';

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
function costFold(variables: () => Record<string, unknown>, pageSizeVariables: Set<string>): Fold<number> {
  return {
    field(node, info, selections) {
      if (!info) return 0;
      const complexity = info.definition.extensions?.complexity;
      const own = typeof complexity === 'number' ? complexity : info.leaf ? 0 : 1;
      const size = pageSize(node, info, variables, pageSizeVariables);
      // A paged list (adminUsers) returns `size` objects; a paged wrapper (customers → items) one.
      return info.list ? size * (own + selections) : own + size * selections;
    },
    siblings: (values) => values.reduce((sum, value) => sum + value, 0),
    empty: 0,
  };
}

function pageSize(node: FieldNode, info: FieldInfo, variables: () => Record<string, unknown>, pageSizeVariables: Set<string>): number {
  if (info.pageSizeArguments.length === 0) return 1;
  let size: number | undefined;
  for (const argument of info.pageSizeArguments) {
    const given = node.arguments?.find((a) => a.name.value === argument.name);
    if (given?.value.kind === Kind.VARIABLE) pageSizeVariables.add(given.value.name.value);
    const value = !given
      ? argument.defaultValue
      : valueFromAST(given.value, argument.type, given.value.kind === Kind.VARIABLE ? variables() : {});
    if (typeof value === 'number') size = Math.max(size ?? 0, value, 0);
  }
  return size ?? DEFAULT_PAGE_SIZE;
}

/**
 * An operation's cost depends on the document and on the values of the
 * variables its page sizes take, nothing else (Apollo reuses parsed
 * documents): worked out once per operation and such values.
 */
interface KnownCosts {
  /** The variables page sizes take; none when all are literals or defaults. */
  variables: string[];
  costs: Map<string, number>;
}
const knownCosts = new WeakMap<OperationDefinitionNode, KnownCosts>();
/** Distinct page-size values remembered per operation (a client could send every number). */
const MAX_COSTS_PER_OPERATION = 64;

/** The raw values of those variables; an absent one (its default applies) differs from null. */
const costKey = (names: string[], variables: Record<string, unknown>) =>
  names.map((name) => (Object.hasOwn(variables, name) ? JSON.stringify(variables[name]) : '-')).join(',');

/** The cost of one operation with these (raw) variables. */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): number {
  const known = knownCosts.get(operation);
  const cached = known?.costs.get(costKey(known.variables, variables));
  if (cached !== undefined) return cached;
  // Coerced with the operation's defaults, only when a page size is a variable; values
  // that do not coerce are refused by execution anyway.
  let coerced: Record<string, unknown> | undefined;
  const coercedVariables = () => (coerced ??= getVariableValues(schema, operation.variableDefinitions ?? [], variables).coerced ?? {});
  const pageSizeVariables = new Set<string>();
  const cost = foldOperation(schema, document, operation, costFold(coercedVariables, pageSizeVariables));
  const entry = known ?? { variables: [...pageSizeVariables], costs: new Map<string, number>() };
  if (entry.costs.size >= MAX_COSTS_PER_OPERATION) entry.costs.clear();
  entry.costs.set(costKey(entry.variables, variables), cost);
  knownCosts.set(operation, entry);
  return cost;
}

export function costLimitPlugin(maxCost: number) {
  return operationLimitPlugin(({ schema, document, operation, variables }) => {
    const cost = queryCost(schema, document, operation, variables);
    if (cost > maxCost)
      throw limitExceeded('cost', maxCost, cost, 'The query asks for too much at once; request smaller pages or fewer fields');
  });
}
