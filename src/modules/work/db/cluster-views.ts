import type { Executor } from '../../../platform/db/database.js';
import { toIso } from '../../../platform/clock.js';
import { qtyToNumber } from '../../../platform/quantity.js';

/**
 * A cluster as the worker walks it: its members with their target license plates, and every line of the
 * members, picks first in location order (one trip), then the puts.
 */
export async function clusterView(db: Executor, clusterId: string) {
  const cluster = await db.selectFrom('work_clusters').selectAll().where('cluster_id', '=', clusterId).executeTakeFirst();
  if (!cluster) return undefined;
  const members = await db
    .selectFrom('work_cluster_members as m')
    .innerJoin('work_headers as h', 'h.work_id', 'm.work_id')
    .select(['m.work_id', 'm.position', 'm.target_license_plate_id', 'h.status', 'h.reference_type', 'h.reference_id'])
    .where('m.cluster_id', '=', clusterId)
    .orderBy('m.position')
    .execute();
  const lines = await db
    .selectFrom('work_lines as l')
    .innerJoin('work_cluster_members as m', 'm.work_id', 'l.work_id')
    .selectAll('l')
    .select(['m.position', 'm.target_license_plate_id'])
    .where('m.cluster_id', '=', clusterId)
    .execute();
  lines.sort((a, b) => (a.line_type === b.line_type ? 0 : a.line_type === 'Pick' ? -1 : 1) || a.location_id.localeCompare(b.location_id) || a.position - b.position || a.line_number - b.line_number);
  return {
    clusterId: cluster.cluster_id,
    warehouseId: cluster.warehouse_id,
    workerId: cluster.worker_id,
    status: cluster.status,
    createdAt: toIso(cluster.created_at) ?? '',
    closedAt: toIso(cluster.closed_at),
    members: members.map((m) => ({ workId: m.work_id, position: m.position, targetLicensePlateId: m.target_license_plate_id, status: m.status, referenceType: m.reference_type, referenceId: m.reference_id })),
    lines: lines.map((l) => ({
      workId: l.work_id,
      lineNumber: l.line_number,
      lineType: l.line_type,
      itemNumber: l.item_number,
      locationId: l.location_id,
      quantity: qtyToNumber(l.qty),
      handledQuantity: qtyToNumber(l.handled_qty),
      unitSymbol: l.unit,
      status: l.status,
      targetLicensePlateId: l.target_license_plate_id,
    })),
  };
}

export type ClusterView = NonNullable<Awaited<ReturnType<typeof clusterView>>>;
