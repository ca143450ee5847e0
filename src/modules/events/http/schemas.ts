import { Type } from 'typebox';
import { DELIVERY_STATUSES } from '../domain/delivery-status.js';
import { PAYLOAD_FORMATS } from '../domain/payload-formats.js';
import { Id, RowId, SAFE_INTEGER_MAX, Text } from '../../../platform/http/schema-types.js';

const Iso = Type.Union([Type.String({ format: 'date-time' }), Type.Null()]);

export const IdParams = Type.Object({ id: RowId() });

export const FeedItemSchema = Type.Object({
  cursor: Type.Integer({
    description: 'The event\'s position in the feed (for an integration client: among its own source system\'s events); pass the last one seen as `after`',
  }),
  eventId: Type.String({ description: 'Stable id: deduplicate on it (webhooks send the same id as webhook-id)' }),
  type: Type.String(),
  schemaVersion: Type.Integer(),
  sourceSystemId: Type.Union([Type.String(), Type.Null()]),
  subject: Type.String({ description: 'What the event is about, e.g. a message id' }),
  occurredAt: Iso,
  payload: Type.Record(Type.String(), Type.Unknown()),
});

export const FeedQuery = Type.Object({
  after: Type.Optional(Type.Integer({ minimum: 0, maximum: SAFE_INTEGER_MAX, default: 0, description: 'Cursor: return events after this position (0 for the start)' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 100 })),
  types: Type.Optional(Text(5000, { description: 'Comma-separated event types, e.g. `messageProcessor.messageFailed`' })),
  sourceSystemId: Type.Optional(Id()),
});

export const FeedPage = Type.Object({
  items: Type.Array(FeedItemSchema),
  nextCursor: Type.Integer({ description: 'Pass as `after` in the next call; unchanged when nothing new arrived' }),
});

const PAYLOAD_FORMAT_TEXT =
  "How deliveries are shaped: Quayside (docs/events.md, the default) or D365 (Dynamics 365's business event envelope, for receivers written for D365; see docs/d365-compatibility.md). Signed the same way either way.";
const PayloadFormat = Type.Enum([...PAYLOAD_FORMATS], { description: PAYLOAD_FORMAT_TEXT });

export const SubscriptionSchema = Type.Object({
  id: Type.Integer(),
  url: Type.String(),
  eventTypes: Type.Array(Type.String()),
  sourceSystemId: Type.Union([Type.String(), Type.Null()], { description: 'null: every source system\'s events (admin subscription)' }),
  description: Type.String(),
  active: Type.Boolean(),
  payloadFormat: Type.String({ description: PAYLOAD_FORMAT_TEXT }),
  createdAt: Iso,
  updatedAt: Iso,
  previousSecretExpiresAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()], {
    description: 'After a secret rotation: until then deliveries carry a signature with the old secret too',
  }),
});

export const SubscriptionWithSecret = Type.Object({
  ...SubscriptionSchema.properties,
  secret: Type.String({ description: 'Standard Webhooks secret (whsec_...): shown only now and on rotation' }),
});

const Url = Type.String({ minLength: 1, maxLength: 2000, description: 'Absolute http or https URL that receives the POSTs' });
const EventTypes = Type.Array(Id(), {
  minItems: 1,
  maxItems: 200,
  description: 'Event types from the catalog (docs/events.md), or ["*"] for all',
});

export const NewSubscriptionBody = Type.Object(
  {
    url: Url,
    eventTypes: EventTypes,
    sourceSystemId: Type.Optional(
      Type.Union([Id(), Type.Null()], {
        description: 'Whose events to receive; omit or null for all (users only). Integration clients always get their own.',
      }),
    ),
    description: Type.Optional(Type.String({ maxLength: 500 })),
    active: Type.Optional(Type.Boolean()),
    payloadFormat: Type.Optional(PayloadFormat),
  },
  { additionalProperties: false },
);

export const SubscriptionPatchBody = Type.Object(
  {
    url: Type.Optional(Url),
    eventTypes: Type.Optional(EventTypes),
    description: Type.Optional(Type.String({ maxLength: 500 })),
    active: Type.Optional(Type.Boolean()),
    payloadFormat: Type.Optional(PayloadFormat),
  },
  { additionalProperties: false },
);

export const DeliverySchema = Type.Object({
  id: Type.Integer(),
  subscriptionId: Type.Integer(),
  sourceSystemId: Type.Union([Type.String(), Type.Null()], { description: 'The subscription\'s source system; null for an admin subscription' }),
  url: Type.String(),
  status: Type.String({ description: DELIVERY_STATUSES.join(', ') }),
  attempts: Type.Integer(),
  nextAttemptAt: Iso,
  lastAttemptAt: Iso,
  lastStatusCode: Type.Union([Type.Integer(), Type.Null()]),
  lastError: Type.Union([Type.String(), Type.Null()], {
    description: 'Why the last attempt failed, in a few fixed words (`HTTP 500`, `timeout`, `connection refused`, `address not allowed` ...): never the receiver\'s answer',
  }),
  deliveredAt: Iso,
  createdAt: Iso,
  updatedAt: Iso,
  event: Type.Object({
    eventId: Type.String(),
    type: Type.String(),
    sourceSystemId: Type.Union([Type.String(), Type.Null()]),
    subject: Type.String(),
    occurredAt: Iso,
  }),
});

export const DeliveryStatusSchema = Type.Union(DELIVERY_STATUSES.map((s) => Type.Literal(s)));
