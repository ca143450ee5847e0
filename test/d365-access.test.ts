import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { clientIdOf, receiveInboundOrder } from './support/d365.js';
import { createErp, createWarehouseMasterData, drain, type ErpFixture } from './support/fixtures.js';
import { useTestApp, type Client } from './support/harness.js';
import { ok } from './support/inbound.js';
import { createReceivingLayout } from './support/warehouse-layout.js';

/** The OData error format D365 answers and connectors parse: {"error":{"code","message","details"}}. */
function expectODataError(res: { status: number; body: any; headers: Record<string, unknown> }, status: number, code?: string): void {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(String(res.headers['content-type'])).toMatch(/^application\/json/);
  expect(typeof res.body.error.code).toBe('string');
  expect(typeof res.body.error.message).toBe('string');
  expect(Array.isArray(res.body.error.details)).toBe(true);
  if (code) expect(res.body.error.code).toBe(code);
}

describe('the D365-compatible service: tokens, tenants and bad input', () => {
  const t = useTestApp();
  let erp1: ErpFixture;
  let erp2: ErpFixture;
  let receiptVersion = '';

  const token = async (clientId: string, secret: string, extra = '') => {
    const res = await t().q.app.inject({
      method: 'POST',
      url: '/oauth2/token',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: `grant_type=client_credentials&client_id=${encodeURIComponent(clientId)}&client_secret=${encodeURIComponent(secret)}&scope=${encodeURIComponent('https://usmf.example/.default')}${extra}`,
    });
    return { status: res.statusCode, body: res.json(), headers: res.headers };
  };
  const tokenFor = async (erp: ErpFixture) => (await token(await clientIdOf(t(), erp.sourceSystemId), erp.key)).body.access_token as string;

  beforeAll(async () => {
    const { admin } = t();
    await createWarehouseMasterData(admin);
    await createReceivingLayout(admin);
    erp1 = await createErp(t(), 'ERP1', { inboundLoadSynchronizationPolicy: 'FullSynchronization' });
    erp2 = await createErp(t(), 'ERP2', { inboundLoadSynchronizationPolicy: 'FullSynchronization' });
    await ok(admin.put('/api/v1/source-systems/ERP1/d365-company', { dataAreaId: 'usmf' }), 'company 1');
    await ok(admin.put('/api/v1/source-systems/ERP2/d365-company', { dataAreaId: 'USRT' }), 'company 2');
    // ERP1 has a shipment receipt (through /api/v1: both doors lead to the same documents).
    receiptVersion = await receiveInboundOrder(t(), erp1, 'PO-1');
  });

  describe('tokens', () => {
    it('are issued for a key\'s prefix and secret (in the form or as HTTP Basic), and refused otherwise in OAuth\'s format', async () => {
      const clientId = await clientIdOf(t(), 'ERP1');
      const issued = await token(clientId, erp1.key);
      expect(issued.status).toBe(200);
      expect(issued.headers['cache-control']).toBe('no-store');
      expect(issued.body).toMatchObject({ token_type: 'Bearer', expires_in: 3600 });
      const basic = await t().q.app.inject({
        method: 'POST',
        url: '/common/oauth2/token',
        headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from(`${clientId}:${erp1.key}`).toString('base64')}` },
        payload: 'grant_type=client_credentials&resource=https%3A%2F%2Fusmf.example',
      });
      expect(basic.statusCode).toBe(200);

      expect(await token(clientId, `${erp1.key}x`)).toMatchObject({ status: 401, body: { error: 'invalid_client' } });
      expect(await token(await clientIdOf(t(), 'ERP2'), erp1.key)).toMatchObject({ status: 401, body: { error: 'invalid_client' } });
      const wrongGrant = await t().q.app.inject({ method: 'POST', url: '/oauth2/token', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'grant_type=password&username=a&password=b' });
      expect([wrongGrant.statusCode, wrongGrant.json().error]).toEqual([400, 'unsupported_grant_type']);
      const missing = await t().q.app.inject({ method: 'POST', url: '/oauth2/token', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'client_id=x' });
      expect([missing.statusCode, missing.json().error]).toEqual([400, 'invalid_request']);
      const twice = await token(clientId, erp1.key, '&client_id=other');
      expect([twice.status, twice.body.error]).toEqual([400, 'invalid_request']);
    });

    it('stop working when they expire and when their key is revoked', async () => {
      const erp3 = await createErp(t(), 'ERP3');
      await ok(t().admin.put('/api/v1/source-systems/ERP3/d365-company', { dataAreaId: 'usmf' }), 'company 3');
      const first = await tokenFor(erp3);
      const connector = t().as(first);
      expect((await connector.get('/data/ShipmentReceiptJournalHeaders')).status).toBe(200);
      // Tokens also stand for their key on /api/v1.
      expect((await connector.get('/api/v1/messages')).status).toBe(200);

      t().clock.advance(3599_000);
      expect((await connector.get('/data/ShipmentReceiptJournalHeaders')).status).toBe(200);
      t().clock.advance(1_000);
      const expired = await connector.get('/data/ShipmentReceiptJournalHeaders');
      expectODataError(expired, 401, 'AUTH.TOKEN_EXPIRED');
      expect((await connector.get('/api/v1/messages')).body.code).toBe('AUTH.TOKEN_EXPIRED');

      const second = t().as(await tokenFor(erp3));
      expect((await second.get('/data/ShipmentReceiptJournalHeaders')).status).toBe(200);
      const keyId = (await ok(t().admin.get('/api/v1/api-keys'), 'keys')).items.find((k: any) => k.sourceSystemId === 'ERP3').id;
      expect((await t().admin.delete(`/api/v1/api-keys/${String(keyId)}`)).status).toBe(204);
      expectODataError(await second.get('/data/ShipmentReceiptJournalHeaders'), 401, 'AUTH.UNAUTHENTICATED');
      expect((await token(await clientIdOf(t(), 'ERP1'), erp3.key)).status).toBe(401);
      expectODataError(await t().as(undefined).get('/data/ShipmentReceiptJournalHeaders'), 401, 'AUTH.UNAUTHENTICATED');
    });
  });

  describe('tenants', () => {
    it('show one source system\'s documents to its own token only', async () => {
      const one = t().as(await tokenFor(erp1));
      const two = t().as(await tokenFor(erp2));
      const filter = `?$filter=${encodeURIComponent(`ShipmentReceiptVersionNumber eq '${receiptVersion}'`)}`;
      expect((await one.get(`/data/ShipmentReceiptJournalHeaders${filter}`)).body.value).toHaveLength(1);
      expect((await one.get('/data/ShipmentReceiptJournalLines')).body.value).toHaveLength(1);
      for (const set of ['ShipmentReceiptJournalHeaders', 'ShipmentReceiptJournalLines', 'ShipmentPackingSlipJournalHeaders', 'WarehouseInventoryUpdateLogs']) {
        const res = await two.get(`/data/${set}?$count=true`);
        expect([res.status, res.body['@odata.count'], res.body.value]).toEqual([200, 0, []]);
      }
      expect((await two.get(`/data/ShipmentReceiptJournalHeaders${filter}`)).body.value).toEqual([]);
      expect((await two.get(`/data/ShipmentReceiptJournalHeaders?$filter=${encodeURIComponent("dataAreaId eq 'usmf'")}`)).body.value).toEqual([]);
      expectODataError(await two.get(`/data/ShipmentReceiptJournalHeaders(dataAreaId='usmf',ShipmentReceiptVersionNumber='${receiptVersion}')`), 404);
      const own = await one.get(`/data/ShipmentReceiptJournalHeaders(dataAreaId='usmf',ShipmentReceiptVersionNumber='${receiptVersion}')`);
      expect(own.body).toMatchObject({ ShipmentReceiptVersionNumber: receiptVersion, SourceSystemId: 'ERP1' });
      // An admin sees both companies.
      expect((await t().admin.get(`/data/ShipmentReceiptJournalHeaders?$filter=${encodeURIComponent("dataAreaId eq 'USMF'")}&$select=dataAreaId,SourceSystemId`)).body.value).toEqual([{ dataAreaId: 'usmf', SourceSystemId: 'ERP1' }]);
    });

    it('take messages only for the token\'s own source system and company', async () => {
      const two = t().as(await tokenFor(erp2));
      const header = { dataAreaId: 'USRT', SourceSystemId: 'ERP2', OrderNumber: 'PO-2', MessageId: 'm-2', ReceivingWarehouseId: 'WH1' };
      expectODataError(await two.post('/data/InboundShipmentOrderMessages', { ...header, SourceSystemId: 'ERP1' }), 403, 'AUTH.FORBIDDEN');
      expectODataError(await two.post('/data/InboundShipmentOrderMessages', { ...header, dataAreaId: 'usmf' }), 400, 'D365.WRONG_COMPANY');
      expect((await two.post('/data/InboundShipmentOrderMessages', header)).status).toBe(201);
      // ERP1 cannot complete ERP2's message, nor add lines to it.
      const one = t().as(await tokenFor(erp1));
      expectODataError(await one.post("/data/InboundShipmentOrderMessages(dataAreaId='USRT',SourceSystemId='ERP2',OrderNumber='PO-2',MessageId='m-2')/Microsoft.Dynamics.DataEntities.Complete", {}), 403);
      expectODataError(await one.post('/data/InboundShipmentOrderLineMessages', { dataAreaId: 'usmf', SourceSystemId: 'ERP1', OrderNumber: 'PO-2', MessageId: 'm-2', OrderLineNumber: 1, ItemNumber: 'ERP-ITEM-1', ExpectedQuantity: 1, ExpectedUnitSymbol: 'ea' }), 404, 'D365.MESSAGE_HEADER_MISSING');
      // A source system without a company cannot send to /data/.
      await ok(t().admin.delete('/api/v1/source-systems/ERP2/d365-company'), 'remove company');
      expectODataError(await two.post('/data/InboundShipmentOrderMessages', { ...header, MessageId: 'm-3' }), 409, 'D365.COMPANY_NOT_CONFIGURED');
      await ok(t().admin.put('/api/v1/source-systems/ERP2/d365-company', { dataAreaId: 'USRT' }), 'company 2 again');
    });
  });

  describe('messages', () => {
    let one: Client;
    const key = { dataAreaId: 'usmf', SourceSystemId: 'ERP1', OrderNumber: 'PO-10', MessageId: 'm-10' };
    const complete = (k: typeof key) => one.post(`/data/InboundShipmentOrderMessages(dataAreaId='${k.dataAreaId}',SourceSystemId='${k.SourceSystemId}',OrderNumber='${k.OrderNumber}',MessageId='${k.MessageId}')/Microsoft.Dynamics.DataEntities.Complete`, {});
    beforeAll(async () => {
      one = t().as(await tokenFor(erp1));
    });

    it('check fields as /api/v1 does, name the field, and queue a message once however often Complete is sent', async () => {
      const unknown = await one.post('/data/InboundShipmentOrderMessages', { ...key, ReceivingWarehouseId: 'WH1', Colour: 'red' });
      expectODataError(unknown, 400, 'REQUEST.VALIDATION_FAILED');
      expect(unknown.body.error.details).toEqual([expect.objectContaining({ target: 'Colour', message: 'is not a known field' })]);
      const badQuantity = await one.post('/data/InboundShipmentOrderLineMessages', { ...key, OrderLineNumber: 1, ItemNumber: 'ERP-ITEM-1', ExpectedQuantity: -1, ExpectedUnitSymbol: 'ea' });
      expectODataError(badQuantity, 400);
      expect(badQuantity.body.error.details[0].target).toBe('ExpectedQuantity');
      expectODataError(await one.post('/data/InboundShipmentOrderLineMessages', { ...key, OrderLineNumber: 1, ItemNumber: 'ERP-ITEM-1', ExpectedQuantity: 1, ExpectedUnitSymbol: 'ea' }), 404, 'D365.MESSAGE_HEADER_MISSING');
      expectODataError(await complete(key), 404, 'D365.MESSAGE_HEADER_MISSING');

      expect((await one.post('/data/InboundShipmentOrderMessages', { ...key, ReceivingWarehouseId: 'WH1' }, { prefer: 'return=minimal' })).status).toBe(204);
      // The same header again (a retry) is taken; the same message id for another order is not.
      expect((await one.post('/data/InboundShipmentOrderMessages', { ...key, ReceivingWarehouseId: 'WH1' })).status).toBe(201);
      expectODataError(await one.post('/data/InboundShipmentOrderMessages', { ...key, OrderNumber: 'PO-11', ReceivingWarehouseId: 'WH1' }), 409, 'D365.MESSAGE_KEY_CONFLICT');
      expectODataError(await one.post('/data/OutboundShipmentOrderLineMessages', { ...key, OrderLineNumber: 1, ItemNumber: 'ERP-ITEM-1', OrderedQuantity: 1, OrderedUnitSymbol: 'ea' }), 409, 'D365.MESSAGE_KEY_CONFLICT');
      expect((await one.post('/data/InboundShipmentOrderLineMessages', { ...key, OrderLineNumber: 1, ItemNumber: 'ERP-ITEM-1', ExpectedQuantity: 2, ExpectedUnitSymbol: 'ea' })).status).toBe(201);
      expect((await complete(key)).status).toBe(204);
      expect((await complete(key)).status).toBe(204);
      expectODataError(await one.post('/data/InboundShipmentOrderMessages', { ...key, ReceivingWarehouseId: 'WH1' }), 409, 'D365.MESSAGE_KEY_CONFLICT');
      await drain(t());
      const messages = (await ok(erp1.erp.get('/api/v1/messages?messageId=m-10'), 'messages')).items;
      expect(messages.map((m: any) => [m.orderNumber, m.processingStatus])).toEqual([['PO-10', 'Accepted']]);
      // The connector reads the message back to learn its processing status, by filter or by key.
      const read = await one.get(`/data/InboundShipmentOrderMessages?$filter=${encodeURIComponent("MessageId eq 'm-10' and ProcessingStatus eq 'Accepted'")}`);
      expect(read.body.value).toEqual([expect.objectContaining({ dataAreaId: 'usmf', SourceSystemId: 'ERP1', OrderNumber: 'PO-10', MessageId: 'm-10', ProcessingStatus: 'Accepted', ReceivingWarehouseId: 'WH1', InternalOrderNumber: 'PO-10' })]);
      const byKey = await one.get("/data/InboundShipmentOrderMessages(dataAreaId='usmf',SourceSystemId='ERP1',OrderNumber='PO-10',MessageId='m-10')");
      expect(byKey.body).toMatchObject({ MessageId: 'm-10', ProcessingStatus: 'Accepted' });
      expect((await t().as(await tokenFor(erp2)).get('/data/InboundShipmentOrderMessages')).body.value).toEqual([]);
      expectODataError(await one.post("/data/InboundShipmentOrderMessages(dataAreaId='usmf',SourceSystemId='ERP1',OrderNumber='PO-10',MessageId='m-10')/Microsoft.Dynamics.DataEntities.Cancel", {}), 404, 'D365.RESOURCE_NOT_FOUND');
      expectODataError(await one.post("/data/InboundShipmentOrderMessages(dataAreaId='usmf',SourceSystemId='ERP1',OrderNumber='PO-10)/Microsoft.Dynamics.DataEntities.Complete", {}), 400, 'D365.KEY_INVALID');
    });
  });

  describe('abandoned messages', () => {
    it('are removed by the retention process a week after their last part was sent', async () => {
      const key = { dataAreaId: 'usmf', SourceSystemId: 'ERP1', OrderNumber: 'PO-30', MessageId: 'm-30' };
      const one = t().as(await tokenFor(erp1));
      expect((await one.post('/data/InboundShipmentOrderMessages', { ...key, ReceivingWarehouseId: 'WH1' })).status).toBe(201);
      expect((await one.post('/data/InboundShipmentOrderLineMessages', { ...key, OrderLineNumber: 1, ItemNumber: 'ERP-ITEM-1', ExpectedQuantity: 1, ExpectedUnitSymbol: 'ea' })).status).toBe(201);
      const retention = (await ok(t().admin.get('/api/v1/background-processes?limit=100'), 'processes')).items.find((p: any) => p.processType === 'removeExpiredRecords');
      await ok(t().admin.post(`/api/v1/background-processes/${String(retention.id)}/run`), 'retention');
      const again = t().as(await tokenFor(erp1));
      expect((await again.post('/data/InboundShipmentOrderLineMessages', { ...key, OrderLineNumber: 2, ItemNumber: 'ERP-ITEM-1', ExpectedQuantity: 1, ExpectedUnitSymbol: 'ea' })).status).toBe(201);

      t().clock.advance(8 * 86_400_000);
      await ok(t().admin.post(`/api/v1/background-processes/${String(retention.id)}/run`), 'retention');
      const later = t().as(await tokenFor(erp1));
      expectODataError(await later.post(`/data/InboundShipmentOrderMessages(dataAreaId='usmf',SourceSystemId='ERP1',OrderNumber='PO-30',MessageId='m-30')/Microsoft.Dynamics.DataEntities.Complete`, {}), 404, 'D365.MESSAGE_HEADER_MISSING');
    });
  });

  describe('queries', () => {
    let one: Client;
    beforeAll(async () => {
      one = t().as(await tokenFor(erp1));
    });
    const get = (set: string, query: string) => one.get(`/data/${set}?${query.split('&').map((p) => { const [k = '', ...v] = p.split('='); return `${k}=${encodeURIComponent(v.join('='))}`; }).join('&')}`);

    it('answer a bad $filter, $orderby, $select or option with 400 in OData\'s error format', async () => {
      for (const [query, code] of [
        ["$filter=ShipmentReceiptNumber eq", 'D365.QUERY_INVALID'],
        ["$filter=Nope eq 'x'", 'D365.QUERY_INVALID'],
        ['$filter=ShipmentReceiptNumber eq 5', 'D365.QUERY_INVALID'],
        ["$filter=contains(ShipmentReceiptNumber,'x')", 'D365.QUERY_NOT_SUPPORTED'],
        ["$filter=ConsignerName eq 'x'", 'D365.QUERY_NOT_SUPPORTED'],
        ['$filter=ReceiptDate gt 2024-13-01T00:00:00Z', 'D365.QUERY_INVALID'],
        ["$filter=PostingStatus eq Microsoft.Dynamics.DataEntities.WHSShipmentJourPostingStatus'Lost'", 'D365.QUERY_INVALID'],
        ['$filter=' + '('.repeat(40) + "LoadId eq 'x'" + ')'.repeat(40), 'D365.QUERY_INVALID'],
        // @odata/parser loops forever on an unterminated JSON string: refused before it parses.
        ['$filter=["', 'D365.QUERY_INVALID'],
        ["$filter=LoadId in [\"x", 'D365.QUERY_INVALID'],
        ['$orderby=["', 'D365.QUERY_INVALID'],
        ['$orderby=Nope desc', 'D365.QUERY_INVALID'],
        ['$orderby=length(LoadId)', 'D365.QUERY_NOT_SUPPORTED'],
        ['$select=LoadId,Nope', 'D365.QUERY_INVALID'],
        ['$top=-1', 'D365.QUERY_INVALID'],
        ['$skip=abc', 'D365.QUERY_INVALID'],
        ['$count=maybe', 'D365.QUERY_INVALID'],
        ['$expand=Lines', 'D365.QUERY_NOT_SUPPORTED'],
        ['$skiptoken=x', 'D365.QUERY_NOT_SUPPORTED'],
      ] as const) {
        expectODataError(await get('ShipmentReceiptJournalHeaders', query), 400, code);
      }
      // Inside a quoted value the same characters are plain text.
      const quoted = await get('ShipmentReceiptJournalHeaders', `$filter=LoadId eq '["{24" x}]'`);
      expect([quoted.status, quoted.body.value]).toEqual([200, []]);
      expectODataError(await one.get('/data/NoSuchEntities'), 404, 'D365.RESOURCE_NOT_FOUND');
      expectODataError(await one.get('/data/ShipmentReceiptJournalHeaders(dataAreaId=\'usmf\')'), 400, 'D365.KEY_INVALID');
    });

    it('filter with eq, ne, gt, ge, lt, le, and, or, order, select, count and page', async () => {
      const q = async (query: string) => {
        const res = await get('ShipmentReceiptJournalLines', query);
        expect(res.status, JSON.stringify(res.body)).toBe(200);
        return res.body;
      };
      expect((await q("$filter=SourceSystemOrderNumber eq 'PO-1' and (ReceivedQuantity ge 3 or ReceivedQuantity lt 0)")).value).toHaveLength(1);
      expect((await q('$filter=ReceivedQuantity gt 3')).value).toEqual([]);
      expect((await q('$filter=ReceivedQuantity le 3 and ReceivedQuantity ne 2.5')).value).toHaveLength(1);
      expect((await q(`$filter=ShipmentReceiptVersionNumber ne '${receiptVersion}'`)).value).toEqual([]);
      expect((await q("$filter=SourceSystemOrderNumber gt 'PO-0' and SourceSystemOrderNumber lt 'PO-2'")).value).toHaveLength(1);
      expect((await q(`$filter=InventoryLotId ne '0'&$select=SourceSystemItemNumber&$count=true`))).toMatchObject({ '@odata.count': 1, value: [{ SourceSystemItemNumber: 'ERP-ITEM-1' }] });
      expect((await q('$top=0&$count=true'))).toMatchObject({ '@odata.count': 1, value: [] });
      expect((await q('$skip=1')).value).toEqual([]);
      const headers = await get('ShipmentReceiptJournalHeaders', "$filter=IsActive eq Microsoft.Dynamics.DataEntities.NoYes'Yes' and PostingStatus eq Microsoft.Dynamics.DataEntities.WHSShipmentJourPostingStatus'ReadyForPosting' and ReceiptDate ge 2020-01-01T00:00:00Z");
      expect(headers.body.value).toHaveLength(1);
      const count = await one.get(`/data/ShipmentReceiptJournalLines/$count`);
      expect([count.status, count.body]).toEqual([200, '1']);
    });

    it('never answer 5xx, whatever a client sends as query options', async () => {
      const option = fc.constantFrom('$filter', '$orderby', '$select', '$top', '$skip', '$count', '$expand', 'cross-company', '$format');
      const property = fc.constantFrom('LoadId', 'ReceivedQuantity', 'ReceiptDate', 'IsActive', 'PostingStatus', 'InventoryLotId', 'dataAreaId', 'ConsignerName', 'Nope', 'LineNumber');
      const literal = fc.oneof(fc.constantFrom("'x'", "'it''s'", '5', '-1.5', '1e3', 'null', 'true', '2024-01-01T00:00:00Z', '2024-01-01', "Microsoft.Dynamics.DataEntities.NoYes'Yes'", '99999999999999999999', '12345678-1234-1234-1234-123456789012'), fc.string({ maxLength: 20 }));
      const op = fc.constantFrom('eq', 'ne', 'gt', 'ge', 'lt', 'le', 'has', 'in', 'add');
      const comparison = fc.tuple(property, op, literal).map(([p, o, l]) => `${p} ${o} ${l}`);
      const filter = fc.oneof(comparison, fc.tuple(comparison, fc.constantFrom(' and ', ' or ', ' '), comparison).map(([a, j, b]) => `(${a})${j}${b}`), fc.string({ maxLength: 60 }));
      const value = fc.oneof(filter, fc.string({ maxLength: 30 }), fc.integer().map(String));
      const set = fc.constantFrom('InventoryCountingJournalHeaders', 'InventoryCountingJournalLines', 'ShipmentReceiptJournalHeaders', 'ShipmentReceiptJournalLines', 'ShipmentReceiptTransactionDimensions', 'ShipmentPackingSlipTransactionDimensions', 'ShipmentPackingSlipJournalHeaders', 'ShipmentPackingSlipJournalLines', 'WarehouseInventoryUpdateLogs', 'WarehouseInventoryOnhandReports', 'SourceSystemWarehouseInventoryOnhandReportLines', 'OutboundShipmentLineNotifications', 'InboundShipmentOrderMessages');
      await fc.assert(
        fc.asyncProperty(set, fc.array(fc.tuple(option, value), { maxLength: 3 }), async (name, options) => {
          const query = options.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
          const res = await one.get(`/data/${name}?${query}`);
          expect(res.status, `${query} -> ${JSON.stringify(res.body)}`).toBeLessThan(500);
          if (res.status >= 400) expectODataError(res, res.status);
        }),
        { numRuns: 300 },
      );
    });

    it('never answer 5xx, whatever path, key or body a client sends', async () => {
      const set = fc.constantFrom('InboundShipmentOrderMessages', 'OutboundShipmentOrderLineMessages', 'ShipmentReceiptJournalHeaders', 'WarehouseInventoryUpdateLogs', '$metadata', 'x');
      const keyText = fc.oneof(fc.constantFrom("(dataAreaId='usmf',SourceSystemId='ERP1',OrderNumber='PO-1',MessageId='m')", "(dataAreaId='usmf',ShipmentReceiptVersionNumber='x')", "('a')", '()', "(a='b'',c=1)", '(LineNumber=1,TransactionValidationTime=2024-01-01T00:00:00Z,dataAreaId=\'usmf\')'), fc.string({ maxLength: 40 }));
      const action = fc.constantFrom('', '/Microsoft.Dynamics.DataEntities.Complete', '/Complete', '/$count', '/x/y');
      const body = fc.oneof(
        fc.constant({ dataAreaId: 'usmf', SourceSystemId: 'ERP1', OrderNumber: 'PO-F', MessageId: 'm-f', ReceivingWarehouseId: 'WH1' }),
        fc.dictionary(fc.constantFrom('dataAreaId', 'SourceSystemId', 'OrderNumber', 'MessageId', 'OrderLineNumber', 'ExpectedQuantity', 'ItemNumber', 'ExpectedUnitSymbol', 'Zzz'), fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.double(), fc.constant(null))),
      );
      await fc.assert(
        fc.asyncProperty(fc.constantFrom('GET', 'POST'), set, keyText, action, body, async (method, name, key, tail, payload) => {
          const url = `/data/${name}${encodeURI(key).replaceAll('#', '%23').replaceAll('?', '%3F')}${tail}`;
          const res = method === 'GET' ? await one.get(url) : await one.post(url, payload);
          expect(res.status, `${method} ${url} -> ${JSON.stringify(res.body)}`).toBeLessThan(500);
          if (res.status >= 400) expectODataError(res, res.status);
        }),
        { numRuns: 300 },
      );
    });
  });
});
