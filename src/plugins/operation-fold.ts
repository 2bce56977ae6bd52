import type { ApolloServerPlugin, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  getNamedType,
  isInterfaceType,
  isObjectType,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { Context } from '../context';

/** How one limit sees an operation: a value per field, combined over siblings. */
export interface Fold<T> {
  /** A field, given its definition (when known) and the folded value of its selections (`empty` for a leaf). */
  field(node: FieldNode, definition: GraphQLField<unknown, unknown> | undefined, selections: T): T;
  /** The fields and fragments of one selection set. */
  siblings(values: T[]): T;
  empty: T;
}

/**
 * Folds an operation bottom-up with fragments expanded in place. Each named
 * fragment is folded once and reused (memoised), so a document that spreads
 * fragments into each other exponentially still costs linear time here.
 */
export function foldOperation<T>(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, fold: Fold<T>): T {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const folded = new Map<string, T>();
  const visit = (set: SelectionSetNode, parent: GraphQLNamedType | undefined): T => {
    const values: T[] = [];
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const definition = fieldDefinition(schema, parent, selection.name.value);
        const inner = selection.selectionSet ? visit(selection.selectionSet, definition && getNamedType(definition.type)) : fold.empty;
        values.push(fold.field(selection, definition, inner));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        values.push(visit(selection.selectionSet, selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent));
      } else {
        const name = selection.name.value;
        if (!folded.has(name)) {
          folded.set(name, fold.empty); // a cycle (refused by validation anyway) cannot recurse forever
          const fragment = fragments.get(name);
          if (fragment) folded.set(name, visit(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value)));
        }
        values.push(folded.get(name)!);
      }
    }
    return fold.siblings(values);
  };
  return visit(operation.selectionSet, schema.getRootType(operation.operation) ?? undefined);
}

function fieldDefinition(schema: GraphQLSchema, parent: GraphQLNamedType | undefined, name: string) {
  if (name === '__typename') return TypeNameMetaFieldDef;
  if (parent && parent === schema.getQueryType()) {
    if (name === '__schema') return SchemaMetaFieldDef;
    if (name === '__type') return TypeMetaFieldDef;
  }
  return isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
}

/** The one error of every query-shape limit: code QUERY_TOO_COMPLEX, HTTP 400, which limit and by how much. */
export function limitExceeded(limit: string, max: number, actual: number, message: string): GraphQLError {
  return new GraphQLError(`${message} (${actual}; at most ${max})`, {
    extensions: { code: 'QUERY_TOO_COMPLEX', limit, max, actual, http: { status: 400 } },
  });
}

export interface OperationToCheck {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables: Record<string, unknown>;
}

/** A plugin that checks each operation once it is known (after parsing and validation, before execution). */
export function operationLimitPlugin(check: (operation: OperationToCheck) => void): ApolloServerPlugin<Context> {
  const listener = {
    async didResolveOperation({ schema, document, operation, request }: GraphQLRequestContextDidResolveOperation<Context>) {
      // No operation (unknown operationName): Apollo refuses the request itself.
      if (operation) check({ schema, document, operation, variables: request.variables ?? {} });
    },
  };
  return {
    async requestDidStart() {
      return listener;
    },
  };
}
