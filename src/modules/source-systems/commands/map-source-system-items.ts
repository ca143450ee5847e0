import type { AppContext } from '../../../platform/context.js';
import { yieldToEventLoop, yielder } from '../../../platform/event-loop.js';
import { capped, CommonErrors, DomainError, type FieldProblem } from '../../../platform/errors.js';
import { referenceReader } from '../../master-data/index.js';
import { findSourceSystem } from '../db/source-system-rows.js';
import { SourceSystemErrors } from '../errors.js';

export interface ItemMapping {
  externalItemNumber: string;
  itemNumber: string;
}

/**
 * Maps the source system's item numbers to items, all or nothing: every row is checked first, and a
 * bad row (unknown item, duplicate external number) stores nothing.
 */
export async function mapSourceSystemItems(ctx: AppContext, sourceSystemId: string, mappings: ItemMapping[]): Promise<{ created: number; updated: number }> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
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
    return { created: mappings.length - updated, updated };
  });
}
