import { Payload } from '../common/generic-types';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../common/pagination';
import { DateTimeScalar } from '../common/scalars';
import { UserError } from '../common/user-error';
import { WebhookEventType } from './event-types';

export enum WebhookDeliveryStatus {
  PENDING = 'PENDING',
  SUCCEEDED = 'SUCCEEDED',
  DEAD = 'DEAD',
}
registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'PENDING: not yet answered with a 2xx (retries scheduled); SUCCEEDED: a 2xx came back; DEAD: every attempt failed.',
});

@ObjectType({ description: 'An endpoint receiving change events, signed per the Standard Webhooks spec. The secret is shown only once.' })
export class Webhook {
  @Field(() => ID)
  id!: string;

  @Field()
  url!: string;

  @Field(() => [WebhookEventType])
  events!: WebhookEventType[];

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field({ description: 'An inactive webhook receives nothing; events are not queued for it.' })
  isActive!: boolean;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar)
  updatedAt!: Date;
}

@ObjectType()
export class WebhookSecretPayload {
  @Field(() => Webhook, { nullable: true })
  webhook!: Webhook | null;

  @Field(() => String, {
    nullable: true,
    description: 'whsec_ + base64: the signing secret, shown this once. Verify deliveries with it (standardwebhooks).',
  })
  secret!: string | null;

  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType()
export class WebhookPayload extends Payload('webhook', Webhook) {}

@ObjectType({ description: 'One HTTP attempt of a delivery.' })
export class WebhookAttempt {
  @Field(() => DateTimeScalar)
  at!: Date;

  @Field(() => Int, { nullable: true, description: "The receiver's HTTP status; null when there was no answer." })
  statusCode!: number | null;

  @Field(() => String, { nullable: true, description: 'Why it failed (timeout, connection refused, HTTP 500, ...).' })
  error!: string | null;

  @Field(() => Int)
  durationMs!: number;
}

@ObjectType({ description: 'One event to one webhook, with its attempts.' })
export class WebhookDelivery {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: 'The event id: the webhook-id header, the same on every attempt.' })
  eventId!: string;

  @Field(() => WebhookEventType)
  eventType!: WebhookEventType;

  @Field(() => WebhookDeliveryStatus)
  status!: WebhookDeliveryStatus;

  @Field(() => Int, { description: 'Attempts since the event was queued or last redelivered.' })
  attemptCount!: number;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the next attempt is due (PENDING only).' })
  nextAttemptAt!: Date | null;

  @Field(() => Int, { nullable: true })
  lastStatusCode!: number | null;

  @Field({ description: 'The JSON body sent (and signed).' })
  payload!: string;

  @Field(() => [WebhookAttempt], { description: 'Every attempt, oldest first.' })
  attempts!: WebhookAttempt[];

  @Field(() => DateTimeScalar)
  createdAt!: Date;
}

@ObjectType()
export class WebhookDeliveryEdge {
  @Field(() => WebhookDelivery)
  node!: WebhookDelivery;

  @Field()
  cursor!: string;
}

@ObjectType({ description: 'Deliveries newest first.' })
export class WebhookDeliveryConnection {
  @Field(() => [WebhookDeliveryEdge])
  edges!: WebhookDeliveryEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@ObjectType()
export class RedeliverPayload {
  @Field(() => [WebhookDelivery], { description: 'The deliveries queued again (PENDING, due now).' })
  deliveries!: WebhookDelivery[];

  @Field(() => [UserError])
  errors!: UserError[];
}
