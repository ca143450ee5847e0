import { randomUUID } from 'node:crypto';
import type { OutboundShipmentOrderMessage } from '../src/modules/integration/http/message-schemas.js';
import { parseQty, qty as toQty } from '../src/platform/quantity.js';
import { ITEM_COUNT, OWNER_ID, STATUS_ID, WAREHOUSE_ID, externalItemNumber, itemNumber } from './messages.js';
import { RECEIVER, STAGING_LOCATION, STOCK_PER_ITEM, pickLocation } from './outbound-orders.js';
import type { Statement } from './outbound-baseline-sql.js';
import { measure, type Timing } from './timing.js';

export type Params = (string | number | null)[];

/** One connection of the baseline: plain driver calls, prepared once per statement. */
export interface Conn {
  run(statement: Statement, params: Params): Promise<number>;
  get<T>(statement: Statement, params: Params): Promise<T | undefined>;
  transaction<T>(fn: () => Promise<T>): Promise<T>;
}

const SEQUENCES = ['outboundLoad', 'outboundShipment', 'outboundWave', 'work', 'outboundNotification', 'shipmentPackingSlip'] as const;
const ITEMS = new Map(Array.from({ length: ITEM_COUNT }, (_, i) => [externalItemNumber(i), i]));
const WORKER = 'picker-0';

/** Every bench order ships to the same receiver; Quayside stores the message's receiver fields as the parties. */
const PARTIES = JSON.stringify(RECEIVER);

interface Line {
  n: number;
  item: string;
  source: string;
  location: string;
  qty: number;
  id?: number;
  reservationId?: number;
  loadLineId?: number;
  pickId?: number;
  putId?: number;
}

/** What the direct code keeps in memory about one order between its steps (a program would, too). */
interface Order {
  m: OutboundShipmentOrderMessage;
  lines: Line[];
  messageId?: number;
  loadId?: string;
  shipmentId?: string;
  workId?: string;
  workVersion?: number;
}

/**
 * The outbound baseline: the same steps and commit points as the warehouse's users drive through
 * Quayside (message intake, processing with reservation, release with wave and work, take work, each
 * pick and put confirmation, ship confirm with the packing slip), each step one transaction of direct
 * statements writing the final row contents, with what it needs kept in memory instead of read back.
 */
export class OutboundBaseline {
  constructor(
    private readonly conns: Conn[],
    private readonly sourceSystemId: string,
  ) {}

  /** Sequences and stock, not measured; the stock is the same as Quayside's. */
  static async prepare(conn: Conn, now: number): Promise<void> {
    for (const code of SEQUENCES) await conn.run('insertSequence', [code]);
    for (let i = 0; i < ITEM_COUNT; i++) {
      const qty = toQty(STOCK_PER_ITEM);
      await conn.run('addStock', [itemNumber(i), WAREHOUSE_ID, pickLocation(i), OWNER_ID, STATUS_ID, qty, now]);
      await conn.run('insertTransaction', [itemNumber(i), WAREHOUSE_ID, pickLocation(i), OWNER_ID, STATUS_ID, qty, 'Adjustment', 'Posted', null, 'BenchStock', 'bench', 'bench-stock', now, now]);
    }
  }

  /** Runs every step for a round of orders, step by step as Quayside's phases go, orders spread over the connections; the time of each step. */
  async run(messages: OutboundShipmentOrderMessage[]): Promise<Timing[]> {
    const orders: Order[] = messages.map((m) => ({
      m,
      lines: m.lines.map((l) => {
        const item = ITEMS.get(l.itemNumber);
        const qty = parseQty(l.orderedQuantity);
        if (item === undefined || qty === undefined) throw new Error(`bench message has an unknown item or bad quantity: ${JSON.stringify(l)}`);
        return { n: l.orderLineNumber, item: itemNumber(item), source: l.itemNumber, location: pickLocation(item), qty };
      }),
    }));
    const times: Timing[] = [];
    const steps: Array<(c: Conn, o: Order, now: number) => Promise<void>> = [
      (c, o, now) => this.intake(c, o, now),
      (c, o, now) => this.process(c, o, now),
      (c, o, now) => this.release(c, o, now),
      (c, o) => this.pick(c, o),
      (c, o, now) => this.ship(c, o, now),
    ];
    for (const step of steps) {
      times.push(
        await measure(async () => {
          await Promise.all(
            this.conns.map(async (c, k) => {
              for (let i = k; i < orders.length; i += this.conns.length) await step(c, orders[i]!, Date.now());
            }),
          );
        }),
      );
    }
    return times;
  }

