import { randomBytes } from 'node:crypto';
import type { WebhookConfig } from '../config';
import type { RequestContext } from '../request-context';
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import { SequencePager } from '../common/pagination';
import { ErrorCollector, UserErrorCode, UserInputFailure, userError } from '../common/user-error';
import { checkText } from '../common/validation';
import type { WebhookEventType } from './event-types';
import type { CreateWebhookInput, UpdateWebhookInput } from './webhook.inputs';
import { TargetRefused, checkTarget, urlProblem } from './target-guard';
import type { WebhookDelivery, WebhookDeliveryConnection, WebhookDeliveryStatus } from './webhook.types';

/** A shop needs a handful of endpoints; the cap bounds the list and the fan-out of every write. */
export const MAX_WEBHOOKS = 50;
const MAX_URL = 2048;
const MAX_DESCRIPTION = 500;
/** After rotateWebhookSecret, deliveries carry the old secret's signature too for this long. */
const ROTATION_GRACE_MS = 24 * 3600_000;

const DELIVERY_PAGES = new SequencePager('d', 'webhookDeliveries');
const DELIVERY_INCLUDE = { attempts: { orderBy: { id: 'asc' } }, event: { select: { type: true, payload: true } } } as const;
type DeliveryRow = Prisma.WebhookDeliveryGetPayload<{ include: typeof DELIVERY_INCLUDE }>;

/**
 * Webhook endpoints, their secrets and deliveries. Events are queued by the
 * write paths (history/change-recorder.ts) and sent by the DeliveryWorker.
 */
