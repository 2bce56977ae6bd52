import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { PROTO_KEY, PROTO_KEY_REASON } from './input-guard';
import { DateTimeResolver, JSONObjectResolver, JSONResolver } from 'graphql-scalars';

export const DateTimeScalar = DateTimeResolver;
export const JSONObjectScalar = withCheckedLiterals(JSONObjectResolver);
export const JSONScalar = withCheckedLiterals(JSONResolver);

/**
 * A JSON scalar whose literals are refused (as a validation error) where they
 * would lose data: graphql-jit compiles literal arguments before variables
 * exist, so `{ a: 1, b: $v }` stored `{ a: 1 }`, and its generated code turns a
 * `__proto__` key into a prototype, so the key vanished. A whole value passed
 * as a variable is unaffected (input-guard.ts refuses "__proto__" there).
 */
function withCheckedLiterals(scalar: GraphQLScalarType): GraphQLScalarType {
  const config = scalar.toConfig();
  return new GraphQLScalarType({
    ...config,
    parseLiteral(ast, variables) {
      for (const pending: ValueNode[] = [ast]; pending.length > 0;) {
        const node = pending.pop()!;
        if (node.kind === Kind.VARIABLE) {
          throw new GraphQLError(
            `A ${scalar.name} literal cannot hold a variable ($${node.name.value}): pass the whole value as a variable`,
          );
        }
        if (node.kind === Kind.LIST) pending.push(...node.values);
        if (node.kind === Kind.OBJECT) {
          for (const field of node.fields) {
            if (field.name.value === PROTO_KEY) throw new GraphQLError(`${scalar.name} keys: ${PROTO_KEY_REASON}`);
            pending.push(field.value);
          }
        }
      }
      return scalar.parseLiteral(ast, variables);
    },
  });
}

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date without time or zone, as `YYYY-MM-DD`; checked for real dates. */
function parseLocalDate(value: unknown): Date {
  if (typeof value !== 'string' || !LOCAL_DATE.test(value)) {
    throw new GraphQLError('LocalDate must be a string YYYY-MM-DD');
  }
  const date = new Date(`${value}T00:00:00.000Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new GraphQLError(`LocalDate "${value}" is not a calendar date`);
  }
  return date;
}

export const LocalDateScalar = new GraphQLScalarType<Date, string>({
  name: 'LocalDate',
  description: 'A calendar date without time or time zone, ISO 8601 `YYYY-MM-DD` (e.g. a date of birth).',
  serialize(value) {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if (typeof value === 'string') return parseLocalDate(value.slice(0, 10)).toISOString().slice(0, 10);
    throw new GraphQLError('LocalDate cannot represent this value');
  },
  parseValue: parseLocalDate,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('LocalDate must be a string YYYY-MM-DD');
    return parseLocalDate(ast.value);
  },
});
