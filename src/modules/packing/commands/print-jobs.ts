import { closeContainer } from './close-container.js';
import { runCommand, runOperation } from '../../../platform/command.js';
import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/database.js';
import { DomainError } from '../../../platform/errors.js';
import { containerViews, labelOf } from '../db/container-reads.js';
import { containerZpl } from '../domain/zpl.js';
import { licensePlateZpl, type LicensePlateLabel } from '../domain/license-plate-label.js';
import { qtyToNumber } from '../../../platform/quantity.js';
import { PackingErrors } from '../errors.js';

export const MAX_PRINT_ATTEMPTS = 5;

/** The label of a closed container in ZPL; refused while the container is open (it has no SSCC yet). */
export async function closedContainerLabel(db: Executor, containerId: string) {
  const [view] = await containerViews(db, { containerId });
  if (!view) throw new DomainError(PackingErrors.containerNotFound, `Container '${containerId}' does not exist`);
  if (view.sscc === null) {
    throw new DomainError(PackingErrors.containerNotClosed, `Container '${containerId}' is ${view.status}: close it to give it an SSCC and a label`, [{ field: 'containerId', reason: `container is ${view.status}`, value: containerId }]);
  }
  return labelOf(db, { ...view, sscc: view.sscc });
}

/** Queues a container's label for a printer (printing or reprinting); the print job sender sends it after commit. */
export async function queuePrintJob(db: Executor, now: number, input: { containerId: string; printerId: string; requestedBy: string }): Promise<number> {
  const printer = await db.selectFrom('label_printers').select(['printer_id', 'format']).where('printer_id', '=', input.printerId).executeTakeFirst();
  if (!printer) throw new DomainError(PackingErrors.printerNotFound, `Label printer '${input.printerId}' does not exist`, [{ field: 'printerId', reason: 'not found', value: input.printerId }]);
  const label = await closedContainerLabel(db, input.containerId);
  return insertJob(db, now, { printerId: printer.printer_id, containerId: input.containerId, licensePlateId: null, document: containerZpl(label), requestedBy: input.requestedBy });
}

/** A queued print job: the print job sender sends its document after commit and retries it. */
async function insertJob(db: Executor, now: number, job: { printerId: string; containerId: string | null; licensePlateId: string | null; document: string; requestedBy: string }): Promise<number> {
  const row = await db
    .insertInto('label_print_jobs')
    .values({
      printer_id: job.printerId,
      container_id: job.containerId,
      license_plate_id: job.licensePlateId,
      document: job.document,
      status: 'queued',
      attempts: 0,
      max_attempts: MAX_PRINT_ATTEMPTS,
      next_attempt_at: now,
      last_error: null,
      requested_by: job.requestedBy,
      created_at: now,
      sent_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

/** Prints a job's label again, as a new job to the same printer (or another). */
export async function reprintJob(db: Executor, now: number, input: { jobId: number; printerId?: string | undefined; requestedBy: string }): Promise<number> {
  const job = await db.selectFrom('label_print_jobs').select(['container_id', 'license_plate_id', 'printer_id']).where('id', '=', input.jobId).executeTakeFirst();
  if (!job) throw new DomainError(PackingErrors.printJobNotFound, `Print job ${String(input.jobId)} does not exist`);
  const again = { printerId: input.printerId ?? job.printer_id, requestedBy: input.requestedBy };
  if (job.container_id === null) return queueLicensePlateLabel(db, now, { ...again, licensePlateId: job.license_plate_id ?? '' });
  return queuePrintJob(db, now, { ...again, containerId: job.container_id });
}

/**
 * The label of a license plate as received (issue 14: labels at receiving): what it holds now, where. A
 * plate with no stock has nothing to label.
 */
export async function licensePlateLabel(db: Executor, licensePlateId: string): Promise<LicensePlateLabel> {
  const stock = await db
    .selectFrom('inventory_balances as b')
    .innerJoin('items as i', 'i.item_number', 'b.item_number')
    .innerJoin('warehouses as w', 'w.warehouse_id', 'b.warehouse_id')
    .select(['b.item_number', 'b.physical_qty', 'b.batch_number', 'b.location_id', 'i.inventory_unit', 'w.name as warehouse_name'])
    .where('b.license_plate_id', '=', licensePlateId)
    .where('b.physical_qty', '>', 0)
    .orderBy('b.item_number')
    .execute();
  const first = stock[0];
  if (!first) throw new DomainError(PackingErrors.licensePlateEmpty, `License plate '${licensePlateId}' holds no stock`, [{ field: 'licensePlateId', reason: 'no stock on it', value: licensePlateId }]);
  return {
    licensePlateId,
    warehouseName: first.warehouse_name,
    locationId: first.location_id || null,
    contents: stock.map((s) => ({ itemNumber: s.item_number, qty: String(qtyToNumber(Number(s.physical_qty))), unit: s.inventory_unit, batchNumber: s.batch_number || null })),
  };
}

/** Queues a license plate's label for a printer. */
export async function queueLicensePlateLabel(db: Executor, now: number, input: { licensePlateId: string; printerId: string; requestedBy: string }): Promise<number> {
  const printer = await db.selectFrom('label_printers').select(['printer_id']).where('printer_id', '=', input.printerId).executeTakeFirst();
  if (!printer) throw new DomainError(PackingErrors.printerNotFound, `Label printer '${input.printerId}' does not exist`, [{ field: 'printerId', reason: 'not found', value: input.printerId }]);
  const label = await licensePlateLabel(db, input.licensePlateId);
  return insertJob(db, now, { printerId: printer.printer_id, containerId: null, licensePlateId: input.licensePlateId, document: licensePlateZpl(label), requestedBy: input.requestedBy });
}

/** The print jobs as requests queue them: committed first, then the job runner is nudged to send them. */
export const printRequests = {
  container: (ctx: CommandHostOf, input: { containerId: string; printerId: string; requestedBy: string }) => runCommand(ctx, ({ trx, now }) => queuePrintJob(trx, now, input), { wakes: ['jobs'] }),
  reprint: (ctx: CommandHostOf, input: { jobId: number; printerId?: string | undefined; requestedBy: string }) => runCommand(ctx, ({ trx, now }) => reprintJob(trx, now, input), { wakes: ['jobs'] }),
  licensePlate: (ctx: CommandHostOf, input: { licensePlateId: string; printerId: string; requestedBy: string }) => runCommand(ctx, ({ trx, now }) => queueLicensePlateLabel(trx, now, input), { wakes: ['jobs'] }),
};
type CommandHostOf = Pick<AppContext, 'db' | 'clock' | 'wake'>;

/**
 * Closing a container as a packer's scan does it, once per operation id: closed (weight, SSCC, event) and,
 * when a printer is named, its label queued in the same transaction; then the dispatcher and the job runner
 * are nudged.
 */
export function closeAndPrint(ctx: AppContext, input: { operationId: string; containerId: string; weightGrams?: number | undefined; printerId?: string | undefined; packer: string }) {
  return runOperation(
    ctx,
    { operationId: input.operationId, scope: 'closeShippingContainer' },
    async ({ trx, now }) => {
      const closed = await closeContainer(trx, ctx, { containerId: input.containerId, weightGrams: input.weightGrams, packer: input.packer });
      if (input.printerId !== undefined) await queuePrintJob(trx, now, { containerId: closed.containerId, printerId: input.printerId, requestedBy: input.packer });
      return closed;
    },
    { wakes: input.printerId === undefined ? ['events'] : ['events', 'jobs'] },
  );
}