export class WebhookService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly config: WebhookConfig,
  ) {}

  list(_ctx: RequestContext) {
    return this.prisma.webhook.findMany({ orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], take: MAX_WEBHOOKS });
  }

  /** A new endpoint and its secret (whsec_ + base64 of 32 random bytes, as the spec formats it), shown this once. */
  async create(ctx: RequestContext, input: CreateWebhookInput) {
    const c = new ErrorCollector();
    checkEvents(c, input.events);
    checkText(c, ['input', 'description'], input.description, MAX_DESCRIPTION);
    await this.checkUrl(c, input.url);
    c.throwIfAny();
    if ((await this.prisma.webhook.count()) >= MAX_WEBHOOKS) {
      throw new UserInputFailure([userError(UserErrorCode.TOO_MANY, ['input'], `At most ${MAX_WEBHOOKS} webhooks`)]);
    }
    const secret = newSecret();
    const webhook = await this.prisma.webhook.create({
      data: { url: input.url, events: unique(input.events), description: input.description ?? null, secret },
    });
    return { webhook, secret };
  }

  async update(ctx: RequestContext, id: string, input: UpdateWebhookInput) {
    const c = new ErrorCollector();
    if (input.events != null) checkEvents(c, input.events);
    checkText(c, ['input', 'description'], input.description, MAX_DESCRIPTION);
    if (input.url != null) await this.checkUrl(c, input.url);
    c.throwIfAny();
    await this.existing(id);
    return this.prisma.webhook.update({
      where: { id },
      data: {
        ...(input.url != null ? { url: input.url } : {}),
        ...(input.events != null ? { events: unique(input.events) } : {}),
        ...(input.description !== undefined ? { description: input.description } : {}),
        ...(input.isActive != null ? { isActive: input.isActive } : {}),
      },
    });
  }

  /** Deletes the endpoint with its deliveries (sent or not). */
  async delete(ctx: RequestContext, id: string) {
    const webhook = await this.existing(id);
    await this.prisma.webhook.delete({ where: { id } });
    return webhook;
  }

  /** A new secret, shown once; the old one keeps signing (a second signature) for 24 hours, so receivers can switch without loss. */
  async rotateSecret(ctx: RequestContext, id: string) {
    const current = await this.existing(id);
    const secret = newSecret();
    const webhook = await this.prisma.webhook.update({
      where: { id },
      data: { secret, previousSecret: current.secret, previousSecretExpiresAt: new Date(Date.now() + ROTATION_GRACE_MS) },
    });
    return { webhook, secret };
  }

  /** A webhook's deliveries, newest event first, each with its attempts. */
  async deliveries(
    ctx: RequestContext,
    webhookId: string,
    first?: number | null,
    after?: string | null,
  ): Promise<WebhookDeliveryConnection> {
    const window = DELIVERY_PAGES.window(first, after);
    const rows =
      window.limit === 0
        ? []
        : await this.prisma.webhookDelivery.findMany({
            where: { webhookId, ...(window.before !== undefined ? { eventSeq: { lt: window.before } } : {}) },
            orderBy: { eventSeq: 'desc' },
            take: window.limit + 1,
            include: DELIVERY_INCLUDE,
          });
    return DELIVERY_PAGES.page(rows, window, (row) => row.eventSeq, deliveryView);
  }

  /**
   * Queues an event again, due now, with a fresh attempt budget: to every
   * webhook it went to, or to `webhookId` only (which need not have had it,
   * if it subscribes to its type now). It keeps its id: receivers dedupe it.
   */
  async redeliver(ctx: RequestContext, eventId: string, webhookId?: string | null): Promise<WebhookDelivery[]> {
    const event = await this.prisma.webhookEvent.findUnique({ where: { id: eventId } });
    if (!event) throw new UserInputFailure([userError(UserErrorCode.NOT_FOUND, ['eventId'], `No event with id "${eventId}"`)]);
    if (webhookId != null) await this.existing(webhookId, ['webhookId']);
    const now = new Date();
    const reset = { status: 'PENDING', attemptCount: 0, nextAttemptAt: now, leaseUntil: null, updatedAt: now };
    await this.prisma.$transaction(async (tx) => {
      if (webhookId != null) {
        await tx.webhookDelivery.upsert({
          where: { webhookId_eventId: { webhookId, eventId } },
          create: { webhookId, eventId, eventSeq: event.seq, orderingKey: event.orderingKey, nextAttemptAt: now },
          update: reset,
        });
      } else {
        await tx.webhookDelivery.updateMany({ where: { eventId }, data: reset });
      }
    });
    const rows = await this.prisma.webhookDelivery.findMany({
      where: { eventId, ...(webhookId != null ? { webhookId } : {}) },
      include: DELIVERY_INCLUDE,
      orderBy: { id: 'asc' },
    });
    return rows.map(deliveryView);
  }

  private async existing(id: string, path = ['id']) {
    const webhook = await this.prisma.webhook.findUnique({ where: { id } });
    if (!webhook) throw new UserInputFailure([userError(UserErrorCode.NOT_FOUND, path, `No webhook with id "${id}"`)]);
    return webhook;
  }

  private async checkUrl(c: ErrorCollector, url: string): Promise<void> {
    const path = ['input', 'url'];
    if (url.length > MAX_URL) return c.add(UserErrorCode.TOO_LONG, path, `At most ${MAX_URL} characters`);
    const problem = urlProblem(url);
    if (problem) return c.add(UserErrorCode.INVALID, path, problem);
    try {
      await checkTarget(new URL(url), this.config.allowPrivateTargets);
    } catch (err) {
      if (!(err instanceof TargetRefused)) throw err;
      c.add(UserErrorCode.INVALID, path, err.message);
    }
  }
}

function checkEvents(c: ErrorCollector, events: WebhookEventType[]): void {
  if (events.length === 0) c.add(UserErrorCode.REQUIRED, ['input', 'events'], 'Subscribe to at least one event type');
}

const unique = <T>(values: T[]) => [...new Set(values)];

function newSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

function deliveryView(row: DeliveryRow): WebhookDelivery {
  return {
    id: row.id,
    eventId: row.eventId,
    eventType: row.event.type as WebhookEventType,
    status: row.status as WebhookDeliveryStatus,
    attemptCount: row.attemptCount,
    nextAttemptAt: row.status === 'PENDING' ? row.nextAttemptAt : null,
    lastStatusCode: row.lastStatusCode,
    payload: row.event.payload,
    attempts: row.attempts,
    createdAt: row.createdAt,
  };
}
