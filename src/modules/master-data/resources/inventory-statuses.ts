import { CommonErrors } from '../../../platform/errors.js';
import { planDefaultStatus } from '../domain/default-status.js';
import { MasterDataErrors } from '../errors.js';
import { flagEquals } from './filters.js';
import { flagField, keyField, textField, type BatchProblem, type RecordProblem, type ResourceSpec } from './spec.js';

/**
 * The status stock is in (available, damaged, blocked). Exactly one available status is the default,
 * used when a receipt or an order line does not name one.
 */
export const inventoryStatuses: ResourceSpec = {
  noun: 'inventory status',
  plural: 'inventory statuses',
  path: 'inventory-statuses',
  table: 'inventory_statuses',
  tag: 'inventory statuses',
  fields: {
    statusId: keyField('status_id', 'Inventory status id'),
    name: textField('name', 'Name', { required: true }),
    available: flagField('available', true, 'Stock in this status can be reserved and shipped'),
    isDefault: flagField(
      'is_default',
      false,
      'The status used when none is given. Setting it clears the old default; the first available status becomes the default',
    ),
  },
  key: ['statusId'],
  filters: {
    available: flagEquals('r.available', 'Only available statuses (true) or only unavailable ones (false)'),
    isDefault: flagEquals('r.is_default', 'Only the default status (true)'),
  },
  clientsMayRead: true,
  checkBatch: async (db, changes) => {
    const current = await db.selectFrom('inventory_statuses').select('status_id').where('is_default', '=', 1).executeTakeFirst();
    const plan = planDefaultStatus(
      changes.map((c) => ({
        statusId: c.record.statusId as string,
        available: c.record.available === true,
        requestedDefault: c.input.isDefault as boolean | undefined,
        wasDefault: c.before?.isDefault === true,
      })),
      current?.status_id,
    );
    for (const c of changes) c.record.isDefault = c.record.statusId === plan.defaultStatusId;
    return plan.problems.map(
      (p): BatchProblem => ({
        index: changes[p.index]?.index ?? p.index,
        field: p.field,
        reason: p.reason,
        value: changes[p.index]?.input[p.field],
        def: p.kind === 'invalid' ? CommonErrors.validation : MasterDataErrors.defaultStatus,
      }),
    );
  },
  // Clears the old default before the new one is written: the database allows one default at a time.
  beforeWrite: async (db, changes) => {
    const next = changes.find((c) => c.record.isDefault === true && c.before?.isDefault !== true);
    if (!next) return;
    await db
      .updateTable('inventory_statuses')
      .set({ is_default: 0 })
      .where('is_default', '=', 1)
      .where('status_id', '!=', String(next.record.statusId))
      .execute();
  },
  beforeDelete: async (db, record): Promise<RecordProblem[]> => {
    if (record.isDefault !== true) return [];
    const other = await db.selectFrom('inventory_statuses').select('status_id').where('status_id', '!=', String(record.statusId)).executeTakeFirst();
    if (!other) return [];
    return [{ field: 'statusId', reason: 'is the default status; make another status the default first', value: record.statusId, def: MasterDataErrors.defaultStatus }];
  },
};
