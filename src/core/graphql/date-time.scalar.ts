import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/**
 * ISO-8601 instant. Timestamps are stored as ISO text in SQLite, so serialising accepts the
 * stored string (validated) as well as a Date; clients format them in JST.
 */
const ISO_UTC = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description: 'ISO-8601 date-time in UTC, e.g. 2026-04-01T00:30:00.000Z',
  serialize(value: unknown): string {
    if (value instanceof Date) return value.toISOString();
    // Fast path: what we store is already canonical ISO-8601 UTC.
    if (typeof value === 'string' && ISO_UTC.test(value)) return value;
    if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) return new Date(value).toISOString();
    throw new GraphQLError('DateTime cannot represent an invalid date');
  },
  parseValue(value: unknown): Date {
    if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) {
      throw new GraphQLError('日時は ISO-8601 形式で指定してください。', { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return new Date(value);
  },
  parseLiteral(ast): Date {
    if (ast.kind !== Kind.STRING || Number.isNaN(Date.parse(ast.value))) {
      throw new GraphQLError('日時は ISO-8601 形式で指定してください。', { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return new Date(ast.value);
  },
});
