import { GraphQLError, OperationTypeNode, type ValidationRule } from 'graphql';

/**
 * The schema has no Subscription type, and graphql-js only finds that out
 * when executing (an error without a code, masked as an internal one). Refused
 * in validation instead, with where change events are to be had.
 */
export const noSubscriptionsRule: ValidationRule = (context) => ({
  OperationDefinition(operation) {
    if (operation.operation === OperationTypeNode.SUBSCRIPTION) {
      context.reportError(
        new GraphQLError('This API has no subscriptions: to hear about changes, register a webhook (createWebhook; see docs/webhooks.md)', {
          nodes: operation,
        }),
      );
    }
    return false;
  },
});
