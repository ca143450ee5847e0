import type { Executor } from '../../../platform/db/database.js';
import { fromJson } from '../../../platform/db/json.js';
import type { WorkHook, WorkLineContext } from '../../work/index.js';

/** The reference type of the put-away work receiving creates (its reference id is the inbound load). */
export const INBOUND_WORK_REFERENCE = 'InboundLoad';

/** The vendor an inbound order comes from, as its parties name it (consigner, else sender). */
export function vendorOf(parties: string): string | null {
  const p = fromJson<Record<string, unknown>>(parties, {});
  const text = (key: string) => (typeof p[key] === 'string' && p[key] !== '' ? p[key] : undefined);
  return text('consignerName') ?? text('senderName') ?? text('vendorName') ?? null;
}

/**
 * Put-away work takes part in the work module's reads: each line names the inbound order its stock was
 * received for (by the registrations of the work, matched on item and license plate) and the order's vendor.
 */
export const inboundPutAwayHook: WorkHook = {
  async describeLines(db: Executor, work): Promise<ReadonlyMap<number, WorkLineContext>> {
    const rows = await db
      .selectFrom('inbound_registrations as r')
      .innerJoin('inbound_orders as o', 'o.order_number', 'r.order_number')
      .select(['r.item_number', 'r.license_plate_id', 'r.order_number', 'o.source_order_number', 'o.parties'])
      .where('r.work_id', '=', work.workId)
      .orderBy('r.id')
      .execute();
    const lines = new Map<number, WorkLineContext>();
    for (const line of work.lines) {
      const r = rows.find((row) => row.item_number === line.itemNumber && (row.license_plate_id || null) === line.licensePlateId) ?? rows.find((row) => row.item_number === line.itemNumber);
      if (r) lines.set(line.lineNumber, { orderNumber: r.order_number, sourceSystemOrderNumber: r.source_order_number, partyName: vendorOf(r.parties) });
    }
    return lines;
  },
};
