import { recordAudit, type AuditSource } from '../../../platform/audit/audit-log.js';
import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/database.js';
import { CommonErrors, DomainError, missingReference } from '../../../platform/errors.js';
import { ensureProcess } from '../../../platform/jobs/processes.js';
import { referenceReader } from '../../master-data/index.js';
import { findSourceSystem, sourceSystemToRow } from '../db/source-system-rows.js';
import { SOURCE_SYSTEM_DEFAULTS, type SourceSystem } from '../domain/source-system-settings.js';
import { SourceSystemErrors } from '../errors.js';
import { SOURCE_SYSTEM_PROCESSES } from '../process-catalog.js';
import { runCommand } from '../../../platform/command.js';

export type SourceSystemSettings = Partial<Omit<SourceSystem, 'sourceSystemId' | 'name' | 'version'>>;

async function checkOwner(db: Executor, ownerId: string | null | undefined): Promise<void> {
  if (ownerId && !(await referenceReader(db).owner(ownerId))) throw missingReference('defaultOwnerId', 'Warehouse inventory owner', ownerId);
}

/** Creates a source system and schedules its background processes with their default intervals. */
export async function createSourceSystem(
  ctx: AppContext,
  input: { sourceSystemId: string; name: string } & SourceSystemSettings,
  by: AuditSource,
): Promise<SourceSystem> {
  return runCommand(ctx, async ({ trx, now }) => {
    if (await findSourceSystem(trx, input.sourceSystemId)) {
      throw new DomainError(SourceSystemErrors.sourceSystemExists, `Source system '${input.sourceSystemId}' already exists`, [
        { field: 'sourceSystemId', reason: 'already exists', value: input.sourceSystemId },
      ]);
    }
    await checkOwner(trx, input.defaultOwnerId);
    const settings = { ...SOURCE_SYSTEM_DEFAULTS, ...input };
    await trx
      .insertInto('source_systems')
      .values({ ...sourceSystemToRow(settings), version: 1, created_at: now, updated_at: now })
      .execute();
    for (const [type, def] of Object.entries(SOURCE_SYSTEM_PROCESSES)) {
      await ensureProcess(trx, { type, defaultIntervalSeconds: def.defaultIntervalSeconds }, { scopeKey: input.sourceSystemId, sourceSystemId: input.sourceSystemId }, now);
    }
    const created = await findSourceSystem(trx, input.sourceSystemId);
    if (!created) throw new Error('source system vanished inside its own transaction');
    const { sourceSystemId, ...given } = input;
    await recordAudit(trx, now, by, { action: 'source_system.created', target: { type: 'source_system', id: sourceSystemId }, detail: { settings: given } });
    return created;
  });
}

/** Each setting that now differs, with its value before and after. */
function changedSettings(before: SourceSystem, after: SourceSystem): Record<string, { from: unknown; to: unknown }> {
  const changed: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of Object.keys(after) as (keyof SourceSystem)[]) {
    if (key !== 'version' && before[key] !== after[key]) changed[key] = { from: before[key], to: after[key] };
  }
  return changed;
}

/**
 * Changes settings. With `expectedVersion`, the update applies only if nobody changed the source
 * system since it was read (compare-and-set on the version column).
 */
export async function updateSourceSystem(
  ctx: AppContext,
  sourceSystemId: string,
  changes: SourceSystemSettings & { name?: string },
  expectedVersion: number | undefined,
  by: AuditSource,
): Promise<SourceSystem> {
  return runCommand(ctx, async ({ trx, now }) => {
    const current = await findSourceSystem(trx, sourceSystemId);
    if (!current) throw new DomainError(SourceSystemErrors.sourceSystemNotFound, `Source system '${sourceSystemId}' does not exist`);
    if (changes.defaultOwnerId !== undefined) await checkOwner(trx, changes.defaultOwnerId);
    const merged = { ...current, ...changes };
    const result = await trx
      .updateTable('source_systems')
      .set({ ...sourceSystemToRow(merged), version: current.version + 1, updated_at: now })
      .where('source_system_id', '=', sourceSystemId)
      .where('version', '=', expectedVersion ?? current.version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) {
      throw new DomainError(CommonErrors.staleVersion, `Source system '${sourceSystemId}' was changed by someone else; read it again`, [
        { field: 'version', reason: 'does not match the current version', value: expectedVersion },
      ]);
    }
    const updated = await findSourceSystem(trx, sourceSystemId);
    if (!updated) throw new Error('source system vanished inside its own transaction');
    await recordAudit(trx, now, by, { action: 'source_system.updated', target: { type: 'source_system', id: sourceSystemId }, detail: { changes: changedSettings(current, updated), version: updated.version } });
    return updated;
  });
}
