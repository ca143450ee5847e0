import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../src/platform/clock.js';
import { defaultConfig } from '../src/platform/config.js';
import { headerRecord, startReceiver, type Receiver } from './events-fixtures.js';
import { D365Connector } from './support/d365-connector.js';
import { connectorFor, listen } from './support/d365.js';
import { createErp, createWarehouseMasterData, drain, type ErpFixture } from './support/fixtures.js';
import { useTestApp, type Client } from './support/harness.js';
import { executeWork, ok, runProcess } from './support/inbound.js';
import { expectLedgerConsistent, putStock } from './support/outbound.js';
import { createReceivingLayout } from './support/warehouse-layout.js';

const webhooks = { ...defaultConfig.webhooks, allowedTargets: ['127.0.0.1/32'] };

async function createPickingLayout(admin: Client): Promise<void> {
  for (const [profileId, locationType] of [['P-PICK', 'pick'], ['P-STAGE', 'staging'], ['P-DOOR', 'bayDoor']] as const) {
    await ok(admin.post('/api/v1/location-profiles', { profileId, name: profileId, locationType }), `profile ${profileId}`);
  }
  for (const [locationId, profileId] of [['PICK-1', 'P-PICK'], ['STAGE', 'P-STAGE'], ['DOOR-1', 'P-DOOR']] as const) {
    await ok(admin.post('/api/v1/locations', { warehouseId: 'WH1', locationId, profileId, sortCode: 1 }), `location ${locationId}`);
  }
  await ok(admin.post('/api/v1/work-templates', { templateId: 'PICK', name: 'Pick to staging', workType: 'Pick', warehouseId: 'WH1', sequence: 1 }), 'pick template');
  await ok(admin.post('/api/v1/wave-templates', { waveTemplateId: 'AUTO', warehouseId: 'WH1', processAt: 'Release', putLocationId: 'STAGE', sequence: 1 }), 'wave template');
}

/**
 * Issue 17: an ERP connector written for Dynamics 365's warehouse management only mode works against Quayside
 * with nothing changed but the base URL.
 */
