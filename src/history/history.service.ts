import type { RequestContext } from '../request-context';
import type { PrismaClient } from '../generated/prisma/client';
import { badArgument, checkPageSize } from '../common/pagination';
import type { CustomerHistoryConnection, CustomerHistoryEntry, FieldChangeType } from './history.types';
import type { ActorKind, HistoryOperation } from './history.types';

/** Reads the customer history that write paths record (change-recorder.ts). */
export class HistoryService {
  constructor(private readonly prisma: PrismaClient) {}

  /**
   * A customer's entries, newest first (the order they were committed in for
   * one customer: writes to a customer hold its row lock). A deleted
   * customer's history is still there; an unknown id has none.
   */
  async list(_ctx: RequestContext, customerId: string, first?: number | null, after?: string | null): Promise<CustomerHistoryConnection> {
    const limit = checkPageSize('first', first);
    const before = after ? decodeHistoryCursor(after) : undefined;
    const rows =
      limit === 0
        ? []
        : await this.prisma.customerHistory.findMany({
            where: { customerId, ...(before !== undefined ? { id: { lt: before } } : {}) },
            orderBy: { id: 'desc' },
            take: limit + 1,
          });
    const page = rows.slice(0, limit);
    const edges = page.map((row) => {
      const node: CustomerHistoryEntry = {
        id: row.id.toString(),
        at: row.at,
        operation: row.operation as HistoryOperation,
        subjectId: row.subjectId,
        actor: { kind: row.actorKind as ActorKind, id: row.actorId, name: row.actorName },
        changes: row.changes as unknown as FieldChangeType[],
      };
      return { node, cursor: Buffer.from(`h:${row.id}`).toString('base64url') };
    });
    return {
      edges,
      pageInfo: {
        hasNextPage: rows.length > limit,
        hasPreviousPage: before !== undefined,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges[edges.length - 1]?.cursor ?? null,
      },
    };
  }
}

function decodeHistoryCursor(cursor: string): bigint {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!/^h:\d{1,19}$/.test(text)) throw badArgument('after', 'after is not a cursor of customerHistory');
  return BigInt(text.slice(2));
}