  private async intake(c: Conn, o: Order, now: number): Promise<void> {
    const { m } = o;
    await c.transaction(async () => {
      const row = await c.get<{ id: number | string }>('insertMessage', [this.sourceSystemId, m.messageId, m.orderNumber, `OutboundShipmentOrder|${this.sourceSystemId}|${m.orderNumber}`, JSON.stringify({ ...m, sourceSystemId: this.sourceSystemId }), now, now, now]);
      o.messageId = Number(row?.id);
      await c.run('insertEvent', [randomUUID(), 'shipmentOrderMessage.statusChanged', this.sourceSystemId, m.messageId, now, this.statusPayload(m, null, 'Received', 'Queued', null)]);
    });
  }

  private async process(c: Conn, o: Order, now: number): Promise<void> {
    const { m } = o;
    const ss = this.sourceSystemId;
    await c.transaction(async () => {
      if (await c.get('findOrder', [ss, m.orderNumber])) throw new Error('the baseline only creates orders');
      await c.run('insertOrder', [m.orderNumber, ss, m.orderNumber, WAREHOUSE_ID, PARTIES, o.messageId!, now, now]);
      for (const l of o.lines) {
        l.id = Number((await c.get<{ id: number | string }>('insertOrderLine', [m.orderNumber, l.n, l.item, l.source, OWNER_ID, STATUS_ID, l.qty, l.qty]))?.id);
        if ((await c.run('reserve', [l.qty, now, l.item, WAREHOUSE_ID, l.location, OWNER_ID, STATUS_ID, l.qty])) !== 1) throw new Error(`baseline: not enough stock of ${l.item}`);
        l.reservationId = Number((await c.get<{ id: number | string }>('insertReservation', [ss, m.orderNumber, m.orderNumber, l.n, l.item, WAREHOUSE_ID, l.location, OWNER_ID, STATUS_ID, l.qty, now, now]))?.id);
      }
      await c.run('acceptMessage', [now, now, m.orderNumber, o.messageId!]);
      await c.run('insertLog', [o.messageId!, now, `Accepted: created outbound shipment order ${m.orderNumber}`]);
      await c.run('insertEvent', [randomUUID(), 'shipmentOrderMessage.statusChanged', ss, m.messageId, now, this.statusPayload(m, 'Received', 'Accepted', 'Processed', m.orderNumber)]);
    });
  }

  private async release(c: Conn, o: Order, now: number): Promise<void> {
    const ss = this.sourceSystemId;
    const number = async (code: (typeof SEQUENCES)[number], prefix: string) => `${prefix}${String(Number((await c.get<{ next_value: number | string }>('nextNumber', [code]))?.next_value) - 1).padStart(8, '0')}`;
    await c.transaction(async () => {
      const loadId = await number('outboundLoad', 'LOAD-');
      const shipmentId = await number('outboundShipment', 'SHP-');
      const waveId = await number('outboundWave', 'WAVE-');
      const workId = await number('work', 'W-');
      const notification = await number('outboundNotification', 'ONT-');
      await c.run('insertWave', [waveId, WAREHOUSE_ID, now, now]);
      await c.run('insertLoad', [loadId, WAREHOUSE_ID, ss, now, now]);
      await c.run('insertShipment', [shipmentId, loadId, WAREHOUSE_ID, ss, `order:${o.m.orderNumber}`, PARTIES, waveId, now]);
      await c.run('insertWork', [workId, WAREHOUSE_ID, shipmentId, ss, now, now]);
      await c.run('insertNotification', [notification, ss, waveId, now]);
      for (const [i, l] of o.lines.entries()) {
        l.loadLineId = Number((await c.get<{ id: number | string }>('insertLoadLine', [loadId, shipmentId, o.m.orderNumber, l.n, l.id!, l.item, l.qty, l.qty, now]))?.id);
        await c.run('releaseOrderLine', [l.qty, l.id!]);
        l.pickId = Number((await c.get<{ id: number | string }>('insertWorkLine', [workId, i * 2 + 1, 'Pick', null, l.item, l.location, OWNER_ID, STATUS_ID, l.qty]))?.id);
        l.putId = Number((await c.get<{ id: number | string }>('insertWorkLine', [workId, i * 2 + 2, 'Put', i * 2 + 1, l.item, STAGING_LOCATION, OWNER_ID, STATUS_ID, l.qty]))?.id);
        await c.run('allocateReservation', [l.loadLineId, workId, i * 2 + 1, now, l.reservationId!]);
        await c.run('insertNotificationLine', [notification, shipmentId, o.m.orderNumber, l.n, l.source, l.qty]);
      }
      await c.run('releaseOrder', [now, o.m.orderNumber]);
      await c.run('insertEvent', [randomUUID(), 'outboundWave.executed', null, waveId, now, JSON.stringify({ waveId, warehouseId: WAREHOUSE_ID, waveTemplateId: 'AT-RELEASE', shipmentIds: [shipmentId], workIds: [workId], shortages: [] })]);
      await c.run('insertEvent', [randomUUID(), 'outboundNotification.created', ss, notification, now, JSON.stringify({ outboundNotificationNumber: notification, sourceSystemId: ss, lines: o.lines.map((l) => ({ shipmentNumber: shipmentId, orderNumber: o.m.orderNumber, lineNumber: l.n, itemNumber: l.source, workCreatedCumulativeQuantity: l.qty / 1e6 })) })]);
      Object.assign(o, { loadId, shipmentId, workId, workVersion: 1 });
    });
  }

