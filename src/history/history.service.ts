import type { RequestContext } from '../request-context';
import type { PrismaClient } from '../generated/prisma/client';
import { SequencePager } from '../common/pagination';
import type { CustomerHistoryConnection, CustomerHistoryEntry, FieldChangeType } from './history.types';
import type { ActorKind, HistoryOperation } from './history.types';

const HISTORY_PAGES = new SequencePager('h', 'customerHistory');

/** Reads the customer history that write paths record (change-recorder.ts). */
export class HistoryService {
  constructor(private readonly prisma: PrismaClient) {}

  /**
   * A customer's entries, newest first (the order they were committed in for
   * one customer: writes to a customer hold its row lock). A deleted
   * customer's history is still there; an unknown id has none.
   */
  async list(_ctx: RequestContext, customerId: string, first?: number | null, after?: string | null): Promise<CustomerHistoryConnection> {
    const window = HISTORY_PAGES.window(first, after);
    const rows =
      window.limit === 0
        ? []
        : await this.prisma.customerHistory.findMany({
            where: { customerId, ...(window.before !== undefined ? { id: { lt: window.before } } : {}) },
            orderBy: { id: 'desc' },
            take: window.limit + 1,
          });
    return HISTORY_PAGES.page(
      rows,
      window,
      (row) => row.id,
      (row): CustomerHistoryEntry => ({
        id: row.id.toString(),
        at: row.at,
        operation: row.operation as HistoryOperation,
        subjectId: row.subjectId,
        actor: { kind: row.actorKind as ActorKind, id: row.actorId, name: row.actorName },
        changes: row.changes as unknown as FieldChangeType[],
      }),
    );
  }
}
