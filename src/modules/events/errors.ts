import { defineError } from '../../platform/errors.js';

export const EventsErrors = {
  unknownEventType: defineError('EVENTS.UNKNOWN_EVENT_TYPE', 400, 'The event type is not in the business event catalog'),
  invalidWebhookUrl: defineError('EVENTS.INVALID_WEBHOOK_URL', 400, 'The webhook URL must be an absolute http or https URL'),
  webhookTargetRefused: defineError('EVENTS.WEBHOOK_TARGET_REFUSED', 400, 'The webhook URL points at an address webhooks may not reach'),
  subscriptionInactive: defineError('EVENTS.SUBSCRIPTION_INACTIVE', 409, 'The webhook subscription is not active'),
  deliveryNotRedrivable: defineError('EVENTS.DELIVERY_NOT_REDRIVABLE', 409, 'Only dead or failed deliveries can be redriven'),
};