  /** Take the work, then each pick and each put as its own scan: one transaction per confirmation. */
  private async pick(c: Conn, o: Order): Promise<void> {
    const workId = o.workId!;
    const userLocation = `user:${WORKER}`;
    const ss = this.sourceSystemId;
    await c.transaction(async () => {
      const now = Date.now();
      await c.run('claimOperation', [`B-${workId}-take`, `work.take:${workId}`, now, JSON.stringify({ workId, status: 'InProcess' })]);
      if ((await c.run('takeWork', [WORKER, now, now, workId, o.workVersion!])) !== 1) throw new Error(`baseline: work ${workId} changed`);
      o.workVersion! += 1;
    });
    for (const [i, l] of o.lines.entries()) {
      const last = i === o.lines.length - 1;
      await c.transaction(async () => {
        const now = Date.now();
        const op = `B-${workId}-${i * 2 + 1}`;
        await c.run('claimOperation', [op, `work.confirm:${workId}:${i * 2 + 1}`, now, JSON.stringify({ workId, lineNumber: i * 2 + 1 })]);
        if ((await c.run('pickReservation', [l.qty, now, l.reservationId!, l.qty])) !== 1) throw new Error('baseline: reservation too small');
        if ((await c.run('unreserveAndTake', [l.qty, l.qty, now, l.item, WAREHOUSE_ID, l.location, OWNER_ID, STATUS_ID, l.qty])) !== 1) throw new Error('baseline: nothing reserved to pick');
        await c.run('addStock', [l.item, WAREHOUSE_ID, userLocation, OWNER_ID, STATUS_ID, l.qty, now]);
        await c.run('insertTransaction', [l.item, WAREHOUSE_ID, l.location, OWNER_ID, STATUS_ID, -l.qty, 'Transfer', 'Posted', ss, 'Work', workId, op, now, now]);
        await c.run('insertTransaction', [l.item, WAREHOUSE_ID, userLocation, OWNER_ID, STATUS_ID, l.qty, 'Transfer', 'Posted', ss, 'Work', workId, op, now, now]);
        await c.run('confirmWorkLine', [WORKER, now, l.pickId!]);
        if ((await c.run('saveWork', ['InProcess', null, now, workId, o.workVersion!])) !== 1) throw new Error(`baseline: work ${workId} changed`);
        o.workVersion! += 1;
      });
      await c.transaction(async () => {
        const now = Date.now();
        const op = `B-${workId}-${i * 2 + 2}`;
        await c.run('claimOperation', [op, `work.confirm:${workId}:${i * 2 + 2}`, now, JSON.stringify({ workId, lineNumber: i * 2 + 2 })]);
        if ((await c.run('takeStock', [l.qty, now, l.item, WAREHOUSE_ID, userLocation, OWNER_ID, STATUS_ID, l.qty])) !== 1) throw new Error('baseline: nothing carried');
        await c.run('addStock', [l.item, WAREHOUSE_ID, STAGING_LOCATION, OWNER_ID, STATUS_ID, l.qty, now]);
        await c.run('insertTransaction', [l.item, WAREHOUSE_ID, userLocation, OWNER_ID, STATUS_ID, -l.qty, 'Transfer', 'Posted', ss, 'Work', workId, op, now, now]);
        await c.run('insertTransaction', [l.item, WAREHOUSE_ID, STAGING_LOCATION, OWNER_ID, STATUS_ID, l.qty, 'Transfer', 'Posted', ss, 'Work', workId, op, now, now]);
        // The issue at staging: Picked until the packing slip is posted.
        await c.run('insertTransaction', [l.item, WAREHOUSE_ID, STAGING_LOCATION, OWNER_ID, STATUS_ID, -l.qty, 'Issue', 'Picked', ss, 'OutboundLoadLine', String(l.loadLineId), op, now, null]);
        if ((await c.run('takeStock', [l.qty, now, l.item, WAREHOUSE_ID, STAGING_LOCATION, OWNER_ID, STATUS_ID, l.qty])) !== 1) throw new Error('baseline: nothing at staging');
        await c.run('insertPick', [l.loadLineId!, o.loadId!, workId, l.item, WAREHOUSE_ID, STAGING_LOCATION, OWNER_ID, STATUS_ID, l.qty, op, now]);
        await c.run('pickLoadLine', [l.qty, l.loadLineId!]);
        await c.run('confirmWorkLine', [WORKER, now, l.putId!]);
        if ((await c.run('saveWork', [last ? 'Closed' : 'InProcess', last ? now : null, now, workId, o.workVersion!])) !== 1) throw new Error(`baseline: work ${workId} changed`);
        o.workVersion! += 1;
        if (last) await c.run('loadLoaded', [now, o.loadId!]);
      });
    }
  }

