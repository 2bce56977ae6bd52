import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { Scope } from '../auth/scopes';
import { toPayload } from '../common/user-error';
import { CreateWebhookInput, UpdateWebhookInput } from './webhook.inputs';
import { RedeliverPayload, Webhook, WebhookDeliveryConnection, WebhookPayload, WebhookSecretPayload } from './webhook.types';

const SECRET_ONCE = 'The secret is in this answer only: store it where the receiver verifies signatures.';

@Resolver(() => Webhook)
export class WebhookResolver {
  @Authorized(Scope.WEBHOOKS_MANAGE)
  @Query(() => [Webhook], { description: 'Every webhook (at most 50), oldest first.' })
  webhooks(@Ctx() ctx: Context) {
    return ctx.services.webhooks.list(ctx);
  }

  @Authorized(Scope.WEBHOOKS_MANAGE)
  @Query(() => WebhookDeliveryConnection, { description: "A webhook's deliveries, newest event first, each with every attempt." })
  webhookDeliveries(
    @Arg('webhookId', () => ID) webhookId: string,
    @Arg('first', () => Int, { nullable: true, description: 'Default 50, at most 500.' }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.webhooks.deliveries(ctx, webhookId, first, after);
  }

  @Authorized(Scope.WEBHOOKS_MANAGE)
  @Mutation(() => WebhookSecretPayload, { description: `Adds an endpoint. ${SECRET_ONCE}` })
  async createWebhook(@Arg('input', () => CreateWebhookInput) input: CreateWebhookInput, @Ctx() ctx: Context) {
    const payload = await toPayload('created', () => ctx.services.webhooks.create(ctx, input));
    return { webhook: payload.created?.webhook ?? null, secret: payload.created?.secret ?? null, errors: payload.errors };
  }

  @Authorized(Scope.WEBHOOKS_MANAGE)
  @Mutation(() => WebhookPayload)
  updateWebhook(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateWebhookInput) input: UpdateWebhookInput, @Ctx() ctx: Context) {
    return toPayload('webhook', () => ctx.services.webhooks.update(ctx, id, input));
  }

  @Authorized(Scope.WEBHOOKS_MANAGE)
  @Mutation(() => WebhookPayload, { description: 'Deletes the endpoint and its deliveries; returns it as it was.' })
  deleteWebhook(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return toPayload('webhook', () => ctx.services.webhooks.delete(ctx, id));
  }

  @Authorized(Scope.WEBHOOKS_MANAGE)
  @Mutation(() => WebhookSecretPayload, {
    description: `A new signing secret; the old one signs too (a second signature) for 24 hours. ${SECRET_ONCE}`,
  })
  async rotateWebhookSecret(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    const payload = await toPayload('rotated', () => ctx.services.webhooks.rotateSecret(ctx, id));
    return { webhook: payload.rotated?.webhook ?? null, secret: payload.rotated?.secret ?? null, errors: payload.errors };
  }

  @Authorized(Scope.WEBHOOKS_MANAGE)
  @Mutation(() => RedeliverPayload, {
    description:
      'Sends an event again (same webhook-id), due now with a fresh attempt budget: to every webhook it went to, or to webhookId.',
  })
  async redeliverWebhookEvent(
    @Arg('eventId', () => ID) eventId: string,
    @Arg('webhookId', () => ID, { nullable: true }) webhookId: string | null,
    @Ctx() ctx: Context,
  ) {
    const payload = await toPayload('deliveries', () => ctx.services.webhooks.redeliver(ctx, eventId, webhookId));
    return { deliveries: payload.deliveries ?? [], errors: payload.errors };
  }
}
