import type { Selectable } from 'kysely';
import type { Executor } from '../../../platform/db/database.js';
import type { OutboundPackingSlipDimensionsTable, OutboundPackingSlipLinesTable, OutboundPackingSlipsTable } from './tables.js';

export interface PackingSlipView {
  header: Selectable<OutboundPackingSlipsTable>;
  lines: Selectable<OutboundPackingSlipLinesTable>[];
  dimensions: Selectable<OutboundPackingSlipDimensionsTable>[];
}

export async function loadPackingSlip(db: Executor, versionNumber: string): Promise<PackingSlipView | undefined> {
  const header = await db.selectFrom('outbound_packing_slips').selectAll().where('version_number', '=', versionNumber).executeTakeFirst();
  if (!header) return undefined;
  const lines = await db.selectFrom('outbound_packing_slip_lines').selectAll().where('packing_slip_id', '=', header.id).orderBy('id').execute();
  const dimensions = await db.selectFrom('outbound_packing_slip_dimensions').selectAll().where('packing_slip_id', '=', header.id).orderBy('id').execute();
  return { header, lines, dimensions };
}
