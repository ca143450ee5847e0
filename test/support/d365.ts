import type { AddressInfo } from 'node:net';
import { D365Connector } from './d365-connector.js';
import { drain, inboundMessage, type ErpFixture } from './fixtures.js';
import { executeWork } from './inbound.js';
import type { TestApp } from './harness.js';

async function ok(promise: Promise<{ status: number; body: any }>, what: string): Promise<any> {
  const res = await promise;
  if (res.status >= 300) throw new Error(`${what} failed with ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body;
}

/** The test app on a real port on 127.0.0.1, so that connectors and OData clients speak HTTP to it. */
export async function listen(t: TestApp): Promise<string> {
  if (!t.q.app.server.listening) await t.q.app.listen({ host: '127.0.0.1', port: 0 });
  const address = t.q.app.server.address() as AddressInfo;
  return `http://127.0.0.1:${String(address.port)}`;
}

/** The client id of a source system's key: its prefix, as the API key list shows it. */
export async function clientIdOf(t: TestApp, sourceSystemId: string): Promise<string> {
  const keys = await ok(t.admin.get('/api/v1/api-keys'), 'api keys');
  const key = keys.items.filter((k: any) => k.sourceSystemId === sourceSystemId && k.revokedAt === null).at(-1);
  return String(key.prefix);
}

/** A connector for a source system, configured as for D365 but with Quayside's base URL. */
export async function connectorFor(t: TestApp, baseUrl: string, sourceSystemId: string, key: string, dataAreaId: string): Promise<D365Connector> {
  return new D365Connector({
    environmentUrl: baseUrl,
    tokenUrl: `${baseUrl}/contoso.onmicrosoft.com/oauth2/v2.0/token`,
    clientId: await clientIdOf(t, sourceSystemId),
    clientSecret: key,
    dataAreaId,
    sourceSystemId,
  });
}

/**
 * An inbound order sent through /api/v1, received and completed in the warehouse: the source system then has
 * a shipment receipt, whose version number is returned. Needs createReceivingLayout and Full synchronization.
 */
export async function receiveInboundOrder(t: TestApp, erp: ErpFixture, orderNumber: string, quantity = 3): Promise<string> {
  const sent = await erp.erp.post('/api/v1/inbound-shipment-order-messages', inboundMessage(orderNumber, {}, [{ orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', expectedQuantity: quantity, expectedUnitSymbol: 'ea' }]));
  if (sent.status !== 202) throw new Error(`message: ${JSON.stringify(sent.body)}`);
  await drain(t);
  const worker = t.as(await t.newKey({ kind: 'user', role: 'warehouse_worker' }, `worker-${orderNumber}`));
  const loadId = (await ok(t.admin.get(`/api/v1/inbound-loads?orderNumber=${orderNumber}`), 'loads')).items[0].loadId;
  const received = await ok(worker.post('/api/v1/inbound-receiving/order-line', { operationId: `r-${orderNumber}`, orderNumber, orderLineNumber: 1, quantity, licensePlateId: `LP-${orderNumber}` }), 'receive');
  await executeWork(worker, received.workId, `pa-${orderNumber}`);
  const completed = await ok(worker.post(`/api/v1/inbound-loads/${String(loadId)}/receiving-completed`, {}), 'receiving completed');
  return String(completed.shipmentReceiptVersionNumbers[0]);
}
