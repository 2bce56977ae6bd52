import type { Fold } from './operation-fold';
import { foldOperation, limitExceeded, operationLimitPlugin } from './operation-fold';

/**
 * Aliased fields in the operation, fragments counted each time they are
 * spread: aliases are how one request asks for the same expensive field
 * many times (or tries many passwords through `login`).
 */
const ALIASES: Fold<number> = {
  field: (node, _definition, selections) => (node.alias ? 1 : 0) + selections,
  siblings: (values) => values.reduce((sum, value) => sum + value, 0),
  empty: 0,
};

export function aliasLimitPlugin(maxAliases: number) {
  return operationLimitPlugin(
    ({ schema, document, operation }) => {
      const aliases = foldOperation(schema, document, operation, ALIASES);
      if (aliases > maxAliases) throw limitExceeded('aliases', maxAliases, aliases, 'The query uses too many aliases');
    },
    { documentOnly: true },
  );
}