describe('a D365 connector pointed at Quayside', () => {
  const t = useTestApp({ clock: new ManualClock(Date.now()), config: { webhooks } });
  let baseUrl = '';
  let erp: ErpFixture;
  let connector: D365Connector;
  let anna: Client;
  let receiver: Receiver;
  let webhook: Webhook;

  /** The business events the ERP's endpoint received, verified with the subscription's secret, in D365's envelope. */
  const businessEvents = async (id: string): Promise<any[]> => {
    await drain(t());
    return receiver.received.map((r) => webhook.verify(r.body, headerRecord(r.headers)) as any).filter((e) => e.BusinessEventId === id);
  };

  beforeAll(async () => {
    const { admin } = t();
    await createWarehouseMasterData(admin);
    await createReceivingLayout(admin);
    await createPickingLayout(admin);
    erp = await createErp(t(), 'ERP1', {
      inboundLoadSynchronizationPolicy: 'FullSynchronization',
      reservationAtImportPolicy: 'Reserve',
      inboundWarehouseInventoryUpdateLogs: true,
      outboundWarehouseInventoryUpdateLogs: true,
    });
    await ok(admin.put('/api/v1/source-systems/ERP1/d365-company', { dataAreaId: 'USMF' }), 'company');
    await putStock(t(), [{ locationId: 'PICK-1', quantity: 20 }]);
    anna = t().as(await t().newKey({ kind: 'user', role: 'warehouse_worker' }, 'anna'));
    baseUrl = await listen(t());
    connector = await connectorFor(t(), baseUrl, 'ERP1', erp.key, 'USMF');
    // The ERP's endpoint for business events, activated as in D365's business events catalog.
    receiver = await startReceiver(204);
    const subscription = await ok(erp.erp.post('/api/v1/webhook-subscriptions', { url: receiver.url, eventTypes: ['*'], payloadFormat: 'D365' }), 'subscription');
    expect(subscription.payloadFormat).toBe('D365');
    webhook = new Webhook(subscription.secret);
  });

  afterAll(async () => {
    await receiver.close();
  });

  it('sends orders, hears of the receipt and packing slip, reads them and pages through the update log', async () => {
    // 1. A token from the client-credentials grant, as from Azure AD.
    const token = await connector.authenticate();
    expect(token.status).toBe(200);
    expect(token.body).toMatchObject({ token_type: 'Bearer', expires_in: 3600 });

    // 2. Inbound and outbound orders: header, lines with the same MessageId, Complete.
    const inbound = await connector.sendShipmentOrder(
      'Inbound',
      { OrderNumber: 'PO-7001', OrderType: 'Purchase order', ReceivingWarehouseId: 'WH1', ConsignerAccountNumber: 'V-100', ConsignerName: 'Acme Supplies', PlannedReceiptPeriodEnd: '1900-01-01T00:00:00Z' },
      [
        { OrderLineNumber: 1, ItemNumber: 'ERP-ITEM-1', ExpectedQuantity: 10, ExpectedUnitSymbol: 'ea', ItemBatchNumber: '' },
        { OrderLineNumber: 2, ItemNumber: 'ERP-FLOUR', ExpectedQuantity: 5.5, ExpectedUnitSymbol: 'kg' },
      ],
    );
    expect(inbound.answers.map((a) => a.status)).toEqual([201, 201, 201, 204]);
    expect(inbound.answers[0]?.body).toMatchObject({ MessageId: inbound.messageId, ProcessingStatus: 'Receiving' });
    const outbound = await connector.sendShipmentOrder(
      'Outbound',
      { OrderNumber: 'SO-7001', OrderType: 'Sales', ShipFromWarehouseId: 'WH1', ReceiverName: 'Contoso Retail', ReceiverCountryRegionId: 'DE', ReceiverCity: 'Berlin', ConsigneePurchaseOrderNumber: 'CPO-9' },
      [{ OrderLineNumber: 1, ItemNumber: 'ERP-ITEM-1', OrderedQuantity: 4, OrderedUnitSymbol: 'ea', ConsigneeReference: 'shelf 4' }],
    );
    expect(outbound.answers.map((a) => a.status)).toEqual([201, 201, 204]);

    // 3. Queued exactly as messages posted to /api/v1: processed in the background, Accepted.
    await drain(t());
    const messages = (await ok(erp.erp.get('/api/v1/messages?limit=10'), 'messages')).items;
    expect(messages.map((m: any) => [m.messageId, m.messageType, m.orderNumber, m.origin, m.processingStatus]).sort()).toEqual(
      [
        [inbound.messageId, 'InboundShipmentOrder', 'PO-7001', 'Integration', 'Accepted'],
        [outbound.messageId, 'OutboundShipmentOrder', 'SO-7001', 'Integration', 'Accepted'],
      ].sort(),
    );
    const stored = await ok(erp.erp.get(`/api/v1/messages/${String(messages.find((m: any) => m.orderNumber === 'PO-7001').id)}`), 'inbound message');
    expect(stored.content).toEqual({
      messageId: inbound.messageId,
      orderNumber: 'PO-7001',
      sourceSystemId: 'ERP1',
      orderType: 'Purchase order',
      receivingWarehouseId: 'WH1',
      consignerAccountNumber: 'V-100',
      consignerName: 'Acme Supplies',
      lines: [
        { orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', expectedQuantity: 10, expectedUnitSymbol: 'ea' },
        { orderLineNumber: 2, itemNumber: 'ERP-FLOUR', expectedQuantity: 5.5, expectedUnitSymbol: 'kg' },
      ],
    });

    const statusEvents = await businessEvents('WHSShipmentOrderMessageChangedStatusBusinessEvent');
    expect(statusEvents.filter((e) => e.MessageId === inbound.messageId).map((e) => e.ProcessingStatus)).toEqual(['Received', 'Accepted']);
    expect(statusEvents[0]).toMatchObject({ BusinessEventLegalEntity: 'USMF', MajorVersion: 1, MinorVersion: 0, SourceSystemId: 'ERP1' });
    expect(statusEvents[0].EventTime).toMatch(/^\/Date\(\d+\)\/$/);
    expect(typeof statusEvents[0].ControlNumber).toBe('number');

    // 4. The warehouse receives the inbound order and ships the outbound one.
    const loadId = (await ok(t().admin.get('/api/v1/inbound-loads?orderNumber=PO-7001'), 'loads')).items[0].loadId;
    const r1 = await ok(anna.post('/api/v1/inbound-receiving/order-line', { operationId: 'r1', orderNumber: 'PO-7001', orderLineNumber: 1, quantity: 10, licensePlateId: 'LP-7001-1' }), 'receive 1');
    const r2 = await ok(anna.post('/api/v1/inbound-receiving/order-line', { operationId: 'r2', orderNumber: 'PO-7001', orderLineNumber: 2, quantity: 5.5, licensePlateId: 'LP-7001-2' }), 'receive 2');
    await executeWork(anna, r1.workId, 'pa1');
    await executeWork(anna, r2.workId, 'pa2');
    const completed = await ok(anna.post(`/api/v1/inbound-loads/${String(loadId)}/receiving-completed`, { packingSlipId: 'VPS-1' }), 'receiving completed');
    expect(completed.shipmentReceiptVersionNumbers).toHaveLength(1);

    const automation = await ok(t().admin.put('/api/v1/warehouses/WH1/outbound-automation', { quantityToRelease: 'PhysicallyReserved', allowPartiallyReleased: false }), 'automation');
    const [releaseProcess, shipProcess] = automation.processIds as number[];
    await ok(t().admin.post(`/api/v1/background-processes/${String(releaseProcess)}/run`), 'release');
    await drain(t());
    const wave = (await ok(t().admin.get('/api/v1/events?limit=1000&types=outboundWave.executed'), 'wave')).items[0];
    await executeWork(anna, String(wave.payload.workIds[0]), 'pick');
    await ok(t().admin.post(`/api/v1/background-processes/${String(shipProcess)}/run`), 'ship');

    // 5. The ERP hears of both documents through D365's business events, signed as every webhook is.
    const [receiptEvent] = await businessEvents('WHSShipmentReceivingJournalModifiedBusinessEvent');
    const [slipEvent] = await businessEvents('WHSShipmentPackingSlipJournalModifiedBusinessEvent');
    const receiptVersion = String(receiptEvent.ShipmentReceiptVersionNumber);
    const slipVersion = String(slipEvent.ShipmentPackingSlipVersionNumber);
    expect(receiptVersion).toBe(completed.shipmentReceiptVersionNumbers[0]);

    // 6. The connector reads the shipment receipt by its number, as after WHSShipmentReceivingJournalModifiedBusinessEvent.
    const receipt = await connector.read('ShipmentReceiptJournalHeaders', { $filter: `ShipmentReceiptVersionNumber eq '${receiptVersion}'` });
    expect(receipt.status).toBe(200);
    expect(receipt.headers.get('odata-version')).toBe('4.0');
    expect(receipt.body.value).toHaveLength(1);
    expect(receipt.body.value[0]).toMatchObject({
      dataAreaId: 'usmf',
      ShipmentReceiptVersionNumber: receiptVersion,
      IsActive: 'Yes',
      PostingStatus: 'ReadyForPosting',
      SourceSystemId: 'ERP1',
      LoadId: loadId,
      ReceivingWarehouseId: 'WH1',
      ReceivingCompletedPackingSlipId: 'VPS-1',
      ConsignerAccountNumber: 'V-100',
      ConsignerName: 'Acme Supplies',
      SourceSystemOrderNumber: 'PO-7001',
    });
    const receiptLines = await connector.read('ShipmentReceiptJournalLines', { $filter: `ShipmentReceiptVersionNumber eq '${receiptVersion}'`, $orderby: 'SourceSystemOrderLineNumber', $select: 'SourceSystemOrderLineNumber,SourceSystemItemNumber,OrderedQuantity,OrderedUnitSymbol,ReceivedQuantity,RemainingQuantity' });
    expect(receiptLines.body.value, JSON.stringify(receiptLines.body)).toEqual([
      { SourceSystemOrderLineNumber: 1, SourceSystemItemNumber: 'ERP-ITEM-1', OrderedQuantity: 10, OrderedUnitSymbol: 'ea', ReceivedQuantity: 10, RemainingQuantity: 0 },
      { SourceSystemOrderLineNumber: 2, SourceSystemItemNumber: 'ERP-FLOUR', OrderedQuantity: 5.5, OrderedUnitSymbol: 'kg', ReceivedQuantity: 5.5, RemainingQuantity: 0 },
    ]);

    const receiptDimensions = await connector.read('ShipmentReceiptTransactionDimensions', { $filter: `ShipmentReceiptVersionNumber eq '${receiptVersion}'`, $orderby: 'LicensePlateNumber' });
    expect(receiptDimensions.body.value.map((d: any) => [d.SourceSystemItemNumber, d.LicensePlateNumber, d.HandlingQuantity, d.HandlingUnitSymbol, d.InventoryOwnerId, d.OrderedInventoryStatusId, d.ReceivingWarehouseId])).toEqual([
      ['ERP-ITEM-1', 'LP-7001-1', 10, 'ea', 'OWN-A', 'AV', 'WH1'],
      ['ERP-FLOUR', 'LP-7001-2', 5.5, 'kg', 'OWN-A', 'AV', 'WH1'],
    ]);

    // 7. ... and the packing slip, as after WHSShipmentPackingSlipJournalModifiedBusinessEvent.
    const slip = await connector.read('ShipmentPackingSlipJournalHeaders', { $filter: `ShipmentPackingSlipVersionNumber eq '${slipVersion}'` });
    expect(slip.body.value).toHaveLength(1);
    expect(slip.body.value[0]).toMatchObject({ dataAreaId: 'usmf', ShipmentPackingSlipVersionNumber: slipVersion, IsActive: 'Yes', ShipFromWarehouseId: 'WH1', ReceiverName: 'Contoso Retail', ReceiverCountryRegionId: 'DE' });
    const slipLines = await connector.read('ShipmentPackingSlipJournalLines', { $filter: `ShipmentPackingSlipVersionNumber eq '${slipVersion}'` });
    expect(slipLines.body.value.map((l: any) => [l.SourceSystemOrderNumber, l.SourceSystemOrderLineNumber, l.SourceSystemItemNumber, l.ShippedQuantity, l.RemainingQuantity, l.ConsigneeReference, l.ConsigneePurchaseOrderNumber])).toEqual([
      ['SO-7001', 1, 'ERP-ITEM-1', 4, 0, 'shelf 4', 'CPO-9'],
    ]);

    const slipDimensions = await connector.read('ShipmentPackingSlipTransactionDimensions', { $filter: `ShipmentPackingSlipVersionNumber eq '${slipVersion}'` });
    expect(slipDimensions.body.value.map((d: any) => [d.SourceSystemItemNumber, d.ShippingWarehouseId, d.ShippingWarehouseLocationId, d.HandlingQuantity, d.InventoryOwnerId])).toEqual([['ERP-ITEM-1', 'WH1', 'STAGE', 4, 'OWN-A']]);

    // 8. The update log, page by page, after WHSInventoryUpdateLogBusinessEvent as the server splits it.
    await runProcess(t(), 'publishWarehouseInventoryUpdateLog', 'ERP1');
    expect(await businessEvents('WHSInventoryUpdateLogBusinessEvent')).toHaveLength(1);
    const pages = await connector.readAllPages('WarehouseInventoryUpdateLogs', { $count: 'true', $orderby: 'LineNumber' }, 2);
    expect(pages.every((p) => p.status === 200)).toBe(true);
    const entries = pages.flatMap((p) => p.body.value as any[]);
    expect(pages.length).toBeGreaterThan(1);
    expect(entries).toHaveLength(pages[0]?.body['@odata.count']);
    expect(entries.map((e) => e.LineNumber)).toEqual([...entries.map((e) => e.LineNumber)].sort((a, b) => a - b));
    expect(new Set(entries.map((e) => e.LineNumber)).size).toBe(entries.length);
    expect(entries.map((e) => [e.ItemNumber, e.HandlingQuantity])).toEqual(expect.arrayContaining([['ERP-ITEM-1', 10], ['ERP-FLOUR', 5.5], ['ERP-ITEM-1', -4]]));

    // 9. Picking started (WHSOutboundNotificationCreatedBusinessEvent): the work created per order line.
    const [notice] = await businessEvents('WHSOutboundNotificationCreatedBusinessEvent');
    const noticeLines = await connector.read('OutboundShipmentLineNotifications', { $filter: `OutboundNotificationNumber eq '${String(notice.OutboundNotificationNumber)}'` });
    expect(noticeLines.body.value.map((l: any) => [l.OrderNumber, l.LineNumber, l.ItemNumber, l.WorkCreatedCumulativeQuantity, l.WorkCreatedQuantityUnitOfMeasure])).toEqual([['SO-7001', 1, 'ERP-ITEM-1', 4, 'ea']]);
    expect((await connector.read('OutboundNotifications', { $filter: `OutboundNotificationNumber eq '${String(notice.OutboundNotificationNumber)}'` })).body.value).toEqual([
      { dataAreaId: 'usmf', OutboundNotificationNumber: notice.OutboundNotificationNumber, OutboundNotificationStatus: 'PickingStarted', SourceSystemId: 'ERP1' },
    ]);

    // 10. Reconciliation (WHSSourceSystemInventoryOnhandReportBusinessEvent): the report's lines, not-zero ones only.
    await ok(erp.erp.post('/api/v1/source-systems/ERP1/on-hand-reports', { asOfDate: new Date(t().clock.now()).toISOString().slice(0, 10), dimensions: ['warehouse'], includeRegisteredAndPicked: true }), 'on-hand report');
    const [reportEvent] = await businessEvents('WHSSourceSystemInventoryOnhandReportBusinessEvent');
    const report = await connector.read('WarehouseInventoryOnhandReports', { $filter: `ReportNumber eq '${String(reportEvent.ReportId)}'` });
    expect(report.body.value[0]).toMatchObject({ IncludeWarehouseDimension: 'Yes', IncludeWarehouseLocationDimension: 'No', IncludeRegisteredAndPickedTransactions: 'Yes' });
    const reportLines = await connector.read('SourceSystemWarehouseInventoryOnhandReportLines', { $filter: `ReportNumber eq '${String(reportEvent.ReportId)}' and OnHandQuantity ne 0`, $orderby: 'SourceSystemItemNumber' });
    expect(reportLines.body.value.map((l: any) => [l.SourceSystemItemNumber, l.WarehouseId, l.OnHandQuantity])).toEqual([
      ['ERP-FLOUR', 'WH1', 5.5],
      ['ERP-ITEM-1', 'WH1', 26],
    ]);

    // 11. A count (InventCountingJournalPostedBusinessEvent): the ERP applies the adjustment only.
    const journal = await ok(t().admin.post('/api/v1/counting-journals', { warehouseId: 'WH1', countingBy: 'Location', values: ['PICK-1'], ownerId: 'OWN-A' }), 'journal');
    const line = journal.lines.find((l: any) => l.itemNumber === 'ITEM-1');
    await ok(t().admin.post(`/api/v1/counting-journals/${String(journal.journalId)}/counts`, { operationId: 'count-1', counts: [{ lineNumber: line.lineNumber, countedQuantity: 15 }] }), 'count');
    await ok(t().admin.post(`/api/v1/counting-journals/${String(journal.journalId)}/post`, { operationId: 'post-1' }), 'post');
    const [counted] = await businessEvents('InventCountingJournalPostedBusinessEvent');
    expect(counted.JournalId).toBe(journal.journalId);
    const countHeader = await connector.read('InventoryCountingJournalHeaders', { $filter: `JournalNumber eq '${String(counted.JournalId)}'` });
    expect(countHeader.body.value).toEqual([expect.objectContaining({ JournalNumber: journal.journalId, IsPosted: 'Yes', DefaultWarehouseId: 'WH1' })]);
    const countLines = await connector.read('InventoryCountingJournalLines', { $filter: `JournalNumber eq '${String(counted.JournalId)}' and AdjustmentQuantity ne 0` });
    expect(countLines.body.value.map((l: any) => [l.SourceSystemItemNumber, l.WarehouseLocationId, l.OnHandQuantity, l.CountedQuantity, l.AdjustmentQuantity, l.IsCountedQuantityZero])).toEqual([['ERP-ITEM-1', 'PICK-1', 16, 15, -1, 'No']]);
    // Another ERP, whose owner's stock was not counted, sees none of it.
    await ok(t().admin.post('/api/v1/inventory-owners', { ownerId: 'OWN-B', name: 'Owner B' }), 'owner B');
    const other = await createErp(t(), 'ERP9', { defaultOwnerId: 'OWN-B' });
    await ok(t().admin.put('/api/v1/source-systems/ERP9/d365-company', { dataAreaId: 'USRT' }), 'company 9');
    const otherConnector = await connectorFor(t(), baseUrl, 'ERP9', other.key, 'USRT');
    expect((await otherConnector.authenticate()).status).toBe(200);
    for (const set of ['InventoryCountingJournalHeaders', 'InventoryCountingJournalLines', 'ShipmentReceiptJournalLines', 'WarehouseInventoryUpdateLogs']) {
      expect((await otherConnector.read(set, {})).body.value, set).toEqual([]);
    }
    await expectLedgerConsistent(t());
  });
});
