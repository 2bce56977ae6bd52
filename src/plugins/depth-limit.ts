import type { Fold } from './operation-fold';
import { foldOperation, limitExceeded, operationLimitPlugin } from './operation-fold';

/**
 * Deepest nesting of fields, the root field being 1. `__schema` and `__type`
 * are not counted: graphql-js's own MaxIntrospectionDepthRule bounds them,
 * and the standard introspection query alone is 15 deep.
 */
const DEPTH: Fold<number> = {
  field: (node, _definition, selections) => (node.name.value === '__schema' || node.name.value === '__type' ? 0 : 1 + selections),
  siblings: (values) => Math.max(0, ...values),
  empty: 0,
};

export function depthLimitPlugin(maxDepth: number) {
  return operationLimitPlugin(
    ({ schema, document, operation }) => {
      const depth = foldOperation(schema, document, operation, DEPTH);
      if (depth > maxDepth) throw limitExceeded('depth', maxDepth, depth, 'The query is nested too deeply');
    },
    { documentOnly: true },
  );
}
