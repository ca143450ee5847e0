import { Type, type TSchema } from 'typebox';

/**
 * The business event catalog: stable names, a schema version and a payload schema for each.
 * docs/events.md documents the same list; a test keeps them in step.
 * Bump schemaVersion only for incompatible payload changes; adding optional fields is compatible.
 */
export interface EventDefinition {
  schemaVersion: number;
  description: string;
  payload: TSchema;
}

const MessageRef = {
  messageId: Type.String({ description: 'The source system\'s message id' }),
  messageVersion: Type.Integer({ description: '1 for the message as sent; higher for edited copies' }),
  messageType: Type.Union([
    Type.Literal('InboundShipmentOrder'),
    Type.Literal('OutboundShipmentOrder'),
    Type.Literal('Product'),
    Type.Literal('ProductVariant'),
    Type.Literal('ProductUnitConversion'),
    Type.Literal('ProductBarcode'),
  ]),
  sourceSystemId: Type.String(),
  orderNumber: Type.String({ description: "The source system's order number; for a product message, the item number it is about" }),
};

export const EVENT_TYPES = {
  'shipmentOrderMessage.statusChanged': {
    schemaVersion: 1,
    description: 'A shipment order message changed processing status (Received, Accepted, Failed, Canceled, Draft).',
    payload: Type.Object({
      ...MessageRef,
      previousStatus: Type.Union([Type.String(), Type.Null()]),
      processingStatus: Type.String(),
      processorState: Type.String(),
      internalOrderNumber: Type.Union([Type.String(), Type.Null()], { description: 'Set once the message was Accepted' }),
    }),
  },
  'sourceSystemProductMessage.statusChanged': {
    schemaVersion: 1,
    description: 'A product master message (product, variant, unit conversion, bar code) changed processing status (Received, Accepted, Failed, Canceled, Draft).',
    payload: Type.Object({
      messageId: Type.String(),
      messageVersion: Type.Integer(),
      messageType: Type.Union([Type.Literal('Product'), Type.Literal('ProductVariant'), Type.Literal('ProductUnitConversion'), Type.Literal('ProductBarcode')]),
      sourceSystemId: Type.String(),
      itemNumber: Type.String({ description: "The source system's item number the message is about" }),
      previousStatus: Type.Union([Type.String(), Type.Null()]),
      processingStatus: Type.String(),
      processorState: Type.String(),
      internalItemNumber: Type.Union([Type.String(), Type.Null()], { description: "Quayside's item number, once the message was Accepted" }),
    }),
  },
  'messageProcessor.messageFailed': {
    schemaVersion: 1,
    description: 'The message processor gave up on a message: it is Failed and holds later messages of the same order.',
    payload: Type.Object({
      ...MessageRef,
      attempts: Type.Integer(),
      errors: Type.Array(Type.Object({ text: Type.String(), field: Type.Union([Type.String(), Type.Null()]), value: Type.Union([Type.String(), Type.Null()]) })),
    }),
  },
  'countingJournal.posted': {
    schemaVersion: 1,
    description: 'A counting journal was posted: on-hand adjustments of this source system\'s stock. Read the lines and apply only adjustmentQuantity.',
    payload: Type.Object({
      journalId: Type.String(),
      journalNameId: Type.String(),
      warehouseId: Type.String(),
      postingSequence: Type.Integer({ description: 'Read lines with after = postingSequence - 1' }),
      postedAt: Type.String(),
      lineCount: Type.Integer({ description: 'Counted lines of this source system\'s owners and items' }),
      adjustedLineCount: Type.Integer({ description: 'Of those, lines with a non-zero adjustment' }),
    }),
  },
  'outboundWave.executed': {
    schemaVersion: 1,
    description: 'A wave was processed: pick work was created for its shipments (counterpart of WhsWaveExecutedBusinessEvent).',
    payload: Type.Object({
      waveId: Type.String(),
      warehouseId: Type.String(),
      waveTemplateId: Type.String(),
      shipmentIds: Type.Array(Type.String()),
      workIds: Type.Array(Type.String()),
      shortages: Type.Array(
        Type.Object({ orderNumber: Type.String(), lineNumber: Type.Integer(), itemNumber: Type.String(), shortQuantity: Type.Number(), reason: Type.String() }),
      ),
    }),
  },
  'outboundNotification.created': {
    schemaVersion: 1,
    description: 'Picking started: work was created for outbound shipment order lines (counterpart of WHSOutboundNotificationCreatedBusinessEvent).',
    payload: Type.Object({
      outboundNotificationNumber: Type.String(),
      outboundNotificationStatus: Type.Literal('PickingStarted'),
      sourceSystemId: Type.String(),
      lines: Type.Array(
        Type.Object({
          shipmentNumber: Type.String(),
          orderNumber: Type.String({ description: "The source system's order number" }),
          lineNumber: Type.Integer(),
          itemNumber: Type.String({ description: "The source system's item number" }),
          workCreatedCumulativeQuantity: Type.Number(),
          workCreatedQuantityUnitOfMeasure: Type.String(),
        }),
      ),
    }),
  },
  'shipmentPackingSlip.modified': {
    schemaVersion: 1,
    description: 'A shipment packing slip was created by ship confirm, or posted (counterpart of WHSShipmentPackingSlipJournalModifiedBusinessEvent).',
    payload: Type.Object({
      shipmentPackingSlipVersionNumber: Type.String(),
      shipmentPackingSlipNumber: Type.String(),
      version: Type.Integer(),
      postingStatus: Type.String(),
      loadId: Type.String(),
      shipmentId: Type.String(),
      shipFromWarehouseId: Type.String(),
    }),
  },
  'shipmentPackingSlip.reversed': {
    schemaVersion: 1,
    description: 'Ship confirm was reversed before the packing slip was posted; the packing slip version is void.',
    payload: Type.Object({ shipmentPackingSlipVersionNumber: Type.String(), loadId: Type.String(), shipmentId: Type.String() }),
  },
  'shipmentPackingSlip.failed': {
    schemaVersion: 1,
    description: 'Posting a shipment packing slip failed; it stays Ready for posting and is tried again (counterpart of WHSShipmentPackingSlipJournalFailedBusinessEvent).',
    payload: Type.Object({ shipmentPackingSlipVersionNumber: Type.String(), attempts: Type.Integer(), error: Type.String() }),
  },
  'sourceSystemOnHandReport.created': {
    schemaVersion: 1,
    description: 'A source system on-hand inventory report was created (by hand or by the recurring process). Read its lines to compare with the ERP.',
    payload: Type.Object({
      reportId: Type.String(),
      reportName: Type.String(),
      sourceSystemId: Type.String(),
      asOfDate: Type.String({ description: 'YYYY-MM-DD; as of the end of that day, UTC' }),
      includeRegisteredAndPicked: Type.Boolean(),
      dimensions: Type.Array(Type.String()),
      lineCount: Type.Integer(),
      trigger: Type.String({ description: 'Manual or Recurring' }),
    }),
  },
  'warehouseInventoryUpdateLog.published': {
    schemaVersion: 1,
    description: 'New warehouse inventory update log entries were published for a source system. Read them with your cursor.',
    payload: Type.Object({
      sourceSystemId: Type.String(),
      publishId: Type.String(),
      firstSequence: Type.Integer(),
      lastSequence: Type.Integer(),
      entryCount: Type.Integer(),
      publishedAt: Type.String(),
    }),
  },
  'shipmentReceipt.modified': {
    schemaVersion: 1,
    description: 'A shipment receipt version was created by receiving completed, or posted (counterpart of WHSShipmentReceivingJournalModifiedBusinessEvent). Read it by its version number.',
    payload: Type.Object({
      shipmentReceiptVersionNumber: Type.String({ description: '<number>.<version>' }),
      shipmentReceiptNumber: Type.String(),
      version: Type.Integer(),
      change: Type.Union([Type.Literal('Created'), Type.Literal('Posted')]),
      postingStatus: Type.String({ description: 'ReadyForPosting or Posted' }),
      sourceSystemId: Type.String(),
      loadId: Type.String(),
      shipmentId: Type.Union([Type.String(), Type.Null()], { description: "The load's shipment the receipt reports (null without an ASN)" }),
      inboundShipmentOrderNumber: Type.String({ description: 'Internal order number' }),
      sourceSystemOrderNumber: Type.String(),
      cursor: Type.String({ description: 'Position in GET /api/v1/shipment-receipts?after=' }),
    }),
  },
  'shipmentReceipt.reversed': {
    schemaVersion: 1,
    description: 'Receiving completed was reversed before posting: the receipt got a new, Canceled version that replaces the reversed one.',
    payload: Type.Object({
      shipmentReceiptVersionNumber: Type.String({ description: 'The new (Canceled) version' }),
      reversedVersionNumber: Type.String(),
      shipmentReceiptNumber: Type.String(),
      version: Type.Integer(),
      sourceSystemId: Type.String(),
      loadId: Type.String(),
      shipmentId: Type.Union([Type.String(), Type.Null()]),
      inboundShipmentOrderNumber: Type.String(),
      sourceSystemOrderNumber: Type.String(),
      cursor: Type.String(),
    }),
  },
  'shipmentReceipt.failed': {
    schemaVersion: 1,
    description: 'Posting a shipment receipt failed; it stays Ready for posting and is tried again (counterpart of WHSShipmentReceivingJournalFailedBusinessEvent).',
    payload: Type.Object({
      shipmentReceiptVersionNumber: Type.String(),
      shipmentReceiptNumber: Type.String(),
      sourceSystemId: Type.String(),
      loadId: Type.String(),
      attempts: Type.Integer(),
      error: Type.String(),
    }),
  },
  'inventoryConsistency.differencesFound': {
    schemaVersion: 1,
    description:
      'The background ledger check found balances that disagree with the ledger (physical) or with the reservations that hold them (reserved). Staff only: raised without a source system.',
    payload: Type.Object({
      checkId: Type.Integer({ description: 'GET /api/v1/inventory/consistency/checks lists it' }),
      checkedAt: Type.String(),
      physicalDifferenceCount: Type.Integer(),
      reservedDifferenceCount: Type.Integer(),
      differences: Type.Array(
        Type.Object({
          kind: Type.Union([Type.Literal('Physical'), Type.Literal('Reserved')]),
          itemNumber: Type.String(),
          warehouseId: Type.String(),
          locationId: Type.Union([Type.String(), Type.Null()]),
          licensePlateId: Type.Union([Type.String(), Type.Null()]),
          ownerId: Type.String(),
          inventoryStatusId: Type.String(),
          batchNumber: Type.Union([Type.String(), Type.Null()]),
          serialNumber: Type.Union([Type.String(), Type.Null()]),
          expectedQuantity: Type.Number({ description: 'Physical: the sum of the ledger. Reserved: what the reservations hold.' }),
          balanceQuantity: Type.Number({ description: 'What the balance row says (physical or reserved).' }),
        }),
      ),
      truncated: Type.Boolean({ description: 'True when there were more differences than the payload lists' }),
    }),
  },
  'shippingContainer.closed': {
    schemaVersion: 1,
    description: 'A shipping container was packed and closed: its SSCC, shipment, load, weight and contents, for advance shipping notices (ASN) to carriers and the ERP.',
    payload: Type.Object({
      sscc: Type.String({ description: 'SSCC-18 (18 digits, GS1 check digit); on the label as (00) + SSCC' }),
      containerId: Type.String({ description: 'The license plate of the container' }),
      parentContainerId: Type.Union([Type.String(), Type.Null()], { description: 'The container it is nested on, if any' }),
      containerTypeId: Type.String(),
      shipFromWarehouseId: Type.String(),
      shipmentId: Type.String(),
      loadId: Type.String(),
      weightGrams: Type.Integer({ description: 'Gross weight in grams, tare included' }),
      weightSource: Type.Union([Type.Literal('Entered'), Type.Literal('Computed')]),
      lengthMm: Type.Integer(),
      widthMm: Type.Integer(),
      heightMm: Type.Integer(),
      closedAt: Type.String(),
      contents: Type.Array(
        Type.Object({
          orderNumber: Type.String({ description: "The source system's order number" }),
          orderLineNumber: Type.Integer(),
          itemNumber: Type.String({ description: "The source system's item number" }),
          quantity: Type.Number(),
          unitSymbol: Type.String({ description: 'The inventory unit' }),
          batchNumber: Type.Union([Type.String(), Type.Null()]),
          serialNumber: Type.Union([Type.String(), Type.Null()]),
        }),
      ),
    }),
  },
} satisfies Record<string, EventDefinition>;

export type EventType = keyof typeof EVENT_TYPES;

export function isEventType(value: string): value is EventType {
  return Object.hasOwn(EVENT_TYPES, value);
}
