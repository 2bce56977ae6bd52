import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { DateTimeResolver, JSONObjectResolver, JSONResolver } from 'graphql-scalars';

export const DateTimeScalar = DateTimeResolver;
export const JSONObjectScalar = JSONObjectResolver;
export const JSONScalar = JSONResolver;

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
