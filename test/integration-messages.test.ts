import { beforeAll, describe, expect, it } from 'vitest';
import { createErp, createWarehouseMasterData, drain, inboundMessage, messageById, outboundMessage, uniqueId, type ErpFixture } from './support/fixtures.js';
import { useTestApp } from './support/harness.js';

describe('an ERP sends shipment order messages', () => {
  const t = useTestApp();
  let erp: ErpFixture;

  beforeAll(async () => {
    await createWarehouseMasterData(t().admin);
    erp = await createErp(t(), 'ERP1');
  });

  it('stores an inbound message as Received, processes it to Accepted and creates the order in inventory units', async () => {
    const sent = await erp.erp.post('/api/v1/inbound-shipment-order-messages', inboundMessage('PO-100'));
    expect(sent.status).toBe(202);
    expect(sent.body).toMatchObject({ processingStatus: 'Received', processorState: 'Queued', origin: 'Integration', sourceSystemId: 'ERP1' });

    await drain(t());
    const message = await messageById(t(), sent.body.id);
    expect(message.processingStatus).toBe('Accepted');
    expect(message.internalOrderNumber).toBe('PO-100');
    expect(message.log.at(-1).text).toContain('created inbound shipment order PO-100');

    const order = await erp.erp.get('/api/v1/inbound-shipment-orders/PO-100');
    expect(order.status).toBe(200);
    expect(order.body).toMatchObject({ sourceSystemOrderNumber: 'PO-100', receivingWarehouseId: 'WH1', receivingStatus: 'Open', status: 'Active' });
    expect(order.body.parties).toMatchObject({ consignerName: 'Acme Supplies' });
    expect(order.body.lines.map((l: any) => [l.orderLineNumber, l.itemNumber, l.expectedQuantity, l.expectedUnitSymbol, l.expectedInventoryQuantity, l.inventoryOwnerId, l.inventoryStatusId])).toEqual([
      [1, 'ITEM-1', 10, 'ea', 10, 'OWN-A', 'AV'],
      [2, 'ITEM-1', 2, 'box', 24, 'OWN-A', 'AV'],
    ]);
  });

  it('answers a resend of a known message id with the stored message and changes nothing', async () => {
    const body = inboundMessage('PO-101');
    const first = await erp.erp.post('/api/v1/inbound-shipment-order-messages', body);
    await drain(t());
    const eventsBefore = (await t().admin.get('/api/v1/events?limit=1000')).body.items.length;
    const again = await erp.erp.post('/api/v1/inbound-shipment-order-messages', { ...body, orderNumber: 'PO-OTHER' });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    expect(again.body.processingStatus).toBe('Accepted');
    await drain(t());
    const list = await t().admin.get(`/api/v1/messages?messageId=${String(body.messageId)}`);
    expect(list.body.total).toBe(1);
    expect((await t().admin.get('/api/v1/inbound-shipment-orders/PO-OTHER')).status).toBe(404);
    expect((await t().admin.get('/api/v1/events?limit=1000')).body.items.length).toBe(eventsBefore);
  });

  it('rejects a message that fails the schema with 400 naming each bad field, and stores nothing', async () => {
    const before = (await t().admin.get('/api/v1/messages')).body.total;
    const res = await erp.erp.post('/api/v1/inbound-shipment-order-messages', {
      messageId: uniqueId('bad'),
      orderNumber: 'PO-BAD',
      lines: [{ orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', expectedQuantity: -3, expectedUnitSymbol: 'ea', colour: 'red' }],
    });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const fields = res.body.errors.map((e: any) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['receivingWarehouseId', 'lines.0.expectedQuantity', 'lines.0.colour']));
    expect((await t().admin.get('/api/v1/messages')).body.total).toBe(before);
  });

  it('rejects more than six decimals and duplicate line numbers before storing', async () => {
    const res = await erp.erp.post(
      '/api/v1/inbound-shipment-order-messages',
      inboundMessage('PO-DEC', {}, [
        { orderLineNumber: 1, itemNumber: 'ERP-FLOUR', expectedQuantity: 1.0000001, expectedUnitSymbol: 'kg' },
        { orderLineNumber: 1, itemNumber: 'ERP-FLOUR', expectedQuantity: 2, expectedUnitSymbol: 'kg' },
      ]),
    );
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: any) => e.field)).toEqual(['lines.0.expectedQuantity', 'lines.1.orderLineNumber']);
  });

  it('fails a message with an unknown item, naming the field and value, and holds later messages of the same order', async () => {
    const bad = await erp.erp.post(
      '/api/v1/inbound-shipment-order-messages',
      inboundMessage('PO-200', {}, [{ orderLineNumber: 1, itemNumber: 'NOPE-9', expectedQuantity: 1, expectedUnitSymbol: 'ea' }]),
    );
    const later = await erp.erp.post('/api/v1/inbound-shipment-order-messages', inboundMessage('PO-200', { orderChannel: 'later' }));
    const otherOrder = await erp.erp.post('/api/v1/inbound-shipment-order-messages', inboundMessage('PO-201'));
    await drain(t());

    const failed = await messageById(t(), bad.body.id);
    expect(failed.processingStatus).toBe('Failed');
    expect(failed.processorState).toBe('Failed');
    expect(failed.log).toContainEqual(expect.objectContaining({ level: 'error', field: 'lines[0].itemNumber', value: 'NOPE-9' }));
    expect(failed.lastError).toContain("external item number 'NOPE-9'");
    expect((await messageById(t(), later.body.id)).processingStatus).toBe('Received');
    expect((await messageById(t(), otherOrder.body.id)).processingStatus).toBe('Accepted');
    expect((await t().admin.get('/api/v1/inbound-shipment-orders/PO-200')).status).toBe(404);

    // The operator fixes the item in a new version and queues it; the held message follows.
    const content = failed.content;
    const edited = await t().admin.put(`/api/v1/messages/${bad.body.id}`, { ...content, lines: [{ ...content.lines[0], itemNumber: 'ERP-ITEM-1' }] });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ processingStatus: 'Draft', version: 2, previousVersionId: bad.body.id, origin: 'ManualEntry' });
    expect((await messageById(t(), bad.body.id)).replacedById).toBe(edited.body.id);
    expect((await messageById(t(), later.body.id)).processingStatus).toBe('Received');

    const queued = await t().admin.post(`/api/v1/messages/${edited.body.id}/queue`);
    expect(queued.body.processingStatus).toBe('Received');
    await drain(t());
    expect((await messageById(t(), edited.body.id)).processingStatus).toBe('Accepted');
    expect((await messageById(t(), bad.body.id)).processingStatus).toBe('Canceled');
    expect((await messageById(t(), later.body.id)).processingStatus).toBe('Accepted');
    const order = await t().admin.get('/api/v1/inbound-shipment-orders/PO-200');
    expect(order.body.orderChannel).toBe('later');
  });

  it('takes a message typed by a person only where the source system allows it, and then as a Draft that must be queued', async () => {
    const operator = t().as(await t().newKey({ kind: 'user', role: 'integration_operator' }, 'olivia'));
    const typed: Record<string, unknown> = { ...inboundMessage('PO-MANUAL'), sourceSystemId: 'ERP1' };
    const refused = await operator.post('/api/v1/inbound-shipment-order-messages', typed);
    expect([refused.status, refused.body.code, refused.body.errors[0].field]).toEqual([409, 'INTEGRATION.MANUAL_MESSAGES_DISABLED', 'sourceSystemId']);
    expect((await t().admin.get(`/api/v1/messages?messageId=${String(typed.messageId)}`)).body.items).toEqual([]);

    const settings = (await t().admin.get('/api/v1/source-systems/ERP1')).body;
    expect(settings).toMatchObject({ manualInboundMessageCreation: false, manualOutboundMessageCreation: false });
    expect((await t().admin.patch('/api/v1/source-systems/ERP1', { manualInboundMessageCreation: true })).status).toBe(200);
    const taken = await operator.post('/api/v1/inbound-shipment-order-messages', typed);
    expect([taken.status, taken.body.processingStatus, taken.body.origin]).toEqual([202, 'Draft', 'ManualEntry']);
    // The outbound switch is its own.
    const outbound = await operator.post('/api/v1/outbound-shipment-order-messages', { ...outboundMessage('SO-MANUAL'), sourceSystemId: 'ERP1' });
    expect(outbound.status).toBe(409);
    // The ERP's own key is not a person: its messages never need the switch.
    expect((await erp.erp.post('/api/v1/outbound-shipment-order-messages', outboundMessage('SO-FROM-ERP'))).status).toBe(202);
    expect((await t().admin.patch('/api/v1/source-systems/ERP1', { manualInboundMessageCreation: false })).status).toBe(200);
  });

  it('finds messages by any value in their content, ignoring case, and only its own source system\'s', async () => {
    const line = (ref: string) => [{ orderLineNumber: 1, itemNumber: 'ERP-ITEM-2', expectedQuantity: 3, expectedUnitSymbol: 'ea', consignerReference: ref }];
    await erp.erp.post('/api/v1/inbound-shipment-order-messages', inboundMessage('PO-SEARCH-1', {}, line('Crate 50%-blue')));
    await erp.erp.post('/api/v1/inbound-shipment-order-messages', inboundMessage('PO-SEARCH-2', {}, line('crate 7 red')));
    const other = await createErp(t(), 'ERP-SEARCH');
    await other.erp.post('/api/v1/inbound-shipment-order-messages', inboundMessage('PO-SEARCH-3', {}, line('CRATE of another ERP')));
    const found = async (client: typeof erp.erp, text: string) =>
      ((await client.get(`/api/v1/messages?contains=${encodeURIComponent(text)}&limit=100`)).body.items as any[]).map((m) => m.orderNumber).sort();
    expect(await found(t().admin, 'CRATE')).toEqual(['PO-SEARCH-1', 'PO-SEARCH-2', 'PO-SEARCH-3']);
    expect(await found(erp.erp, 'crate')).toEqual(['PO-SEARCH-1', 'PO-SEARCH-2']);
    // A wildcard of LIKE is just a character here.
    expect(await found(t().admin, '50%-')).toEqual(['PO-SEARCH-1']);
    expect(await found(t().admin, 'e_7')).toEqual([]);
    expect(await found(t().admin, 'po-search-2')).toEqual(['PO-SEARCH-2']);
    const tooShort = await t().admin.get('/api/v1/messages?contains=x');
    expect([tooShort.status, tooShort.body.errors?.[0]?.field]).toEqual([400, 'querystring.contains']);
  });

  it('does not let an edit change the order number or line numbers', async () => {
    const bad = await erp.erp.post(
      '/api/v1/inbound-shipment-order-messages',
      inboundMessage('PO-210', {}, [{ orderLineNumber: 1, itemNumber: 'NOPE', expectedQuantity: 1, expectedUnitSymbol: 'ea' }]),
    );
    await drain(t());
    const content = (await messageById(t(), bad.body.id)).content;
    const res = await t().admin.put(`/api/v1/messages/${bad.body.id}`, { ...content, orderNumber: 'PO-211', lines: [{ ...content.lines[0], orderLineNumber: 7 }] });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: any) => e.field)).toEqual(['orderNumber', 'lines']);
  });

  it('cancels a failed message so that the held messages of its order go on', async () => {
    const bad = await erp.erp.post(
      '/api/v1/inbound-shipment-order-messages',
      inboundMessage('PO-220', {}, [{ orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', expectedQuantity: 1, expectedUnitSymbol: 'pallet' }]),
    );
    const next = await erp.erp.post('/api/v1/inbound-shipment-order-messages', inboundMessage('PO-220'));
    await drain(t());
    expect((await messageById(t(), bad.body.id)).log).toContainEqual(expect.objectContaining({ field: 'lines[0].expectedUnitSymbol', value: 'pallet' }));
    expect((await messageById(t(), next.body.id)).processingStatus).toBe('Received');
    const canceled = await erp.erp.post(`/api/v1/messages/${bad.body.id}/cancel`);
    expect(canceled.body.processingStatus).toBe('Canceled');
    await drain(t());
    expect((await messageById(t(), next.body.id)).processingStatus).toBe('Accepted');
    const again = await erp.erp.post(`/api/v1/messages/${bad.body.id}/cancel`);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('INTEGRATION.MESSAGE_ACTION_NOT_ALLOWED');
  });

  it('updates the order on a resend with the same order number and cancels it on a header without lines', async () => {
    await erp.erp.post('/api/v1/inbound-shipment-order-messages', inboundMessage('PO-300'));
    await erp.erp.post(
      '/api/v1/inbound-shipment-order-messages',
      inboundMessage('PO-300', { consignerName: 'Acme Two' }, [
        { orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', expectedQuantity: 15, expectedUnitSymbol: 'ea' },
        { orderLineNumber: 3, itemNumber: 'ERP-ITEM-2', expectedQuantity: 4, expectedUnitSymbol: 'ea', itemBatchNumber: 'B-1' },
      ]),
    );
    await drain(t());
    const updated = (await t().admin.get('/api/v1/inbound-shipment-orders/PO-300')).body;
    expect(updated.version).toBe(2);
    expect(updated.parties.consignerName).toBe('Acme Two');
    expect(updated.lines.map((l: any) => [l.orderLineNumber, l.expectedQuantity, l.status, l.itemBatchNumber])).toEqual([
      [1, 15, 'Active', null],
      [2, 2, 'Canceled', null],
      [3, 4, 'Active', 'B-1'],
    ]);

    const cancel = await erp.erp.post('/api/v1/inbound-shipment-order-messages', inboundMessage('PO-300', {}, []));
    await drain(t());
    expect((await messageById(t(), cancel.body.id)).processingStatus).toBe('Accepted');
    const canceled = (await t().admin.get('/api/v1/inbound-shipment-orders/PO-300')).body;
    expect(canceled.status).toBe('Canceled');
    expect(canceled.lines.every((l: any) => l.status === 'Canceled')).toBe(true);
  });

  it('processes messages of one order strictly in arrival order', async () => {
    const ids: number[] = [];
    for (let i = 1; i <= 5; i++) {
      const res = await erp.erp.post(
        '/api/v1/inbound-shipment-order-messages',
        inboundMessage('PO-400', {}, [{ orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', expectedQuantity: i, expectedUnitSymbol: 'ea' }]),
      );
      ids.push(res.body.id);
    }
    await drain(t());
    const order = (await t().admin.get('/api/v1/inbound-shipment-orders/PO-400')).body;
    expect(order.version).toBe(5);
    expect(order.lines[0].expectedQuantity).toBe(5);
    const statuses = await Promise.all(ids.map(async (id) => (await messageById(t(), id)).processingStatus));
    expect(statuses).toEqual(['Accepted', 'Accepted', 'Accepted', 'Accepted', 'Accepted']);
  });

  it('creates outbound orders and fails those without a receiver, naming the field', async () => {
    const good = await erp.erp.post('/api/v1/outbound-shipment-order-messages', outboundMessage('SO-100'));
    const bad = await erp.erp.post('/api/v1/outbound-shipment-order-messages', outboundMessage('SO-101', { receiverName: undefined, receiverCountryRegionId: 'Germany' }));
    await drain(t());
    expect((await messageById(t(), good.body.id)).processingStatus).toBe('Accepted');
    const order = (await erp.erp.get('/api/v1/outbound-shipment-orders/SO-100')).body;
    expect(order).toMatchObject({ shipFromWarehouseId: 'WH1', releaseStatus: 'Open', shipmentStatus: 'Open', reservationAtImportPolicy: 'None' });
    expect(order.lines[0]).toMatchObject({ itemNumber: 'ITEM-1', orderedQuantity: 5, orderedInventoryQuantity: 5, releaseStatus: 'Open' });
    const failed = await messageById(t(), bad.body.id);
    expect(failed.processingStatus).toBe('Failed');
    expect(failed.log.map((l: any) => l.field)).toEqual(expect.arrayContaining(['receiverName', 'receiverCountryRegionId']));
  });

  it('refuses a per-message reservation policy when the source system makes its own mandatory', async () => {
    const strict = await createErp(t(), 'ERP-STRICT', { reservationAtImportPolicy: 'Reserve', reservationAtImportPolicyMandatory: true, outboundOrderNumberPolicy: 'NumberSequence', outboundOrderNumberPrefix: 'ST-' });
    const override = await strict.erp.post('/api/v1/outbound-shipment-order-messages', outboundMessage('SO-200', { reservationAtImportPolicy: 'None' }));
    const plain = await strict.erp.post('/api/v1/outbound-shipment-order-messages', outboundMessage('SO-201'));
    await drain(t());
    const failed = await messageById(t(), override.body.id);
    expect(failed.log).toContainEqual(expect.objectContaining({ field: 'reservationAtImportPolicy', value: 'None' }));
    const accepted = await messageById(t(), plain.body.id);
    expect(accepted.internalOrderNumber).toMatch(/^ST-OSO-\d{8}$/);
    const order = (await strict.erp.get(`/api/v1/outbound-shipment-orders/${String(accepted.internalOrderNumber)}`)).body;
    expect(order).toMatchObject({ sourceSystemOrderNumber: 'SO-201', reservationAtImportPolicy: 'Reserve' });
  });

  it('resolves owners by the source system\'s external owner id', async () => {
    await t().admin.post('/api/v1/inventory-owners', { ownerId: 'OWN-B', name: 'Owner B' });
    const put = await t().admin.put('/api/v1/inventory-owners/OWN-B/source-system-ids/ERP1', { externalOwnerId: 'CUST-B' });
    expect(put.status).toBeLessThan(300);
    const sent = await erp.erp.post(
      '/api/v1/inbound-shipment-order-messages',
      inboundMessage('PO-500', {}, [
        { orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', expectedQuantity: 1, expectedUnitSymbol: 'ea', sourceSystemInventoryOwnerId: 'CUST-B', expectedInventoryStatus: 'QC' },
        { orderLineNumber: 2, itemNumber: 'ERP-ITEM-1', expectedQuantity: 1, expectedUnitSymbol: 'ea', sourceSystemInventoryOwnerId: 'CUST-X' },
      ]),
    );
    await drain(t());
    const failed = await messageById(t(), sent.body.id);
    expect(failed.processingStatus).toBe('Failed');
    expect(failed.log).toEqual([expect.objectContaining({ field: 'lines[1].sourceSystemInventoryOwnerId', value: 'CUST-X' })]);
    const fixed = await t().admin.put(`/api/v1/messages/${sent.body.id}`, { ...failed.content, lines: [failed.content.lines[0], { ...failed.content.lines[1], sourceSystemInventoryOwnerId: 'CUST-B' }] });
    await t().admin.post(`/api/v1/messages/${fixed.body.id}/queue`);
    await drain(t());
    const order = (await t().admin.get('/api/v1/inbound-shipment-orders/PO-500')).body;
    expect(order.lines.map((l: any) => [l.inventoryOwnerId, l.inventoryStatusId])).toEqual([
      ['OWN-B', 'QC'],
      ['OWN-B', 'AV'],
    ]);
  });

  it('raises a status-changed event for every status change and a failure event for failures', async () => {
    const { body: before } = await erp.erp.get('/api/v1/events?limit=1000');
    const cursor = before.nextCursor ?? 0;
    const sent = await erp.erp.post(
      '/api/v1/inbound-shipment-order-messages',
      inboundMessage('PO-600', {}, [{ orderLineNumber: 1, itemNumber: 'NOPE', expectedQuantity: 1, expectedUnitSymbol: 'ea' }]),
    );
    await drain(t());
    const { body } = await erp.erp.get(`/api/v1/events?after=${String(cursor)}`);
    const mine = body.items.filter((e: any) => e.payload.messageId === sent.body.messageId);
    expect(mine.map((e: any) => [e.type, e.payload.processingStatus ?? null])).toEqual([
      ['shipmentOrderMessage.statusChanged', 'Received'],
      ['shipmentOrderMessage.statusChanged', 'Failed'],
      ['messageProcessor.messageFailed', null],
    ]);
    expect(mine[2].payload.errors[0]).toMatchObject({ field: 'lines[0].itemNumber', value: 'NOPE' });
  });
});
