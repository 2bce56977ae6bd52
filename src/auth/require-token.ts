import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type DocumentNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import type { Context } from '../context';
import { unauthenticated } from './auth-checker';

/**
 * Refuses an operation whose root fields need a token, when the request has
 * no valid one, as soon as the operation is known: before the limits that
 * depend on variables, before graphql-jit compiles it, before any resolver.
 * The resolvers' @Authorized rules (scopes included) still decide for
 * requests that do carry a token; this only moves the "no token" answer
 * earlier, so that an anonymous client cannot make the server compile or run
 * anything. Which operations are open comes from the same metadata the
 * authChecker uses: a root field without @Authorized (login) is open.
 */
export function requireTokenPlugin(): ApolloServerPlugin<Context> {
  const storage = getMetadataStorage();
  const guarded = (handlers: { schemaName: string; roles?: unknown[] }[]) =>
    new Set(handlers.filter((handler) => handler.roles !== undefined).map((handler) => handler.schemaName));
  const needsToken = { query: guarded(storage.queries), mutation: guarded(storage.mutations), subscription: new Set<string>() };
  return {
    async requestDidStart({ contextValue }) {
      if (contextValue.principal) return undefined;
      return {
        async didResolveOperation({ document, operation }) {
          if (!operation) return;
          const guardedFields = needsToken[operation.operation];
          if (rootFieldNames(document, operation).some((name) => guardedFields.has(name))) throw unauthenticated();
        },
      };
    },
  };
}

/** Names of the root fields an operation selects, through fragments and inline fragments (each fragment looked at once). */
function rootFieldNames(document: DocumentNode, operation: OperationDefinitionNode): string[] {
  const names: string[] = [];
  const seen = new Set<string>();
  const pending: SelectionSetNode[] = [operation.selectionSet];
  for (let set = pending.pop(); set; set = pending.pop()) {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) names.push(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) pending.push(selection.selectionSet);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = document.definitions.find(
          (definition) => definition.kind === Kind.FRAGMENT_DEFINITION && definition.name.value === selection.name.value,
        );
        if (fragment?.kind === Kind.FRAGMENT_DEFINITION) pending.push(fragment.selectionSet);
      }
    }
  }
  return names;
}
