import { timeOrderedId } from '../common/ids';
import { EVENT_TYPE_NAMES, type WebhookEventType } from '../webhooks/event-types';
import type { ActorValue, HistoryOperation } from './history.types';
import type { FieldChange } from './snapshots';

/** One change: a history entry of a customer, an event for webhooks, or both. */
export interface RecordedChange {
  history?: { customerId: string; operation: HistoryOperation; subjectId?: string | null; changes: FieldChange[] };
  event?: {
    type: WebhookEventType;
    /** Events with one key are delivered in order: the customer's id, or "group:<id>". */
    orderingKey: string;
    data: Record<string, unknown>;
  };
}

/** A Prisma transaction client, or a raw SqlRunner transaction (bulk paths that bypass Prisma). */
export type RecordingTx =
  | { $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number> }
  | { query(sql: string, params?: unknown[]): Promise<unknown> };

/**
 * Writes history entries and outbox events with ONE statement, in the
 * caller's transaction, so they commit or roll back with the change itself:
 * a refused write leaves neither. Set-based (the rows travel as one JSON
 * parameter), so a bulk path records thousands of changes for the cost of
 * one insert. An event is stored only when an active webhook subscribes to
 * its type, together with one delivery row per such webhook; with no
 * webhooks, events cost nothing but building their JSON.
 *
 * Callers pass values already reduced to what the API shows (snapshots.ts):
 * never a password hash or another secret.
 */
export async function recordChanges(tx: RecordingTx, actor: ActorValue, changes: RecordedChange[], at = new Date()): Promise<void> {
  if (changes.length === 0) return;
  const history = [];
  const events = [];
  const occurredAt = at.toISOString();
  for (const change of changes) {
    if (change.history) {
      const { customerId, operation, subjectId, changes: fields } = change.history;
      history.push({ n: history.length, customerId, operation, subjectId: subjectId ?? null, changes: fields });
    }
    if (change.event) {
      // The webhook-id: unique per event, constant across retries and endpoints; no "." (the spec's rule).
      const id = `evt_${timeOrderedId().replace(/-/g, '')}`;
      const { type, orderingKey, data } = change.event;
      const payload = JSON.stringify({ id, type: EVENT_TYPE_NAMES[type], occurredAt, actor: { kind: actor.kind, id: actor.id }, data });
      events.push({ n: events.length, id, type, orderingKey, payload });
    }
  }
  const params = [JSON.stringify(history), JSON.stringify(events), occurredAt.slice(0, -1), actor.kind, actor.id, actor.name];
  if ('$executeRawUnsafe' in tx) await tx.$executeRawUnsafe(RECORD_SQL, ...params);
  else await tx.query(RECORD_SQL, params);
}

// Timestamps are UTC wall time, as Prisma stores them ($3 is an ISO string without the zone).
const RECORD_SQL = `
WITH history AS (
  INSERT INTO "CustomerHistory" ("customerId", "at", "operation", "subjectId", "actorKind", "actorId", "actorName", "changes")
  SELECT h."customerId", $3::timestamp, h."operation", h."subjectId", $4::text, $5::text, $6::text, h."changes"
    FROM json_to_recordset($1::json) AS h("n" int, "customerId" text, "operation" text, "subjectId" text, "changes" jsonb)
   ORDER BY h."n"
), events AS (
  INSERT INTO "WebhookEvent" ("id", "type", "orderingKey", "payload", "occurredAt")
  SELECT e."id", e."type", e."orderingKey", e."payload", $3::timestamp
    FROM json_to_recordset($2::json) AS e("n" int, "id" text, "type" text, "orderingKey" text, "payload" text)
   WHERE EXISTS (SELECT 1 FROM "Webhook" w WHERE w."isActive" AND e."type" = ANY (w."events"))
   ORDER BY e."n"
  RETURNING "id", "seq", "type", "orderingKey"
)
INSERT INTO "WebhookDelivery" ("webhookId", "eventId", "eventSeq", "orderingKey", "nextAttemptAt", "createdAt", "updatedAt")
SELECT w."id", e."id", e."seq", e."orderingKey", $3::timestamp, $3::timestamp, $3::timestamp
  FROM events e JOIN "Webhook" w ON w."isActive" AND e."type" = ANY (w."events")`;
