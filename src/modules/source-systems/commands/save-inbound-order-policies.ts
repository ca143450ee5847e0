import { runCommand } from '../../../platform/command.js';
import type { AppContext } from '../../../platform/context.js';
import { DomainError, notFound } from '../../../platform/errors.js';
import { inboundOrderPolicies, replaceInboundOrderPolicies } from '../db/inbound-order-policies.js';
import { findSourceSystem } from '../db/source-system-rows.js';
import type { InboundOrderPolicy } from '../domain/inbound-order-policies.js';
import { SourceSystemErrors } from '../errors.js';

/**
 * Replaces a source system's inbound order policy grid as a whole: two rows for the same order type and
 * account are refused (409, naming the second), since only one of them could ever apply.
 */
export function saveInboundOrderPolicies(ctx: Pick<AppContext, 'db' | 'clock' | 'wake'>, sourceSystemId: string, grid: readonly InboundOrderPolicy[]): Promise<InboundOrderPolicy[]> {
  const seen = new Set<string>();
  for (const [i, p] of grid.entries()) {
    const key = `${p.orderType}\u0000${p.accountNumber}`;
    if (seen.has(key)) {
      throw new DomainError(SourceSystemErrors.duplicatePolicy, `Two policies name order type '${p.orderType}' and account '${p.accountNumber}'`, [
        { field: `items/${String(i)}`, reason: 'same order type and account as an earlier row', value: key.replace('\u0000', ' / ') },
      ]);
    }
    seen.add(key);
  }
  return runCommand(
    ctx,
    async ({ trx }) => {
      if (!(await findSourceSystem(trx, sourceSystemId))) throw notFound('Source system', sourceSystemId);
      await replaceInboundOrderPolicies(trx, sourceSystemId, grid);
      return inboundOrderPolicies(trx, sourceSystemId);
    },
    { wakes: [] },
  );
}
