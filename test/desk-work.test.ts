import { beforeAll, describe, expect, it } from 'vitest';
import { createErp, createWarehouseMasterData, drain, inboundMessage, messageById, uniqueId, type ErpFixture } from './support/fixtures.js';
import { useTestApp, type Client } from './support/harness.js';

/** RFC 4180 text back into rows of cells (quoted cells may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** A JSON value as the CSV writes it. */
function asCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  if (typeof value === 'object') return JSON.stringify(value);
  return JSON.stringify(value);
}

async function allPages(client: Client, url: string): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await client.get(`${url}${url.includes('?') ? '&' : '?'}limit=1000&offset=${String(offset)}`);
    expect(page.status).toBe(200);
    items.push(...page.body.items);
    if (items.length >= page.body.total) return items;
  }
}

describe('desk work: CSV export, bulk message actions, the operator fixing a mapping', () => {
  const t = useTestApp();
  let erp: ErpFixture;
  let operator: Client;
  let worker: Client;

  beforeAll(async () => {
    await createWarehouseMasterData(t().admin);
    erp = await createErp(t(), 'ERP1');
    operator = t().as(await t().newKey({ kind: 'user', role: 'integration_operator' }, 'operator'));
    worker = t().as(await t().newKey({ kind: 'user', role: 'warehouse_worker' }, 'worker'));
  });

  it('exports every page of a list as CSV, the same rows in the same order as the JSON list, with the API field names as header', async () => {
    const rows = Array.from({ length: 1105 }, (_, i) => ({ itemNumber: `CSV-${String(i).padStart(4, '0')}`, name: `Export item ${String(i)}, "quoted"`, inventoryUnit: 'ea' }));
    expect((await t().admin.post('/api/v1/items/import', rows)).status).toBe(200);
    const url = '/api/v1/items?q=CSV-&sort=name&order=desc';
    const json = await allPages(t().admin, url);
    expect(json.length).toBe(1105);

    const csv = await t().admin.get(`${url}&format=csv&limit=5&offset=7`);
    expect(csv.status, JSON.stringify(csv.body)).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="items.csv"');
    const [header, ...body] = parseCsv(csv.body as string);
    expect(header).toContain('itemNumber');
    expect(header).toContain('name');
    expect(body.length).toBe(json.length);
    expect(body).toEqual(json.map((item) => header!.map((field) => asCell(item[field]))));
  });

  it('exports messages with the same filters and sort as the list, also when asked with Accept: text/csv', async () => {
    for (const n of [1, 2, 3]) await erp.erp.post('/api/v1/inbound-shipment-order-messages', inboundMessage(`PO-CSV-${String(n)}`));
    await drain(t());
    const url = '/api/v1/messages?sourceSystemId=ERP1&processingStatus=Accepted&sort=orderNumber&order=asc';
    const json = await allPages(t().admin, url);
    const csv = await t().admin.get(`${url}&format=csv`);
    const [header, ...body] = parseCsv(csv.body as string);
    expect(header!.slice(0, 3)).toEqual(['id', 'messageId', 'version']);
    expect(body).toEqual(json.map((item) => header!.map((field) => asCell(item[field]))));

    const asked = await t().q.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${erp.key}`, accept: 'text/csv' } });
    expect(asked.headers['content-type']).toContain('text/csv');
    expect(parseCsv(asked.body)).toEqual([header, ...body]);

    const scoped = await erp.erp.get('/api/v1/messages?format=csv');
    expect(parseCsv(scoped.body as string).length - 1).toBe((await erp.erp.get('/api/v1/messages')).body.total);
  });

  it('answers CSV on every list the desk offers to export', async () => {
    // The paths of the desk's "Export CSV" buttons (web/src/workspaces): each must answer a CSV file.
    const paths = [
      '/api/v1/inventory/on-hand', '/api/v1/inventory/transactions', '/api/v1/audit-log', '/api/v1/outbound-loads', '/api/v1/work',
      '/api/v1/outbound-shipment-orders', '/api/v1/waves', '/api/v1/wave-templates', '/api/v1/label-print-jobs', '/api/v1/inbound-loads',
      '/api/v1/inbound-shipment-orders', '/api/v1/fixed-locations', '/api/v1/counting-journals', '/api/v1/cycle-count-thresholds',
      '/api/v1/cycle-count-plans', '/api/v1/source-systems', '/api/v1/source-systems/ERP1/items', '/api/v1/items', '/api/v1/warehouses',
      '/api/v1/messages', '/api/v1/webhook-deliveries',
    ];
    for (const path of paths) {
      const csv = await t().admin.get(`${path}?format=csv`);
      expect([csv.status, String(csv.headers['content-type'])], path).toEqual([200, expect.stringContaining('text/csv')]);
    }
  });

  it('escapes cells a spreadsheet would run as a formula', async () => {
    const evil = [
      { itemNumber: 'EVIL-1', name: '=HYPERLINK("http://x.example","click")', inventoryUnit: 'ea' },
      { itemNumber: 'EVIL-2', name: '+1+2', inventoryUnit: 'ea' },
      { itemNumber: 'EVIL-3', name: '-3+4', inventoryUnit: 'ea' },
      { itemNumber: 'EVIL-4', name: '@SUM(A1)', inventoryUnit: 'ea' },
      { itemNumber: 'EVIL-5', name: 'plain, harmless', inventoryUnit: 'ea' },
    ];
    expect((await t().admin.post('/api/v1/items/import', evil)).status).toBe(200);
    const csv = await t().admin.get('/api/v1/items?q=EVIL-&sort=itemNumber&format=csv');
    const [header, ...body] = parseCsv(csv.body as string);
    const names = body.map((r) => r[header!.indexOf('name')]);
    expect(names).toEqual(["'=HYPERLINK(\"http://x.example\",\"click\")", "'+1+2", "'-3+4", "'@SUM(A1)", 'plain, harmless']);
    expect(csv.body as string).toContain('"\'=HYPERLINK(""http://x.example"",""click"")"');
  });

  it('refuses a bad format and says which field', async () => {
    const res = await t().admin.get('/api/v1/items?format=xml');
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).join(' ')).toContain('format');
  });

  async function failedMessage(orderNumber: string, itemNumber = 'NOPE-9'): Promise<number> {
    const sent = await erp.erp.post('/api/v1/inbound-shipment-order-messages', inboundMessage(orderNumber, {}, [{ orderLineNumber: 1, itemNumber, expectedQuantity: 1, expectedUnitSymbol: 'ea' }]));
    await drain(t());
    const message = await messageById(t(), sent.body.id);
    expect(message.processingStatus).toBe('Failed');
    return message.id as number;
  }

  it('queues a mix of messages in bulk: eligible ones are queued, the others reported, and a retry with the same operation id applies nothing again', async () => {
    const failedA = await failedMessage('PO-BULK-1');
    const failedB = await failedMessage('PO-BULK-2');
    const accepted = (await erp.erp.post('/api/v1/inbound-shipment-order-messages', inboundMessage('PO-BULK-3'))).body.id as number;
    await drain(t());
    const operationId = uniqueId('bulk');
    const body = { action: 'queue', messageIds: [failedA, accepted, failedB, 999_999], operationId };
    const first = await operator.post('/api/v1/messages/bulk-actions', body);
    expect(first.status).toBe(200);
    expect(first.body.applied).toBe(2);
    expect(first.body.results.map((r: { id: number; outcome: string; processingStatus: string | null }) => [r.id, r.outcome, r.processingStatus])).toEqual([
      [failedA, 'applied', 'Received'],
      [accepted, 'refused', 'Accepted'],
      [failedB, 'applied', 'Received'],
      [999_999, 'notFound', null],
    ]);
    expect(first.body.results[1].code).toBe('INTEGRATION.MESSAGE_ACTION_NOT_ALLOWED');
    const logged = await messageById(t(), failedA);
    expect(logged.log.at(-1).text).toBe(`Failed -> Received by a user (bulk operation ${operationId})`);

    // The queued messages fail again (the item is still unknown); the retry must not queue them a second time.
    await drain(t());
    expect((await messageById(t(), failedA)).processingStatus).toBe('Failed');
    const logLength = (await messageById(t(), failedA)).log.length;
    const retry = await operator.post('/api/v1/messages/bulk-actions', body);
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(first.body);
    expect((await messageById(t(), failedA)).processingStatus).toBe('Failed');
    expect((await messageById(t(), failedA)).log.length).toBe(logLength);

    const reused = await operator.post('/api/v1/messages/bulk-actions', { ...body, action: 'cancel' });
    expect(reused.status).toBe(409);
    expect(reused.body.code).toBe('REQUEST.OPERATION_ID_REUSED');
  });

  it('cancels messages in bulk, per message, and announces each like a single cancel', async () => {
    const failed = await failedMessage('PO-BULK-4');
    const canceledBefore = await failedMessage('PO-BULK-5');
    expect((await operator.post(`/api/v1/messages/${String(canceledBefore)}/cancel`)).status).toBe(200);
    await drain(t());
    let cursor = 0;
    for (;;) {
      const feed = await t().admin.get(`/api/v1/events?after=${String(cursor)}&limit=1000`);
      if (feed.body.items.length === 0) break;
      cursor = feed.body.nextCursor;
    }
    const res = await operator.post('/api/v1/messages/bulk-actions', { action: 'cancel', messageIds: [failed, canceledBefore], operationId: uniqueId('bulk') });
    expect(res.body.results.map((r: { outcome: string }) => r.outcome)).toEqual(['applied', 'refused']);
    expect((await messageById(t(), failed)).processingStatus).toBe('Canceled');
    await drain(t());
    const events = (await t().admin.get(`/api/v1/events?after=${String(cursor)}&limit=1000`)).body.items;
    expect(events.map((e: { type: string; payload: { orderNumber: string; processingStatus: string } }) => [e.type, e.payload.orderNumber, e.payload.processingStatus])).toEqual([
      ['shipmentOrderMessage.statusChanged', 'PO-BULK-4', 'Canceled'],
    ]);
  });

  it('bounds a bulk request and refuses it to a worker or another source system', async () => {
    const tooMany = Array.from({ length: 501 }, (_, i) => i + 1);
    const big = await operator.post('/api/v1/messages/bulk-actions', { action: 'queue', messageIds: tooMany, operationId: uniqueId('bulk') });
    expect(big.status).toBe(400);
    expect(big.body.errors[0].field).toContain('messageIds');
    expect((await worker.post('/api/v1/messages/bulk-actions', { action: 'queue', messageIds: [1], operationId: uniqueId('bulk') })).status).toBe(403);

    const failed = await failedMessage('PO-BULK-6');
    const other = await createErp(t(), 'ERP2');
    const res = await other.erp.post('/api/v1/messages/bulk-actions', { action: 'cancel', messageIds: [failed], operationId: uniqueId('bulk') });
    expect(res.body.results[0].outcome).toBe('notFound');
    expect((await messageById(t(), failed)).processingStatus).toBe('Failed');
  });

  it('lets the integration operator map the failed message\'s item and reprocess it to Accepted; a worker may not map items', async () => {
    const id = await failedMessage('PO-MAP-1', 'ERP-NEW-7');
    const failure = (await messageById(t(), id)).log.find((l: { level: string }) => l.level === 'error');
    expect(failure).toMatchObject({ value: 'ERP-NEW-7' });

    const refused = await worker.put('/api/v1/source-systems/ERP1/items/ERP-NEW-7', { itemNumber: 'ITEM-2' });
    expect(refused.status).toBe(403);
    const mapped = await operator.put('/api/v1/source-systems/ERP1/items/ERP-NEW-7', { itemNumber: 'ITEM-2' });
    expect(mapped.status).toBe(200);
    const processed = await operator.post(`/api/v1/messages/${String(id)}/process`);
    expect(processed.status).toBe(200);
    expect(processed.body.processingStatus).toBe('Accepted');
  });
});
