import { sql } from 'kysely';
import type { AppContext } from '../../../platform/context.js';
import { DomainError } from '../../../platform/errors.js';
import { findLoad } from '../db/loads.js';
import { InboundErrors } from '../errors.js';
import { runCommand } from '../../../platform/command.js';

/**
 * Deletes an inbound load that nothing was received on yet: an ASN the vendor sent wrong (send the
 * corrected one again afterwards: that replaces it) or a load planned by hand. A load that message
 * synchronization keeps in step with its orders is the messages' to change, and a load with
 * registrations holds stock that was counted in. A source system's key may delete only its own loads
 * (`confinedTo`); another's answers as unknown.
 */
export async function deleteInboundLoad(ctx: AppContext, loadId: string, confinedTo: string | undefined): Promise<void> {
  await runCommand(ctx, async ({ trx }) => {
    // Holds the load's row first, so that a registration scanned meanwhile waits for the answer.
    await trx.updateTable('inbound_loads').set({ version: sql`version` }).where('load_id', '=', loadId).execute();
    const load = await findLoad(trx, loadId);
    if (confinedTo !== undefined && load.source_system_id !== confinedTo) {
      throw new DomainError(InboundErrors.loadNotFound, `Inbound load '${loadId}' does not exist`, [{ field: 'loadId', reason: 'no such load', value: loadId }]);
    }
    const refuse = (reason: string) => {
      throw new DomainError(InboundErrors.loadStatus, `Inbound load '${loadId}' cannot be deleted: ${reason}`, [{ field: 'loadId', reason, value: loadId }]);
    };
    if (load.origin !== 'Asn' && load.origin !== 'Manual') refuse(`it was made by ${load.origin === 'Receiving' ? 'receiving' : 'message synchronization'}`);
    const registered = await trx.selectFrom('inbound_registrations').select('id').where('load_id', '=', loadId).limit(1).executeTakeFirst();
    if (registered) refuse('goods were registered on it');
    if (load.status !== 'Open' && load.status !== 'Shipped') refuse(`it is ${load.status}`);
    await trx.deleteFrom('inbound_packing_lines').where('load_id', '=', loadId).execute();
    await trx.deleteFrom('inbound_packing_structures').where('load_id', '=', loadId).execute();
    await trx.deleteFrom('inbound_load_lines').where('load_id', '=', loadId).execute();
    await trx.deleteFrom('inbound_shipments').where('load_id', '=', loadId).execute();
    await trx.deleteFrom('inbound_loads').where('load_id', '=', loadId).execute();
  });
}
