import type { Address as AddressRow, Customer as CustomerRow, CustomerGroup as GroupRow } from '../generated/prisma/client';
import { WebhookEventType } from '../webhooks/event-types';
import type { RecordedChange } from './change-recorder';
import { HistoryOperation } from './history.types';
import { addressSnapshot, changedCustomerSecrets, customerSnapshot, diffSnapshots, groupSnapshot, type FieldChange } from './snapshots';

/**
 * What each kind of write records: the history entry and the event. Write
 * paths build these from the rows before and after and hand them to
 * recordChanges in their transaction.
 */

const CUSTOMER_EVENTS: Partial<Record<HistoryOperation, WebhookEventType>> = {
  [HistoryOperation.CREATE]: WebhookEventType.CUSTOMER_CREATED,
  [HistoryOperation.DELETE]: WebhookEventType.CUSTOMER_DELETED,
  [HistoryOperation.RESTORE]: WebhookEventType.CUSTOMER_RESTORED,
};

/**
 * A customer created (before null) or changed. `extra` adds changes the row
 * does not hold (groupIds). Nothing is recorded when nothing changed.
 */
export function customerChange(
  operation: HistoryOperation,
  before: CustomerRow | null,
  after: CustomerRow,
  extra: FieldChange[] = [],
  subjectId: string | null = null,
): RecordedChange[] {
  const snapshot = customerSnapshot(after);
  const changes = [...diffSnapshots(before && customerSnapshot(before), snapshot, changedCustomerSecrets(before, after)), ...extra];
  if (changes.length === 0 && operation !== HistoryOperation.CREATE) return [];
  const type = CUSTOMER_EVENTS[operation] ?? WebhookEventType.CUSTOMER_UPDATED;
  const recorded: RecordedChange[] = [
    {
      history: { customerId: after.id, operation, subjectId, changes },
      event: { type, orderingKey: after.id, data: { customer: snapshot, ...(before ? { changes } : {}) } },
    },
  ];
  const groupChange = extra.find((c) => c.field === 'groupIds');
  if (groupChange) {
    recorded.push({
      event: {
        type: WebhookEventType.CUSTOMER_GROUP_MEMBERSHIP_CHANGED,
        orderingKey: after.id,
        data: { customer: snapshot, changes: [groupChange] },
      },
    });
  }
  return recorded;
}

/** The groupIds change of a membership update, or none when the sets are equal. */
export function groupIdsChange(before: string[], after: string[]): FieldChange[] {
  const b = [...before].sort();
  const a = [...after].sort();
  return JSON.stringify(a) === JSON.stringify(b) ? [] : [{ field: 'groupIds', before: b, after: a }];
}

const ADDRESS_EVENTS = {
  [HistoryOperation.ADDRESS_CREATE]: WebhookEventType.CUSTOMER_ADDRESS_CREATED,
  [HistoryOperation.ADDRESS_UPDATE]: WebhookEventType.CUSTOMER_ADDRESS_UPDATED,
  [HistoryOperation.ADDRESS_DELETE]: WebhookEventType.CUSTOMER_ADDRESS_DELETED,
} as const;

/** An address created (before null), changed, or deleted (after null). Nothing when nothing changed. */
export function addressChange(before: AddressRow | null, after: AddressRow | null): RecordedChange[] {
  const row = (after ?? before)!;
  const operation = !before ? HistoryOperation.ADDRESS_CREATE : !after ? HistoryOperation.ADDRESS_DELETE : HistoryOperation.ADDRESS_UPDATE;
  const snapshot = addressSnapshot(row);
  const changes = diffSnapshots(before && addressSnapshot(before), after && snapshot);
  if (changes.length === 0) return [];
  return [
    {
      history: { customerId: row.customerId, operation, subjectId: row.id, changes },
      event: {
        type: ADDRESS_EVENTS[operation],
        orderingKey: row.customerId,
        data: { customerId: row.customerId, address: snapshot, ...(before ? { changes } : {}) },
      },
    },
  ];
}

/** The changes of every address of one customer, from the rows before to the rows after (matched by id). */
export function addressListChanges(before: AddressRow[], after: AddressRow[]): RecordedChange[] {
  const old = new Map(before.map((a) => [a.id, a]));
  const now = new Set(after.map((a) => a.id));
  return [
    ...before.filter((a) => !now.has(a.id)).flatMap((a) => addressChange(a, null)),
    ...after.flatMap((a) => addressChange(old.get(a.id) ?? null, a)),
  ];
}

/**
 * Customers added to or removed from a group (addCustomersToGroup,
 * removeCustomersFromGroup): for each customer whose groups changed, a
 * GROUP_ADD or GROUP_REMOVE entry (groupIds before and after) and a
 * membership event.
 */
export function membershipChanges(
  operation: HistoryOperation.GROUP_ADD | HistoryOperation.GROUP_REMOVE,
  groupId: string,
  customers: { row: CustomerRow; before: string[]; after: string[]; rowBefore?: CustomerRow }[],
): RecordedChange[] {
  return customers.flatMap(({ row, before, after, rowBefore }) => {
    const changes = [
      ...groupIdsChange(before, after),
      ...(rowBefore && rowBefore.primaryGroupId !== row.primaryGroupId
        ? [{ field: 'primaryGroupId', before: rowBefore.primaryGroupId, after: row.primaryGroupId }]
        : []),
    ];
    if (changes.length === 0) return [];
    return [
      {
        history: { customerId: row.id, operation, subjectId: groupId, changes },
        event: {
          type: WebhookEventType.CUSTOMER_GROUP_MEMBERSHIP_CHANGED,
          orderingKey: row.id,
          data: { customer: customerSnapshot(row), groupId, changes },
        },
      },
    ];
  });
}

/** A group created, updated or deleted: an event (groups have no history of their own). */
export function groupChange(type: WebhookEventType, before: GroupRow | null, after: GroupRow): RecordedChange[] {
  const snapshot = groupSnapshot(after);
  const changes = diffSnapshots(before && groupSnapshot(before), snapshot);
  if (before && changes.length === 0) return [];
  return [{ event: { type, orderingKey: `group:${after.id}`, data: { group: snapshot, ...(before ? { changes } : {}) } } }];
}
