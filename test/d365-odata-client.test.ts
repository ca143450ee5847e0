import { OData } from '@odata/client';
import { beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../src/platform/clock.js';
import { clientIdOf, listen, receiveInboundOrder } from './support/d365.js';
import { createErp, createWarehouseMasterData, drain, type ErpFixture } from './support/fixtures.js';
import { useTestApp } from './support/harness.js';
import { ok } from './support/inbound.js';
import { createReceivingLayout } from './support/warehouse-layout.js';

/** Every element opened in an XML text is closed in order (the test has no XML parser to lean on). */
function balancedXml(xml: string): boolean {
  const stack: string[] = [];
  for (const match of xml.matchAll(/<(\/?)([A-Za-z][\w:.]*)[^>]*?(\/?)>/g)) {
    const [, closing, name = '', selfClosing] = match;
    if (selfClosing) continue;
    if (!closing) stack.push(name);
    else if (stack.pop() !== name) return false;
  }
  return stack.length === 0;
}

/**
 * A maintained OData client library (@odata/client), configured only with the service URL and the OAuth
 * client credentials, reads Quayside's entity sets and calls the bound action, as it would D365's.
 */
describe('an off-the-shelf OData v4 client against /data/', () => {
  const t = useTestApp({ clock: new ManualClock(Date.now()) });
  let erp: ErpFixture;
  let receiptVersion = '';
  let client: ReturnType<typeof OData.New4>;
  let baseUrl = '';

  beforeAll(async () => {
    await createWarehouseMasterData(t().admin);
    await createReceivingLayout(t().admin);
    erp = await createErp(t(), 'ERP1', { inboundLoadSynchronizationPolicy: 'FullSynchronization' });
    await ok(t().admin.put('/api/v1/source-systems/ERP1/d365-company', { dataAreaId: 'usmf' }), 'company');
    receiptVersion = await receiveInboundOrder(t(), erp, 'PO-1');
    baseUrl = await listen(t());
    client = OData.New4({
      serviceEndpoint: `${baseUrl}/data/`,
      credential: { tokenUrl: `${baseUrl}/oauth2/token`, clientId: await clientIdOf(t(), 'ERP1'), clientSecret: erp.key },
    });
  });

  it('reads an entity set with a filter, one entity by key, and a count', async () => {
    const headers = client.getEntitySet<Record<string, unknown>>('ShipmentReceiptJournalHeaders');
    const found = await headers.query(client.newParam().filter(client.newFilter().property('ShipmentReceiptVersionNumber').eqString(receiptVersion)).select(['ShipmentReceiptVersionNumber', 'PostingStatus', 'SourceSystemOrderNumber']));
    expect(found).toEqual([{ ShipmentReceiptVersionNumber: receiptVersion, PostingStatus: 'ReadyForPosting', SourceSystemOrderNumber: 'PO-1' }]);
    const one = await headers.retrieve({ dataAreaId: 'usmf', ShipmentReceiptVersionNumber: receiptVersion });
    expect(one).toMatchObject({ ShipmentReceiptVersionNumber: receiptVersion, IsActive: 'Yes' });
    expect(await client.getEntitySet('ShipmentReceiptJournalLines').count({ ShipmentReceiptVersionNumber: `'${receiptVersion}'` })).toBe(1);
  });

  it('sends a message and calls the bound action Complete', async () => {
    const key = { dataAreaId: 'usmf', SourceSystemId: 'ERP1', OrderNumber: 'PO-2', MessageId: 'client-1' };
    await client.getEntitySet('InboundShipmentOrderMessages').create({ ...key, ReceivingWarehouseId: 'WH1' });
    await client.getEntitySet('InboundShipmentOrderLineMessages').create({ ...key, OrderLineNumber: 1, ItemNumber: 'ERP-ITEM-1', ExpectedQuantity: 4, ExpectedUnitSymbol: 'ea' });
    await client.getEntitySet('InboundShipmentOrderMessages').action('Microsoft.Dynamics.DataEntities.Complete', key);
    await drain(t());
    const messages = (await ok(erp.erp.get('/api/v1/messages?messageId=client-1'), 'messages')).items;
    expect(messages.map((m: any) => [m.orderNumber, m.processingStatus])).toEqual([['PO-2', 'Accepted']]);
  });

  it('serves $metadata that describes every entity set with its key, and the Complete action', async () => {
    const token = ((await (await fetch(`${baseUrl}/oauth2/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ grant_type: 'client_credentials', client_id: await clientIdOf(t(), 'ERP1'), client_secret: erp.key }).toString() })).json()) as { access_token: string }).access_token;
    const res = await fetch(`${baseUrl}/data/$metadata`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/xml/);
    const xml = await res.text();
    expect(balancedXml(xml)).toBe(true);
    const types = new Map([...xml.matchAll(/<EntityType Name="(\w+)">([\s\S]*?)<\/EntityType>/g)].map((m) => [m[1], m[2] ?? '']));
    const sets = [...xml.matchAll(/<EntitySet Name="(\w+)" EntityType="Microsoft\.Dynamics\.DataEntities\.(\w+)"\/>/g)].map((m) => [m[1], m[2]] as const);
    expect(sets.map(([name]) => name)).toEqual(expect.arrayContaining(['ShipmentReceiptJournalHeaders', 'ShipmentReceiptJournalLines', 'ShipmentPackingSlipJournalHeaders', 'ShipmentPackingSlipJournalLines', 'WarehouseInventoryUpdateLogs', 'InboundShipmentOrderMessages', 'InboundShipmentOrderLineMessages', 'OutboundShipmentOrderMessages', 'OutboundShipmentOrderLineMessages']));
    for (const [, type] of sets) {
      const body = types.get(type ?? '') ?? '';
      const keys = [...body.matchAll(/<PropertyRef Name="(\w+)"\/>/g)].map((m) => m[1]);
      expect(keys[0], type).toBe('dataAreaId');
      for (const k of keys) expect(body, `${String(type)}.${String(k)}`).toContain(`<Property Name="${String(k)}" `);
    }
    expect(xml).toContain('<Action Name="Complete" IsBound="true"><Parameter Name="_bindingParameter" Type="Microsoft.Dynamics.DataEntities.InboundShipmentOrderMessage"');
    const service = (await (await fetch(`${baseUrl}/data/`, { headers: { authorization: `Bearer ${token}` } })).json()) as { value: { name: string }[] };
    expect(service.value.map((s) => s.name)).toEqual(sets.map(([name]) => name));
  });
});
