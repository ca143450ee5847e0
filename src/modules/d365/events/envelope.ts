import type { AppContext } from '../../../platform/context.js';
import type { PayloadFormatter, WebhookEvent } from '../../events/index.js';
import { companyOf } from '../db/companies.js';
import { pascal } from '../messages/schemas.js';

/**
 * Quayside's business events by the D365 business event id an ERP subscribed to in D365 (reference 3.11).
 * Events without a counterpart keep their Quayside name as BusinessEventId.
 */
export const D365_BUSINESS_EVENT_IDS: Readonly<Record<string, string>> = {
  'shipmentReceipt.modified': 'WHSShipmentReceivingJournalModifiedBusinessEvent',
  'shipmentReceipt.reversed': 'WHSShipmentReceivingJournalModifiedBusinessEvent',
  'shipmentReceipt.failed': 'WHSShipmentReceivingJournalFailedBusinessEvent',
  'shipmentPackingSlip.modified': 'WHSShipmentPackingSlipJournalModifiedBusinessEvent',
  'shipmentPackingSlip.reversed': 'WHSShipmentPackingSlipJournalModifiedBusinessEvent',
  'shipmentPackingSlip.failed': 'WHSShipmentPackingSlipJournalFailedBusinessEvent',
  'countingJournal.posted': 'InventCountingJournalPostedBusinessEvent',
  'sourceSystemOnHandReport.created': 'WHSSourceSystemInventoryOnhandReportBusinessEvent',
  'warehouseInventoryUpdateLog.published': 'WHSInventoryUpdateLogBusinessEvent',
  'outboundNotification.created': 'WHSOutboundNotificationCreatedBusinessEvent',
  'shipmentOrderMessage.statusChanged': 'WHSShipmentOrderMessageChangedStatusBusinessEvent',
  'sourceSystemProductMessage.statusChanged': 'WHSSourceSystemProductMessageChangedStatusBusinessEvent',
  'messageProcessor.messageFailed': 'SysMessageProcessorMessageProcessedBusinessEvent',
  'outboundWave.executed': 'WhsWaveExecutedBusinessEvent',
};

/** Object keys in D365's PascalCase, all the way down (lists of lines included). */
function pascalKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(pascalKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [pascal(k), pascalKeys(v)]));
}

/**
 * D365's business event envelope (the fields the reference names for SysMessageProcessorMessageProcessedBusinessEvent,
 * 3.11: BusinessEventId, ControlNumber, EventId, EventTime, MajorVersion, MinorVersion; and those every D365
 * business event carries), followed by the event's own fields in PascalCase: a receiver reads
 * ShipmentReceiptVersionNumber from it and then the entity sets, as it does from D365.
 */
export function d365Envelope(event: WebhookEvent, legalEntity: string): Record<string, unknown> {
  const envelope: Record<string, unknown> = {
    BusinessEventId: D365_BUSINESS_EVENT_IDS[event.type] ?? event.type,
    BusinessEventLegalEntity: legalEntity,
    ContextRecordSubject: event.subject,
    ControlNumber: event.feedPosition ?? 0,
    EventId: event.eventId.toUpperCase(),
    // D365 writes its event time in the old Microsoft JSON date form, and as ISO 8601 beside it.
    EventTime: `/Date(${String(event.occurredAt)})/`,
    EventTimeIso8601: new Date(event.occurredAt).toISOString(),
    InitiatingUserAADObjectId: '{00000000-0000-0000-0000-000000000000}',
    MajorVersion: event.schemaVersion,
    MinorVersion: 0,
    ParentContextRecordSubjects: [],
    QuaysideEventType: event.type,
  };
  for (const [key, value] of Object.entries(pascalKeys(event.payload) as Record<string, unknown>)) {
    if (!Object.hasOwn(envelope, key)) envelope[key] = value;
  }
  return envelope;
}

/** The D365 payload format of webhook subscriptions: the legal entity is the source system's D365 company. */
export function d365PayloadFormatter(ctx: AppContext): PayloadFormatter {
  return async (event) => {
    const company = event.sourceSystemId === null ? undefined : await companyOf(ctx.db.kysely, event.sourceSystemId);
    return d365Envelope(event, (company ?? '').toUpperCase());
  };
}
