import type { Kysely } from 'kysely';

/**
 * Shipment packing slips are numbered per warehouse (sequence `shipmentPackingSlip:<warehouse>`, prefix
 * `<warehouse>-`), where one global sequence used to keep the prefix of its first use. Each warehouse's
 * sequence starts after the highest number already issued with its prefix, so no number is given twice.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen migration, see migrator.ts
export async function up(db: Kysely<any>): Promise<void> {
  const warehouses = (await db.selectFrom('warehouses').select('warehouse_id').execute()) as Array<{ warehouse_id: string }>;
  const issued = (await db.selectFrom('outbound_packing_slips').select('packing_slip_number').distinct().execute()) as Array<{ packing_slip_number: string }>;
  for (const { warehouse_id: warehouseId } of warehouses) {
    const prefix = `${warehouseId}-`;
    let highest = 0;
    for (const { packing_slip_number: number } of issued) {
      const rest = number.startsWith(prefix) ? number.slice(prefix.length) : '';
      if (/^\d+$/.test(rest)) highest = Math.max(highest, Number(rest));
    }
    if (highest === 0) continue;
    await db.insertInto('number_sequences').values({ code: `shipmentPackingSlip:${warehouseId}`, next_value: highest + 1, prefix, width: 8 }).execute();
  }
}
