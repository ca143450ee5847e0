import { sql } from 'kysely';
import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/database.js';
import { nextNumber } from '../../../platform/db/number-sequences.js';
import { DomainError } from '../../../platform/errors.js';
import { clusterView, type ClusterView } from '../db/cluster-views.js';
import { WorkErrors } from '../errors.js';
import { lockedHeaderToWorkOn, saveProgressOf } from './execute-work.js';
import { putAllLocked } from './group-put.js';
import type { WorkHooks } from './work-hooks.js';
import { runOperation } from '../../../platform/command.js';

export interface ClusterInput {
  workerId: string;
  operationId: string;
  /** Each piece of pick work (usually one per shipment) with the tote or license plate it is picked into. */
  members: ReadonlyArray<{ workId: string; targetLicensePlateId: string }>;
}

const refuse = (field: string, reason: string, value: unknown, detail: string) => new DomainError(WorkErrors.notClusterable, detail, [{ field, reason, value }]);

/**
 * Cluster picking: one worker takes several pieces of pick work for one trip. Each piece's stock is put on
 * its own target license plate (its put lines say so from now on), so that the shipments stay apart; the
 * picks are confirmed as usual and the cluster's one put (putCluster) brings every tote to its put location.
 */
export async function createCluster(ctx: AppContext, input: ClusterInput): Promise<ClusterView> {
  const { result } = await runOperation(ctx, { operationId: input.operationId, scope: 'work.cluster' }, async ({ trx, now }) => {
    const targets = input.members.map((m) => m.targetLicensePlateId);
    const duplicate = targets.find((t, i) => targets.indexOf(t) !== i);
    if (duplicate !== undefined) throw refuse('members', 'each piece of work needs its own license plate', duplicate, `License plate '${duplicate}' is given to two pieces of work`);
    const workIds = input.members.map((m) => m.workId);
    if (new Set(workIds).size !== workIds.length) throw refuse('members', 'a piece of work is named twice', workIds, 'A piece of work is named twice');
    let warehouseId: string | undefined;
    // Locked in id order, so that two clusters over the same work wait for each other instead of deadlocking.
    for (const workId of [...workIds].sort()) {
      const header = await lockedHeaderToWorkOn(trx, ctx.db.caps, workId, input.workerId);
      if (header.work_type !== 'Pick') throw refuse('members', 'only pick work is picked in clusters', workId, `Work '${workId}' is ${header.work_type} work`);
      if (warehouseId !== undefined && header.warehouse_id !== warehouseId) throw refuse('members', 'every piece of work must be in the same warehouse', workId, `Work '${workId}' is in warehouse '${header.warehouse_id}'`);
      warehouseId = header.warehouse_id;
      const open = await trx
        .selectFrom('work_cluster_members as m')
        .innerJoin('work_clusters as c', 'c.cluster_id', 'm.cluster_id')
        .select('c.cluster_id')
        .where('m.work_id', '=', workId)
        .where('c.status', '=', 'InProcess')
        .executeTakeFirst();
      if (open) throw new DomainError(WorkErrors.inOtherCluster, `Work '${workId}' is picked in cluster '${open.cluster_id}'`, [{ field: 'members', reason: 'in another open cluster', value: workId }]);
      await saveProgressOf(trx, header, now, { status: 'InProcess', assignedWorker: input.workerId, startedAt: header.started_at ?? now, closedAt: null });
    }
    const clusterId = await nextNumber(trx, 'workCluster', { prefix: 'WC-', width: 8 });
    await trx.insertInto('work_clusters').values({ cluster_id: clusterId, warehouse_id: warehouseId ?? '', worker_id: input.workerId, status: 'InProcess', created_at: now, closed_at: null }).execute();
    await trx
      .insertInto('work_cluster_members')
      .values(input.members.map((m, i) => ({ cluster_id: clusterId, work_id: m.workId, position: i + 1, target_license_plate_id: m.targetLicensePlateId })))
      .execute();
    for (const m of input.members) {
      await trx.updateTable('work_lines').set({ license_plate_id: m.targetLicensePlateId }).where('work_id', '=', m.workId).where('line_type', '=', 'Put').where('status', '=', 'Open').where('handled_qty', '=', 0).execute();
    }
    return (await clusterView(trx, clusterId)) as ClusterView;
  });
  return result;
}

/** The cluster's one put: every member's picked stock to its put location, each on its own license plate. */
export async function putCluster(ctx: AppContext, input: { clusterId: string; workerId: string; operationId: string; locationId?: string | undefined; reason?: string | undefined }, hooks: WorkHooks): Promise<ClusterView> {
  const { result } = await runOperation(ctx, { operationId: input.operationId, scope: `work.cluster-put:${input.clusterId}` }, async ({ trx, now }) => {
    const cluster = await openCluster(trx, input.clusterId, input.workerId);
    const members = await trx.selectFrom('work_cluster_members').select('work_id').where('cluster_id', '=', cluster.cluster_id).orderBy('work_id').execute();
    let moved = 0;
    for (const m of members) {
      const header = await lockedHeaderToWorkOn(trx, ctx.db.caps, m.work_id, input.workerId).catch((error: unknown) => {
        // Work already closed (put earlier) has nothing left to put.
        if (error instanceof DomainError && error.code === WorkErrors.invalidStatus.code) return undefined;
        throw error;
      });
      if (!header) continue;
      const done = await putAllLocked(trx, now, header, { workId: m.work_id, workerId: input.workerId, operationId: input.operationId, locationId: input.locationId, reason: input.reason }, hooks, { nothingIsFine: true });
      if (done) moved += 1;
    }
    if (moved === 0) throw new DomainError(WorkErrors.lineOrder, `Cluster '${input.clusterId}' has nothing picked to put`, [{ field: 'clusterId', reason: 'no picked stock waits to be put', value: input.clusterId }]);
    await trx
      .updateTable('work_clusters')
      .set({ status: 'Closed', closed_at: now })
      .where('cluster_id', '=', cluster.cluster_id)
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('work_cluster_members as m')
              .innerJoin('work_headers as h', 'h.work_id', 'm.work_id')
              .select('m.work_id')
              .where('m.cluster_id', '=', cluster.cluster_id)
              .where(sql<boolean>`h.status not in ('Closed', 'Canceled')`),
          ),
        ),
      )
      .execute();
    return (await clusterView(trx, cluster.cluster_id)) as ClusterView;
  });
  return result;
}

async function openCluster(trx: Executor, clusterId: string, workerId: string) {
  const cluster = await trx.selectFrom('work_clusters').selectAll().where('cluster_id', '=', clusterId).executeTakeFirst();
  if (!cluster) throw new DomainError(WorkErrors.clusterNotFound, `Work cluster '${clusterId}' does not exist`);
  if (cluster.status !== 'InProcess') throw new DomainError(WorkErrors.invalidStatus, `Work cluster '${clusterId}' is ${cluster.status}`, [{ field: 'status', reason: `cluster is ${cluster.status}`, value: cluster.status }]);
  if (cluster.worker_id !== workerId) throw new DomainError(WorkErrors.assignedToOther, `Work cluster '${clusterId}' is picked by '${cluster.worker_id}'`, [{ field: 'workerId', reason: 'cluster is picked by another worker', value: workerId }]);
  return cluster;
}
