import { recordAudit, type AuditSource } from '../../../platform/audit/audit-log.js';
import type { AppContext } from '../../../platform/context.js';
import { yieldToEventLoop, yielder } from '../../../platform/event-loop.js';
import { capped, CommonErrors, DomainError, type FieldProblem } from '../../../platform/errors.js';
import { referenceReader } from '../../master-data/index.js';
import { findSourceSystem } from '../db/source-system-rows.js';
import { SourceSystemErrors } from '../errors.js';
import { runCommand } from '../../../platform/command.js';

/** How many rows of an import the audit entry names. */
const AUDITED_ROWS = 20;

export interface ItemMapping {
  externalItemNumber: string;
  itemNumber: string;
}

/**
 * Maps the source system's item numbers to items, all or nothing: every row is checked first, and a
 * bad row (unknown item, duplicate external number) stores nothing.
 */
export async function mapSourceSystemItems(ctx: AppContext, sourceSystemId: string, mappings: ItemMapping[], by: AuditSource): Promise<{ created: number; updated: number }> {
  return runCommand(ctx, async ({ trx }) => {
    if (!(await findSourceSystem(trx, sourceSystemId))) {
      throw new DomainError(SourceSystemErrors.sourceSystemNotFound, `Source system '${sourceSystemId}' does not exist`);
    }
    const refs = referenceReader(trx);
    const problems: FieldProblem[] = [];
    const seen = new Set<string>();
    const pause = yielder();
    for (const [i, m] of mappings.entries()) {
      await pause();
      if (seen.has(m.externalItemNumber)) problems.push({ field: `rows[${i}].externalItemNumber`, reason: 'appears twice', value: m.externalItemNumber });
      seen.add(m.externalItemNumber);
      if (!(await refs.item(m.itemNumber))) problems.push({ field: `rows[${i}].itemNumber`, reason: 'item does not exist', value: m.itemNumber });
    }
    if (problems.length > 0) {
      const def = problems.some((p) => p.reason === 'item does not exist') ? CommonErrors.referenceMissing : CommonErrors.validation;
      const shown = capped(problems);
      throw new DomainError(def, shown.detail, shown.problems);
    }
    const existing = new Set(
      (await trx.selectFrom('source_system_items').select('external_item_number').where('source_system_id', '=', sourceSystemId).execute()).map((r) => r.external_item_number),
    );
    for (let i = 0; i < mappings.length; i += 500) {
      await trx
        .insertInto('source_system_items')
        .values(mappings.slice(i, i + 500).map((m) => ({ source_system_id: sourceSystemId, external_item_number: m.externalItemNumber, item_number: m.itemNumber })))
        .onConflict((oc) => oc.columns(['source_system_id', 'external_item_number']).doUpdateSet((eb) => ({ item_number: eb.ref('excluded.item_number') })))
        .execute();
      await yieldToEventLoop();
    }
    const updated = mappings.filter((m) => existing.has(m.externalItemNumber)).length;
    // A mapping decides whose stock a source system sees and ships, so who changed it is kept; a large
    // import is recorded as one entry with its counts and its first rows.
    await recordAudit(trx, ctx.clock.now(), by, {
      action: 'item_mapping.saved',
      target: { type: 'source_system', id: sourceSystemId },
      detail: { created: mappings.length - updated, updated, rows: mappings.slice(0, AUDITED_ROWS).map((m) => `${m.externalItemNumber} -> ${m.itemNumber}`) },
    });
    return { created: mappings.length - updated, updated };
  });
}

/** Removes one mapping; the source system's messages naming that item number fail from then on. */
export async function removeSourceSystemItem(ctx: AppContext, sourceSystemId: string, externalItemNumber: string, by: AuditSource): Promise<boolean> {
  return runCommand(ctx, async ({ trx }) => {
    const removed = await trx
      .deleteFrom('source_system_items')
      .where('source_system_id', '=', sourceSystemId)
      .where('external_item_number', '=', externalItemNumber)
      .returning('item_number')
      .executeTakeFirst();
    if (!removed) return false;
    await recordAudit(trx, ctx.clock.now(), by, {
      action: 'item_mapping.removed',
      target: { type: 'source_system', id: sourceSystemId },
      detail: { externalItemNumber, itemNumber: removed.item_number },
    });
    return true;
  });
}