  private async ship(c: Conn, o: Order, now: number): Promise<void> {
    const ss = this.sourceSystemId;
    await c.transaction(async () => {
      if ((await c.run('shipLoad', [now, now, o.loadId!])) !== 1) throw new Error(`baseline: load ${o.loadId} is not Loaded`);
      await c.run('shipShipment', [o.shipmentId!]);
      const number = `${WAREHOUSE_ID}-${String(Number((await c.get<{ next_value: number | string }>('nextNumber', ['shipmentPackingSlip']))?.next_value) - 1).padStart(8, '0')}`;
      const versionNumber = `${number}.1`;
      const header = JSON.stringify({ deliveryTermsCode: null, shippingCarrierId: null, shippingCarrierServiceId: null, deliveryModeCode: null, parties: RECEIVER });
      const slipId = Number((await c.get<{ id: number | string }>('insertSlip', [number, versionNumber, ss, o.loadId!, o.shipmentId!, WAREHOUSE_ID, now, now, header, now, now]))?.id);
      for (const l of o.lines) {
        const lineId = Number((await c.get<{ id: number | string }>('insertSlipLine', [slipId, l.loadLineId!, l.id!, o.m.orderNumber, o.m.orderNumber, l.n, l.item, l.source, l.qty, l.qty]))?.id);
        await c.run('insertSlipDimension', [slipId, lineId, STAGING_LOCATION, OWNER_ID, STATUS_ID, l.qty]);
        await c.run('shipLoadLine', [l.loadLineId!]);
      }
      const payload = { shipmentPackingSlipVersionNumber: versionNumber, shipmentPackingSlipNumber: number, version: 1, postingStatus: 'ReadyForPosting', loadId: o.loadId, shipmentId: o.shipmentId, shipFromWarehouseId: WAREHOUSE_ID };
      await c.run('insertEvent', [randomUUID(), 'shipmentPackingSlip.modified', ss, versionNumber, now, JSON.stringify(payload)]);
    });
  }

  private statusPayload(m: OutboundShipmentOrderMessage, previous: string | null, status: string, state: string, order: string | null): string {
    return JSON.stringify({
      messageId: m.messageId,
      messageVersion: 1,
      messageType: 'OutboundShipmentOrder',
      sourceSystemId: this.sourceSystemId,
      orderNumber: m.orderNumber,
      previousStatus: previous,
      processingStatus: status,
      processorState: state,
      internalOrderNumber: order,
    });
  }
}
