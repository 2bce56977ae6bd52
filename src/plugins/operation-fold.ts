import type { ApolloServerPlugin, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isLeafType,
  isListType,
  isObjectType,
  type DocumentNode,
  type FieldNode,
  type GraphQLArgument,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { Context } from '../context';

/** What the limits need to know of a schema field, worked out once per field (type checks are slow outside production). */
export interface FieldInfo {
  definition: GraphQLField<unknown, unknown>;
  type: GraphQLNamedType;
  leaf: boolean;
  list: boolean;
  /** `limit`, `first`, `last`: arguments that say how many items come back. */
  pageSizeArguments: GraphQLArgument[];
}

const PAGE_SIZE_ARGUMENTS = new Set(['limit', 'first', 'last']);

/** How one limit sees an operation: a value per field, combined over siblings. */
export interface Fold<T> {
  /** A field, given its schema field (when known) and the folded value of its selections (`empty` for a leaf). */
  field(node: FieldNode, info: FieldInfo | undefined, selections: T): T;
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
        const info = fieldInfo(schema, parent, selection.name.value);
        const inner = selection.selectionSet ? visit(selection.selectionSet, info?.type) : fold.empty;
        values.push(fold.field(selection, info, inner));
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

const infos = new WeakMap<GraphQLField<unknown, unknown>, FieldInfo>();

function fieldInfo(schema: GraphQLSchema, parent: GraphQLNamedType | undefined, name: string): FieldInfo | undefined {
  const definition = fieldDefinition(schema, parent, name);
  if (!definition) return undefined;
  let info = infos.get(definition);
  if (!info) {
    const type = getNamedType(definition.type);
    info = {
      definition,
      type,
      leaf: isLeafType(type),
      list: isListType(getNullableType(definition.type)),
      pageSizeArguments: definition.args.filter((argument) => PAGE_SIZE_ARGUMENTS.has(argument.name)),
    };
    infos.set(definition, info);
  }
  return info;
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

/**
 * A plugin that checks each operation once it is known (after parsing and
 * validation, before execution). With `documentOnly` the check depends on the
 * document alone, so an operation that passed once (Apollo reuses parsed
 * documents) is not walked again.
 */
export function operationLimitPlugin(
  check: (operation: OperationToCheck) => void,
  options: { documentOnly?: boolean } = {},
): ApolloServerPlugin<Context> {
  const passed = new WeakSet<OperationDefinitionNode>();
  const listener = {
    async didResolveOperation({ schema, document, operation, request }: GraphQLRequestContextDidResolveOperation<Context>) {
      // No operation (unknown operationName): Apollo refuses the request itself.
      if (!operation || passed.has(operation)) return;
      check({ schema, document, operation, variables: request.variables ?? {} });
      if (options.documentOnly) passed.add(operation);
    },
  };
  return {
    async requestDidStart() {
      return listener;
    },
  };
}
