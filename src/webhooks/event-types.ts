import { registerEnumType } from 'type-graphql';

/** What a webhook can subscribe to. The payload's `type` is the dotted form (EVENT_TYPE_NAMES). */
export enum WebhookEventType {
  CUSTOMER_CREATED = 'CUSTOMER_CREATED',
  CUSTOMER_UPDATED = 'CUSTOMER_UPDATED',
  CUSTOMER_DELETED = 'CUSTOMER_DELETED',
  CUSTOMER_RESTORED = 'CUSTOMER_RESTORED',
  CUSTOMER_ADDRESS_CREATED = 'CUSTOMER_ADDRESS_CREATED',
  CUSTOMER_ADDRESS_UPDATED = 'CUSTOMER_ADDRESS_UPDATED',
  CUSTOMER_ADDRESS_DELETED = 'CUSTOMER_ADDRESS_DELETED',
  CUSTOMER_GROUP_CREATED = 'CUSTOMER_GROUP_CREATED',
  CUSTOMER_GROUP_UPDATED = 'CUSTOMER_GROUP_UPDATED',
  CUSTOMER_GROUP_DELETED = 'CUSTOMER_GROUP_DELETED',
  CUSTOMER_GROUP_MEMBERSHIP_CHANGED = 'CUSTOMER_GROUP_MEMBERSHIP_CHANGED',
}
registerEnumType(WebhookEventType, {
  name: 'WebhookEventType',
  description: 'A kind of change event; the payload `type` is its dotted lower-case form (customer.address.created).',
});

/**
 * The payload `type`, full-stop delimited as the Standard Webhooks spec
 * recommends: CUSTOMER_ADDRESS_CREATED is "customer.address.created",
 * CUSTOMER_GROUP_MEMBERSHIP_CHANGED "customer.group.membership_changed".
 */
export const EVENT_TYPE_NAMES: Record<WebhookEventType, string> = {
  CUSTOMER_CREATED: 'customer.created',
  CUSTOMER_UPDATED: 'customer.updated',
  CUSTOMER_DELETED: 'customer.deleted',
  CUSTOMER_RESTORED: 'customer.restored',
  CUSTOMER_ADDRESS_CREATED: 'customer.address.created',
  CUSTOMER_ADDRESS_UPDATED: 'customer.address.updated',
  CUSTOMER_ADDRESS_DELETED: 'customer.address.deleted',
  CUSTOMER_GROUP_CREATED: 'customer.group.created',
  CUSTOMER_GROUP_UPDATED: 'customer.group.updated',
  CUSTOMER_GROUP_DELETED: 'customer.group.deleted',
  CUSTOMER_GROUP_MEMBERSHIP_CHANGED: 'customer.group.membership_changed',
};

export const ALL_EVENT_TYPES = Object.values(WebhookEventType) as WebhookEventType[];
