import { GraphQLError, type ValidationRule } from 'graphql';
import type { Fold } from './operation-fold';
import { foldOperation } from './operation-fold';

/** Fields an operation expands to, each fragment spread counted as the fields it brings in. */
const SELECTIONS: Fold<number> = {
  field: (_node, _info, selections) => 1 + selections,
  siblings: (values) => values.reduce((sum, value) => sum + value, 0),
  empty: 0,
};

/**
 * The bound on the work of a document, checked in validation, before any
 * other limit, before the token is looked at and before anything is compiled
 * or executed: a few hundred bytes of fragments that spread each other twice
 * expand to 2^30 fields, and every later step (graphql-jit's compiler,
 * graphql-js's field collection) works on the expanded document. The count
 * folds each fragment once (memoised), so it is linear in the document's
 * size however far the document expands. Apollo keeps validated documents,
 * so a document that passed is not counted again.
 */
export function selectionLimitRule(maxSelections: number): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const selections = foldOperation(context.getSchema(), context.getDocument(), operation, SELECTIONS);
      if (selections > maxSelections) {
        const actual = Number.isFinite(selections) && selections < Number.MAX_SAFE_INTEGER ? selections : Number.MAX_SAFE_INTEGER;
        context.reportError(
          new GraphQLError(
            `The query expands to too many fields (${actual}, fragments expanded; at most ${maxSelections}): spread fewer fragments or select fewer fields`,
            { nodes: operation, extensions: { limit: 'selections', max: maxSelections, actual } },
          ),
        );
      }
      return false;
    },
    FragmentDefinition: () => false,
  });
}
