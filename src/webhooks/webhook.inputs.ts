import { Field, InputType } from 'type-graphql';
import { WebhookEventType } from './event-types';

@InputType()
export class CreateWebhookInput {
  @Field({ description: 'http(s) only; loopback and private-network hosts are refused (SSRF).' })
  url!: string;

  @Field(() => [WebhookEventType], { description: 'At least one.' })
  events!: WebhookEventType[];

  @Field(() => String, { nullable: true })
  description?: string | null;
}

@InputType({ description: 'Fields left out are kept; null clears the description.' })
export class UpdateWebhookInput {
  @Field(() => String, { nullable: true })
  url?: string | null;

  @Field(() => [WebhookEventType], { nullable: true })
  events?: WebhookEventType[] | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => Boolean, { nullable: true })
  isActive?: boolean | null;
}
