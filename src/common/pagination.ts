import { GraphQLError } from 'graphql';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { unstorableText } from './input-guard';

export const DEFAULT_PAGE_SIZE = 50;
/** Above this a list request is refused (not clamped): the caller asked for something else. */
export const MAX_PAGE_SIZE = 500;
/** Input lists of ids (filters, group membership changes) are capped too. */
export const MAX_INPUT_IDS = 500;

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection' });

/** A query argument the caller must change: GraphQL error BAD_USER_INPUT naming the argument. */
export function badArgument(argument: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argument } });
}

export function checkPageSize(argument: string, value: number | null | undefined): number {
  const size = value ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 0) throw badArgument(argument, `${argument} must be 0 or more`);
  if (size > MAX_PAGE_SIZE) throw badArgument(argument, `${argument} must be at most ${MAX_PAGE_SIZE}; page through larger sets`);
  return size;
}

export function checkOffset(value: number | null | undefined): number {
  const offset = value ?? 0;
  if (!Number.isInteger(offset) || offset < 0) throw badArgument('offset', 'offset must be 0 or more');
  return offset;
}

export function checkIdList(argument: string, ids: readonly string[] | null | undefined): void {
  if (ids && ids.length > MAX_INPUT_IDS) throw badArgument(argument, `${argument} takes at most ${MAX_INPUT_IDS} ids`);
}

@ObjectType({ description: 'Relay page information.' })
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field()
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

/** Opaque cursor: the row's sort key values and id, tagged with the sort it belongs to. */
export function encodeCursor(sortTag: string, values: unknown[]): string {
  return Buffer.from(JSON.stringify([sortTag, ...values])).toString('base64url');
}

export function decodeCursor(argument: string, sortTag: string, cursor: string): unknown[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badArgument(argument, `${argument} is not a cursor from this API`);
  }
  if (!Array.isArray(parsed) || parsed[0] !== sortTag) {
    throw badArgument(argument, `${argument} does not belong to this sort order; start again without a cursor`);
  }
  // The client can build a cursor: what it decodes to is checked like any text sent.
  if (parsed.some((value) => typeof value === 'string' && unstorableText(value))) {
    throw badArgument(argument, `${argument} is not a cursor from this API`);
  }
  return parsed.slice(1);
}

/**
 * Paging through an append-only log newest first (history entries, webhook
 * deliveries). The cursor is the entry's sequence number tagged with the log
 * it belongs to, so entries appended meanwhile never shift a page.
 */
export class SequencePager {
  constructor(
    private readonly tag: string,
    private readonly listName: string,
  ) {}

  /** The page size and the sequence number to read below, from `first` and `after`. */
  window(first: number | null | undefined, after: string | null | undefined): { limit: number; before?: bigint } {
    const limit = checkPageSize('first', first);
    if (!after) return { limit };
    const text = Buffer.from(after, 'base64url').toString('utf8');
    if (!new RegExp(`^${this.tag}:\\d{1,19}$`).test(text)) throw badArgument('after', `after is not a cursor of ${this.listName}`);
    return { limit, before: BigInt(text.slice(this.tag.length + 1)) };
  }

  /** The connection from up to `limit + 1` rows read newest first below `before`. */
  page<Row, Node>(
    rows: Row[],
    window: { limit: number; before?: bigint },
    sequenceOf: (row: Row) => bigint,
    toNode: (row: Row) => Node,
  ): { edges: { node: Node; cursor: string }[]; pageInfo: PageInfo } {
    const edges = rows.slice(0, window.limit).map((row) => ({
      node: toNode(row),
      cursor: Buffer.from(`${this.tag}:${sequenceOf(row)}`).toString('base64url'),
    }));
    return {
      edges,
      pageInfo: {
        hasNextPage: rows.length > window.limit,
        hasPreviousPage: window.before !== undefined,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges[edges.length - 1]?.cursor ?? null,
      },
    };
  }
}
