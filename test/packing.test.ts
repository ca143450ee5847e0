import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createErp, createWarehouseMasterData, drain, messageById, outboundMessage, type ErpFixture } from './support/fixtures.js';
import { useTestApp, type Client } from './support/harness.js';
import { fakePrinter } from './support/printer.js';
import { appInstances, clientOn, createOutboundLocations, expectLedgerConsistent, putStock } from './support/outbound.js';

/** The GS1 mod-10 check digit, written here again from the specification rather than imported. */
function checkDigit(first17: string): number {
  const digits = first17.split('').map(Number).reverse();
  const sum = digits.reduce((s, d, i) => s + d * (i % 2 === 0 ? 3 : 1), 0);
  return (10 - (sum % 10)) % 10;
}

/** A port on loopback where nothing listens (a printer that is switched off). */
async function deadPort(): Promise<number> {
  const p = await fakePrinter();
  await p.close();
  return p.port;
}

describe('packing into shipping containers, SSCC labels and label printers', () => {
  const t = useTestApp();
  let erp: ErpFixture;
  let packer: Client;
  let printer: Awaited<ReturnType<typeof fakePrinter>>;

  beforeAll(async () => {
    const admin = t().admin;
    await createWarehouseMasterData(admin);
    await createOutboundLocations(admin);
    expect((await admin.post('/api/v1/location-profiles', { profileId: 'P-PACK', name: 'Packing', locationType: 'packing' })).status).toBe(201);
    expect((await admin.post('/api/v1/locations', { warehouseId: 'WH1', locationId: 'PACK-1', profileId: 'P-PACK' })).status).toBe(201);
    expect((await admin.patch('/api/v1/items/ITEM-1', { unitWeightGrams: 250 })).status).toBe(200);
    expect((await admin.patch('/api/v1/items/FLOUR', { unitWeightGrams: 1000 })).status).toBe(200);
    erp = await createErp(t(), 'ERP1');
    expect((await admin.post('/api/v1/work-templates', { templateId: 'PICK', name: 'Pick to staging', workType: 'Pick', warehouseId: 'WH1', sequence: 1 })).status).toBe(201);
    expect((await admin.post('/api/v1/wave-templates', { waveTemplateId: 'AUTO', warehouseId: 'WH1', processAt: 'Release', putLocationId: 'STAGE', sequence: 1 })).status).toBe(201);
    const carton = await admin.put('/api/v1/container-types/CARTON', { name: 'Carton 60x40x40', tareWeightGrams: 400, maxWeightGrams: 5000, lengthMm: 600, widthMm: 400, heightMm: 400 });
    expect([carton.status, carton.body.maxWeightGrams]).toEqual([200, 5000]);
    expect((await admin.put('/api/v1/warehouses/WH1/label-settings', { gs1CompanyPrefix: '4012345', extensionDigit: 3 })).status).toBe(200);
    printer = await fakePrinter();
    const created = await admin.put('/api/v1/label-printers/ZEBRA-1', { name: 'Packing station 1', host: '127.0.0.1', port: printer.port });
    expect(created.body).toEqual({ printerId: 'ZEBRA-1', name: 'Packing station 1', host: '127.0.0.1', port: printer.port, format: 'ZPL' });
    packer = t().as(await t().newKey({ kind: 'user', role: 'warehouse_worker' }, 'paula'));
  });

  afterAll(async () => {
    await printer.close();
  });

  /** An order of 4 ITEM-1 (on license plate LP-<order>) and 2 kg FLOUR, released, waved and picked to STAGE. */
  async function pickedShipment(orderNumber: string): Promise<{ shipmentId: string; loadId: string; plate: string }> {
    const plate = `LP-${orderNumber}`;
    await putStock(t(), [
      { locationId: 'PICK-1', quantity: 4, licensePlateId: plate },
      { itemNumber: 'FLOUR', locationId: 'PICK-2', quantity: 2 },
    ]);
    const sent = await erp.erp.post(
      '/api/v1/outbound-shipment-order-messages',
      outboundMessage(orderNumber, {}, [
        { orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', orderedQuantity: 4, orderedUnitSymbol: 'ea' },
        { orderLineNumber: 2, itemNumber: 'ERP-FLOUR', orderedQuantity: 2, orderedUnitSymbol: 'kg' },
      ]),
    );
    await drain(t());
    const internal = (await messageById(t(), sent.body.id)).internalOrderNumber;
    const release = await t().admin.post(`/api/v1/outbound-shipment-orders/${String(internal)}/release`, { quantityToRelease: 'All' });
    expect(release.status, JSON.stringify(release.body)).toBe(200);
    const loadId = String(release.body.loadId);
    const load = (await t().admin.get(`/api/v1/outbound-loads/${loadId}`)).body;
    const wave = (await t().admin.get(`/api/v1/waves/${String(load.shipments[0].waveId)}`)).body;
    for (const workId of wave.workIds as string[]) {
      expect((await packer.post(`/api/v1/work/${workId}/take`, { operationId: `take-${workId}` })).status).toBe(200);
      const work = (await packer.get(`/api/v1/work/${workId}`)).body;
      for (const line of work.lines) {
        const res = await packer.post(`/api/v1/work/${workId}/lines/${String(line.lineNumber)}/confirm`, { operationId: `confirm-${workId}-${String(line.lineNumber)}` });
        expect(res.status, JSON.stringify(res.body)).toBe(200);
      }
    }
    expect((await t().admin.get(`/api/v1/outbound-loads/${loadId}`)).body.status).toBe('Loaded');
    return { shipmentId: String(load.shipments[0].shipmentId), loadId, plate };
  }

  it('packs one shipment into two containers, closes them with SSCCs, prints the labels, and the packing slip lists the containers', async () => {
    const { shipmentId, loadId, plate } = await pickedShipment('SO-PACK-1');
    const open = (operationId: string) => packer.post('/api/v1/shipping-containers', { operationId, warehouseId: 'WH1', stationLocationId: 'PACK-1', shipmentId, containerTypeId: 'CARTON' });
    const first = await open('open-1');
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body).toMatchObject({ status: 'Open', shipmentId, loadId, stationLocationId: 'PACK-1', openedBy: 'paula', sscc: null, contents: [] });
    const c1 = String(first.body.containerId);
    // A retried open is the same container.
    expect((await open('open-1')).body.containerId).toBe(c1);
    const c2 = String((await open('open-2')).body.containerId);
    expect(c2).not.toBe(c1);

    // Not at a packing station: refused, naming the field.
    const notStation = await packer.post('/api/v1/shipping-containers', { operationId: 'open-x', warehouseId: 'WH1', stationLocationId: 'STAGE', shipmentId, containerTypeId: 'CARTON' });
    expect([notStation.status, notStation.body.code, notStation.body.errors?.[0]?.field]).toEqual([422, 'PACKING.NOT_A_PACKING_STATION', 'stationLocationId']);

    // Scan the picked license plate into the first container; 1 kg of flour into the second, then the other kg.
    const packed = await packer.post(`/api/v1/shipping-containers/${c1}/pack`, { operationId: 'pack-1', licensePlateId: plate });
    expect(packed.status, JSON.stringify(packed.body)).toBe(200);
    expect(packed.body.contents.map((c: any) => [c.itemNumber, c.quantity, c.unitSymbol])).toEqual([['ITEM-1', 4, 'ea']]);
    for (const op of ['pack-2', 'pack-3']) {
      expect((await packer.post(`/api/v1/shipping-containers/${c2}/pack`, { operationId: op, itemNumber: 'FLOUR', quantity: 1 })).status).toBe(200);
    }
    const nothingLeft = await packer.post(`/api/v1/shipping-containers/${c2}/pack`, { operationId: 'pack-4', itemNumber: 'FLOUR', quantity: 1 });
    expect([nothingLeft.status, nothingLeft.body.code]).toEqual([409, 'OUTBOUND.PICKED_STOCK_NOT_AVAILABLE']);

    // Too heavy for a carton: refused, the container stays open.
    const heavy = await packer.post(`/api/v1/shipping-containers/${c2}/close`, { operationId: 'close-heavy', weightGrams: 5001 });
    expect(heavy.status).toBe(422);
    expect(heavy.headers['content-type']).toContain('application/problem+json');
    expect([heavy.body.code, heavy.body.errors[0].field]).toEqual(['PACKING.OVERWEIGHT', 'weightGrams']);
    expect((await packer.get(`/api/v1/shipping-containers/${c2}`)).body.status).toBe('Open');

    // Close: the first computed (400 g tare + 4 x 250 g), the second weighed; the first prints at once.
    const closed1 = await packer.post(`/api/v1/shipping-containers/${c1}/close`, { operationId: 'close-1', printerId: 'ZEBRA-1' });
    expect(closed1.status, JSON.stringify(closed1.body)).toBe(200);
    expect(closed1.body).toMatchObject({ status: 'Closed', weightGrams: 1400, weightSource: 'Computed', closedBy: 'paula' });
    const closed2 = await packer.post(`/api/v1/shipping-containers/${c2}/close`, { operationId: 'close-2', weightGrams: 2450 });
    expect(closed2.body).toMatchObject({ status: 'Closed', weightGrams: 2450, weightSource: 'Entered' });
    const ssccs = [String(closed1.body.sscc), String(closed2.body.sscc)];
    for (const sscc of ssccs) {
      expect(sscc).toMatch(/^34012345\d{10}$/);
      expect(Number(sscc[17])).toBe(checkDigit(sscc.slice(0, 17)));
    }
    expect(ssccs[0]).not.toBe(ssccs[1]);
    const closedAgain = await packer.post(`/api/v1/shipping-containers/${c1}/pack`, { operationId: 'pack-late', itemNumber: 'ITEM-1', quantity: 1 });
    expect([closedAgain.status, closedAgain.body.code]).toEqual([409, 'PACKING.CONTAINER_CLOSED']);

    // The labels: a PDF that parses, and ZPL with the SSCC as GS1-128.
    const pdf = await packer.get(`/api/v1/shipping-containers/${c1}/label.pdf`);
    expect([pdf.status, pdf.headers['content-type']]).toEqual([200, 'application/pdf']);
    const raw = await t().q.app.inject({ method: 'GET', url: `/api/v1/shipping-containers/${c1}/label.pdf`, headers: { authorization: `Bearer ${await t().newKey({ kind: 'user', role: 'planner' }, 'pdf reader')}` } });
    expect(raw.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await PDFDocument.load(raw.rawPayload)).getPageCount()).toBe(1);
    const zpl = await packer.get(`/api/v1/shipping-containers/${c2}/label.zpl`);
    expect(zpl.status).toBe(200);
    expect(String(zpl.body)).toMatch(/^\^XA/);
    expect(String(zpl.body)).toContain(`^BCN,230,Y,N,N,D^FD(00)${ssccs[1] ?? ''}^FS`);
    expect(String(zpl.body).trim().endsWith('^XZ')).toBe(true);

    // The first label went to the printer; print the second and reprint the first.
    expect((await packer.post(`/api/v1/shipping-containers/${c2}/print`, { printerId: 'ZEBRA-1' })).status).toBe(202);
    await drain(t());
    let jobs = (await packer.get('/api/v1/label-print-jobs?printerId=ZEBRA-1')).body;
    expect(jobs.items.map((j: any) => [j.containerId, j.status, j.attempts, j.sscc])).toEqual([
      [c2, 'sent', 1, ssccs[1]],
      [c1, 'sent', 1, ssccs[0]],
    ]);
    const reprint = await packer.post(`/api/v1/label-print-jobs/${String(jobs.items[1].id)}/reprint`, {});
    expect(reprint.status).toBe(202);
    await drain(t());
    jobs = (await packer.get(`/api/v1/label-print-jobs/${String(reprint.body.printJobId)}`)).body;
    expect(jobs).toMatchObject({ containerId: c1, status: 'sent', requestedBy: 'paula' });
    expect(printer.received).toHaveLength(3);
    expect(printer.received[0]).toContain(`(00)${ssccs[0] ?? ''}`);
    expect(printer.received[1]).toContain(`(00)${ssccs[1] ?? ''}`);
    expect(printer.received[2]).toBe(printer.received[0]);
    expect(printer.received.every((z) => z.startsWith('^XA') && z.trim().endsWith('^XZ'))).toBe(true);

    // The ERP hears of each container with its SSCC, weight and contents in its own numbers.
    await drain(t());
    const events = (await erp.erp.get('/api/v1/events?types=shippingContainer.closed')).body.items;
    expect(events.map((e: any) => [e.subject, e.payload.containerId, e.payload.weightGrams, e.payload.shipmentId, e.payload.loadId])).toEqual([
      [ssccs[0], c1, 1400, shipmentId, loadId],
      [ssccs[1], c2, 2450, shipmentId, loadId],
    ]);
    expect(events[1].payload.contents).toEqual([{ orderNumber: 'SO-PACK-1', orderLineNumber: 2, itemNumber: 'ERP-FLOUR', quantity: 2, unitSymbol: 'kg', batchNumber: null, serialNumber: null }]);

    // The shipment's containers, and after ship confirm the packing slip: each line left from the packing station in its container.
    const list = (await packer.get(`/api/v1/shipping-containers?shipmentId=${shipmentId}`)).body.items;
    expect(list.map((c: any) => c.containerId).sort()).toEqual([c1, c2].sort());
    const shipped = await t().admin.post(`/api/v1/outbound-loads/${loadId}/ship-confirm`, {});
    expect(shipped.status, JSON.stringify(shipped.body)).toBe(200);
    const slip = (await erp.erp.get(`/api/v1/shipment-packing-slips/${String(shipped.body.shipmentPackingSlipVersionNumbers[0])}`)).body;
    expect(slip.lines.map((l: any) => [l.orderLineNumber, l.shippedQuantity, l.transactionDimensions.map((d: any) => [d.shippingWarehouseLocationId, d.licensePlateNumber, d.quantity])])).toEqual([
      [1, 4, [['PACK-1', c1, 4]]],
      [2, 2, [['PACK-1', c2, 2]]],
    ]);
    // The picked issue moved with the stock: it is at the packing station on the container, and the ledger agrees with the balances.
    const ledger = (await t().admin.get('/api/v1/inventory/transactions?referenceType=PackingContainer&limit=100')).body.items;
    expect(ledger.filter((r: any) => r.quantity > 0).map((r: any) => [r.kind, r.locationId, r.licensePlateId, r.quantity]).sort()).toEqual(
      [
        ['Transfer', 'PACK-1', c1, 4],
        ['Transfer', 'PACK-1', c2, 1],
        ['Transfer', 'PACK-1', c2, 1],
      ].sort(),
    );
    // Containers are license plates at the warehouse.
    expect((await t().admin.get(`/api/v1/license-plates/${c1}`)).body).toMatchObject({ licensePlateId: c1, warehouseId: 'WH1' });
    await expectLedgerConsistent(t());
  });

  it('never packs the same picked stock twice, even when two packers scan it at once', async () => {
    const { shipmentId, plate } = await pickedShipment('SO-PACK-2');
    const instances = await appInstances(t(), 1);
    try {
      const packers = await Promise.all(
        ['pia', 'pete'].map(async (name, i) => clientOn(instances.apps[i % instances.apps.length] ?? t().q, await t().newKey({ kind: 'user', role: 'warehouse_worker' }, name))),
      );
      const containers: string[] = [];
      for (const [i, p] of packers.entries()) {
        const res = await p.post('/api/v1/shipping-containers', { operationId: `race-open-${String(i)}`, warehouseId: 'WH1', stationLocationId: 'PACK-1', shipmentId, containerTypeId: 'CARTON' });
        containers.push(String(res.body.containerId));
      }
      const results = await Promise.all(packers.map((p, i) => p.post(`/api/v1/shipping-containers/${containers[i] ?? ''}/pack`, { operationId: `race-pack-${String(i)}`, licensePlateId: plate })));
      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
      const refused = results.find((r) => r.status === 409);
      expect(refused?.body.code).toBe('OUTBOUND.PICKED_STOCK_NOT_AVAILABLE');
      // The same again, by item: 2 kg of flour picked, both packers want 2.
      const flour = await Promise.all(packers.map((p, i) => p.post(`/api/v1/shipping-containers/${containers[i] ?? ''}/pack`, { operationId: `race-flour-${String(i)}`, itemNumber: 'FLOUR', quantity: 2 })));
      expect(flour.map((r) => r.status).sort()).toEqual([200, 409]);
      const views = (await t().admin.get(`/api/v1/shipping-containers?shipmentId=${shipmentId}`)).body.items;
      const packed = views.flatMap((v: any) => v.contents.map((c: any) => [c.itemNumber, c.quantity])).sort();
      expect(packed).toEqual([['FLOUR', 2], ['ITEM-1', 4]]);
    } finally {
      await instances.close();
    }
    await expectLedgerConsistent(t());
  });

  it('keeps retrying a label for a printer that does not answer, shows the error, and gives up after the last attempt', async () => {
    const { shipmentId, plate } = await pickedShipment('SO-PACK-3');
    expect((await t().admin.put('/api/v1/label-printers/OFF', { name: 'Switched off', host: '127.0.0.1', port: await deadPort() })).status).toBe(200);
    const opened = await packer.post('/api/v1/shipping-containers', { operationId: 'off-open', warehouseId: 'WH1', stationLocationId: 'PACK-1', shipmentId, containerTypeId: 'CARTON' });
    const containerId = String(opened.body.containerId);
    await packer.post(`/api/v1/shipping-containers/${containerId}/pack`, { operationId: 'off-pack', licensePlateId: plate });
    // Unprintable without an SSCC: the label needs a closed container.
    const early = await packer.get(`/api/v1/shipping-containers/${containerId}/label.zpl`);
    expect([early.status, early.body.code]).toEqual([409, 'PACKING.CONTAINER_NOT_CLOSED']);
    expect((await packer.post(`/api/v1/shipping-containers/${containerId}/close`, { operationId: 'off-close', printerId: 'OFF' })).status).toBe(200);
    await drain(t());
    let [job] = (await packer.get('/api/v1/label-print-jobs?printerId=OFF')).body.items;
    expect(job).toMatchObject({ status: 'queued', attempts: 1 });
    expect(job.lastError).toMatch(/ECONNREFUSED/);
    for (let i = 0; i < 6; i++) {
      t().clock.advance(10 * 60_000);
      await drain(t());
    }
    [job] = (await packer.get('/api/v1/label-print-jobs?printerId=OFF&status=failed')).body.items;
    expect(job).toMatchObject({ status: 'failed', attempts: 5, maxAttempts: 5, nextAttemptAt: null });
  });

  it('forgets print jobs that were sent or failed after the retention period, never one still waiting to print', async () => {
    const { shipmentId, plate } = await pickedShipment('SO-PACK-4');
    expect((await t().admin.put('/api/v1/label-printers/OFF2', { name: 'Also off', host: '127.0.0.1', port: await deadPort() })).status).toBe(200);
    const opened = await packer.post('/api/v1/shipping-containers', { operationId: 'keep-open', warehouseId: 'WH1', stationLocationId: 'PACK-1', shipmentId, containerTypeId: 'CARTON' });
    await packer.post(`/api/v1/shipping-containers/${String(opened.body.containerId)}/pack`, { operationId: 'keep-pack', licensePlateId: plate });
    expect((await packer.post(`/api/v1/shipping-containers/${String(opened.body.containerId)}/close`, { operationId: 'keep-close', printerId: 'OFF2' })).status).toBe(200);
    const statuses = async () => ((await packer.get('/api/v1/label-print-jobs?limit=100')).body.items as any[]).map((j) => j.status).sort();
    expect(await statuses()).toEqual(['failed', 'queued', 'sent', 'sent', 'sent']);

    t().clock.advance(31 * 86_400_000);
    const processes = (await t().admin.get('/api/v1/background-processes')).body.items;
    const retention = processes.find((p: any) => p.processType === 'removeExpiredRecords');
    const run = await t().admin.post(`/api/v1/background-processes/${String(retention.id)}/run`);
    expect(run.body.run.outcome).toBe('succeeded');
    expect(await statuses()).toEqual(['queued']);
    // The label itself stays printable from its container.
    expect((await packer.get(`/api/v1/shipping-containers/${String(opened.body.containerId)}/label.zpl`)).status).toBe(200);
  });

  it('prints a received license plate\'s label with its number as a Code 128 bar code, and downloads it as ZPL and PDF', async () => {
    await putStock(t(), [{ locationId: 'BULK-1', quantity: 6, licensePlateId: 'LP-RCV-1' }]);
    const zpl = await packer.get('/api/v1/license-plates/LP-RCV-1/label.zpl');
    expect(zpl.status).toBe(200);
    expect(String(zpl.body)).toContain('^BCN,180,N,N,N^FDLP-RCV-1^FS');
    expect(String(zpl.body)).toContain('ITEM-1  6 ea');
    const pdf = await packer.get('/api/v1/license-plates/LP-RCV-1/label.pdf');
    expect([pdf.status, pdf.headers['content-type']]).toEqual([200, 'application/pdf']);
    const raw = await t().q.app.inject({ method: 'GET', url: '/api/v1/license-plates/LP-RCV-1/label.pdf', headers: { authorization: `Bearer ${await t().newKey({ kind: 'user', role: 'warehouse_worker' }, 'lp pdf reader')}` } });
    expect((await PDFDocument.load(raw.rawPayload)).getPageCount()).toBe(1);

    const before = printer.received.length;
    const queued = await packer.post('/api/v1/license-plates/LP-RCV-1/print', { printerId: 'ZEBRA-1' });
    expect(queued.status).toBe(202);
    await drain(t());
    expect(printer.received.slice(before)).toEqual([String(zpl.body)]);
    const job = (await packer.get(`/api/v1/label-print-jobs/${String(queued.body.printJobId)}`)).body;
    expect(job).toMatchObject({ licensePlateId: 'LP-RCV-1', containerId: null, status: 'sent' });
    // Reprinting a license plate's job prints the plate again.
    expect((await packer.post(`/api/v1/label-print-jobs/${String(queued.body.printJobId)}/reprint`, {})).status).toBe(202);
    await drain(t());
    expect(printer.received.at(-1)).toBe(String(zpl.body));

    const empty = await packer.get('/api/v1/license-plates/LP-NOTHING/label.zpl');
    expect([empty.status, empty.body.code]).toEqual([404, 'PACKING.LICENSE_PLATE_EMPTY']);
  });

  it('lets only admins say where printers are, and never at a metadata address', async () => {
    const manager = t().as(await t().newKey({ kind: 'user', role: 'warehouse_manager' }, 'max'));
    expect((await manager.put('/api/v1/label-printers/P2', { name: 'x', host: '192.168.1.50' })).status).toBe(403);
    const metadata = await t().admin.put('/api/v1/label-printers/P2', { name: 'x', host: '169.254.169.254' });
    expect([metadata.status, metadata.body.code, metadata.body.errors[0].field]).toEqual([422, 'PACKING.PRINTER_TARGET_REFUSED', 'host']);
    const lan = await t().admin.put('/api/v1/label-printers/P2', { name: 'Dock printer', host: '192.168.1.50' });
    expect([lan.status, lan.body.port, lan.body.format]).toEqual([200, 9100, 'ZPL']);
    const bad = await t().admin.put('/api/v1/warehouses/WH1/label-settings', { gs1CompanyPrefix: '12AB5', extensionDigit: 10 });
    expect(bad.status).toBe(400);
  });
});
