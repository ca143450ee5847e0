import type { Quayside } from './main.js';

type Call = (method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: unknown, token?: string) => Promise<{ statusCode: number; json(): unknown }>;

const DEMO_ERP = 'DEMO-ERP';
const receiver = { orderType: 'Sales', receiverName: 'Contoso Retail', receiverCountryRegionId: 'DE', receiverCity: 'Hamburg', receiverStreet: 'Kaistrasse 1', receiverZipCode: '20457' };

/**
 * A day in the demo warehouse, played through the API by the demo users so every screen has something
 * to show: stock received and put away, an ASN still to receive, a released order with open pick work,
 * an open order, a failed message, a counting journal and an on-hand report.
 */
export async function seedDemoActivity(q: Quayside, call: Call, erpKey: string, signIn: (username: string) => Promise<string>): Promise<void> {
  const drain = () => q.worker.drainOnce();
  const admin = (method: 'POST' | 'PUT', url: string, payload: unknown) => call(method, url, payload);

  // Work setup: put-away brings small parts and sand to the pick face and the rest to bulk; picks go to staging.
  await admin('POST', '/api/v1/work-templates', { templateId: 'PUTAWAY', name: 'Put-away from receipt', workType: 'PutAway', warehouseId: 'WH1', sequence: 10 });
  await admin('POST', '/api/v1/work-templates', { templateId: 'PICK', name: 'Pick to staging', workType: 'Pick', warehouseId: 'WH1', sequence: 10, maxPickLines: 3 });
  for (const [directiveId, itemNumber] of [['PUT-PICK-NUT', 'NUT-10'], ['PUT-PICK-SAND', 'SAND-25']] as const) {
    await admin('POST', '/api/v1/location-directives', { directiveId, name: `${itemNumber} to the pick face`, workType: 'PutAway', warehouseId: 'WH1', sequence: 5, itemNumber, zoneId: 'PICK', locationType: 'pick', oneItemPerLocation: true });
  }
  await admin('POST', '/api/v1/location-directives', { directiveId: 'PUT-BULK', name: 'Bulk, one item per location', workType: 'PutAway', warehouseId: 'WH1', sequence: 10, zoneId: 'BULK', oneItemPerLocation: true, fallbackLocationId: 'A-02-02' });
  await admin('POST', '/api/v1/location-directives', { directiveId: 'PICK-STAGE', name: 'Picked goods to staging', workType: 'Pick', lineType: 'Put', warehouseId: 'WH1', sequence: 10, locationType: 'staging' });
  await admin('POST', '/api/v1/wave-templates', { waveTemplateId: 'AT-RELEASE', warehouseId: 'WH1', processAt: 'Release', putLocationId: 'STAGE-01', sequence: 10 });

  // The ERP sends purchase orders: PO-1001 arrives today, PO-1002 is announced by an ASN.
  const erp = (url: string, payload: unknown) => call('POST', url, payload, erpKey);
  const line = (n: number, item: string, qty: number, unit = 'ea') => ({ orderLineNumber: n, itemNumber: `ERP-${item}`, expectedQuantity: qty, expectedUnitSymbol: unit });
  const inbound = (orderNumber: string, lines: unknown[]) => ({ messageId: `demo-${orderNumber}`, orderNumber, receivingWarehouseId: 'WH1', orderType: 'Purchase order', consignerAccountNumber: 'V-100', consignerName: 'Nordic Fasteners AB', lines });
  await erp('/api/v1/inbound-shipment-order-messages', inbound('PO-1001', [line(1, 'BOLT-10', 240), line(2, 'NUT-10', 600), line(3, 'SAND-25', 250, 'kg'), line(4, 'GLUE-1', 24)]));
  await erp('/api/v1/inbound-shipment-order-messages', inbound('PO-1002', [line(1, 'BOLT-10', 120), line(2, 'NUT-10', 10, 'box')]));
  // An item the warehouse does not know: this message fails and waits for the integration operator.
  await erp('/api/v1/inbound-shipment-order-messages', inbound('PO-1003', [line(1, 'WASHER-10', 500)]));
  await drain();

  // The planner puts PO-1001 on one load; worker1 receives its four pallets and puts them away.
  const planner = await signIn('planner');
  const plannedLoad = await call('POST', '/api/v1/inbound-loads', { warehouseId: 'WH1', transport: { trailerNumber: 'TR-17' }, lines: [1, 2, 3, 4].map((n) => ({ orderNumber: 'PO-1001', orderLineNumber: n })) }, planner);
  const loadId = (plannedLoad.json() as { loadId: string }).loadId;
  const worker1 = await signIn('worker1');
  const registrations: string[] = [];
  for (const [n, quantity, extra] of [[1, 240, {}], [2, 600, {}], [3, 250, {}], [4, 24, { itemBatchNumber: 'EPX-2611' }]] as const) {
    const res = await call('POST', '/api/v1/inbound-receiving/order-line', { operationId: `demo-receive-${String(n)}`, orderNumber: 'PO-1001', orderLineNumber: n, quantity, licensePlateId: `LP-1001-${String(n)}`, loadId, ...extra }, worker1);
    registrations.push((res.json() as { workId: string }).workId);
  }
  for (const workId of registrations) {
    const work = (await call('POST', `/api/v1/work/${workId}/take`, { operationId: `demo-take-${workId}` }, worker1)).json() as { lines: { lineNumber: number }[] };
    for (const l of work.lines) {
      await call('POST', `/api/v1/work/${workId}/lines/${String(l.lineNumber)}/confirm`, { operationId: `demo-put-${workId}-${String(l.lineNumber)}` }, worker1);
    }
  }
  await call('POST', `/api/v1/inbound-loads/${loadId}/receiving-completed`, { packingSlipId: 'PS-1001' }, worker1);

  await erp('/api/v1/inbound-loads/asn', {
    receivingWarehouseId: 'WH1',
    transport: { trailerNumber: 'TR-42' },
    shipments: [
      {
        vendorShipmentId: 'VS-1002',
        licensePlates: [
          { licensePlateNumber: 'PAL-1002', lines: [{ orderNumber: 'PO-1002', orderLineNumber: 1, itemNumber: 'ERP-BOLT-10', quantity: 120, unitSymbol: 'ea' }] },
          { licensePlateNumber: 'CASE-1002', parentLicensePlateNumber: 'PAL-1002', lines: [{ orderNumber: 'PO-1002', orderLineNumber: 2, itemNumber: 'ERP-NUT-10', quantity: 10, unitSymbol: 'box' }] },
        ],
      },
    ],
  });

  // Sales orders: SO-2001 is released (its wave runs at release and makes pick work); SO-2002 waits for the planner.
  const outbound = (orderNumber: string, lines: unknown[]) => ({ messageId: `demo-${orderNumber}`, orderNumber, shipFromWarehouseId: 'WH1', ...receiver, lines });
  const orderLine = (n: number, item: string, qty: number, unit = 'ea') => ({ orderLineNumber: n, itemNumber: `ERP-${item}`, orderedQuantity: qty, orderedUnitSymbol: unit });
  await erp('/api/v1/outbound-shipment-order-messages', outbound('SO-2001', [orderLine(1, 'BOLT-10', 40), orderLine(2, 'NUT-10', 40), orderLine(3, 'SAND-25', 25, 'kg')]));
  await erp('/api/v1/outbound-shipment-order-messages', outbound('SO-2002', [orderLine(1, 'BOLT-10', 10), orderLine(2, 'NUT-10', 2, 'box')]));
  await drain();
  await call('POST', '/api/v1/outbound-shipment-orders/SO-2001/reserve', {}, planner);
  await call('POST', '/api/v1/outbound-shipment-orders/SO-2001/release', {}, planner);
  await drain();

  // The manager counts the pick face; the ERP's on-hand report shows what the warehouse holds for it.
  const manager = await signIn('manager');
  await call('POST', '/api/v1/counting-journals', { description: 'Pick face check', warehouseId: 'WH1', countingBy: 'Location', values: ['P-01', 'P-02', 'P-03'] }, manager);
  const today = new Date(q.ctx.clock.now()).toISOString().slice(0, 10);
  await call('POST', `/api/v1/source-systems/${DEMO_ERP}/on-hand-reports`, { asOfDate: today, dimensions: ['warehouse', 'location'], includeRegisteredAndPicked: true }, manager);
  await drain();

  // Replenishment: BOLT-10 gets the empty pick face P-03 (min 20, max 100), filled from bulk; running
  // min/max now leaves open replenishment work for the mobile app's Replenish screen.
  await admin('POST', '/api/v1/work-templates', { templateId: 'REPLENISH', name: 'Replenish pick faces', workType: 'Replenishment', warehouseId: 'WH1', sequence: 10 });
  await admin('POST', '/api/v1/location-directives', { directiveId: 'REPL-FROM-BULK', name: 'Replenish from bulk', workType: 'Replenishment', lineType: 'Pick', warehouseId: 'WH1', sequence: 10, zoneId: 'BULK', locationType: 'storage' });
  await call('PUT', '/api/v1/fixed-locations/WH1/BOLT-10', { locationId: 'P-03', minQuantity: 20, maxQuantity: 100 }, manager);
  await call('POST', '/api/v1/replenishment/run', { warehouseId: 'WH1' }, manager);
}
