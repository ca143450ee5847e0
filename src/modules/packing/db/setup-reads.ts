import type { Executor } from '../../../platform/db/database.js';
import type { LabelPrintersTable, PackingContainerTypesTable } from './tables.js';

export function containerTypeView(r: PackingContainerTypesTable) {
  return {
    containerTypeId: r.container_type_id,
    name: r.name,
    tareWeightGrams: Number(r.tare_weight_grams),
    maxWeightGrams: Number(r.max_weight_grams),
    lengthMm: Number(r.length_mm),
    widthMm: Number(r.width_mm),
    heightMm: Number(r.height_mm),
  };
}

export function printerView(r: LabelPrintersTable) {
  return { printerId: r.printer_id, name: r.name, host: r.host, port: Number(r.port), format: r.format };
}

export async function containerTypes(db: Executor) {
  return (await db.selectFrom('packing_container_types').selectAll().orderBy('container_type_id').limit(500).execute()).map(containerTypeView);
}

export async function printers(db: Executor) {
  return (await db.selectFrom('label_printers').selectAll().orderBy('printer_id').limit(500).execute()).map(printerView);
}

export async function labelSettings(db: Executor, warehouseId: string) {
  const r = await db.selectFrom('packing_label_settings').selectAll().where('warehouse_id', '=', warehouseId).executeTakeFirst();
  return r ? { warehouseId: r.warehouse_id, gs1CompanyPrefix: r.gs1_company_prefix, extensionDigit: Number(r.extension_digit) } : undefined;
}

const iso = (ms: number | null) => (ms === null ? null : new Date(Number(ms)).toISOString());

export async function printJobs(db: Executor, filter: { printerId?: string; containerId?: string; status?: string; id?: number; limit: number; offset: number }) {
  let q = db.selectFrom('label_print_jobs as j').leftJoin('packing_containers as c', 'c.container_id', 'j.container_id');
  if (filter.printerId !== undefined) q = q.where('j.printer_id', '=', filter.printerId);
  if (filter.containerId !== undefined) q = q.where('j.container_id', '=', filter.containerId);
  if (filter.status !== undefined) q = q.where('j.status', '=', filter.status);
  if (filter.id !== undefined) q = q.where('j.id', '=', filter.id);
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  const rows = await q
    .select(['j.id', 'j.printer_id', 'j.container_id', 'j.license_plate_id', 'c.sscc', 'j.status', 'j.attempts', 'j.max_attempts', 'j.next_attempt_at', 'j.last_error', 'j.requested_by', 'j.created_at', 'j.sent_at'])
    .orderBy('j.id', 'desc')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
  return {
    total: Number(total?.n ?? 0),
    items: rows.map((r) => ({
      id: Number(r.id),
      printerId: r.printer_id,
      containerId: r.container_id,
      licensePlateId: r.license_plate_id,
      sscc: r.sscc ?? null,
      status: r.status as 'queued' | 'sending' | 'sent' | 'failed',
      attempts: Number(r.attempts),
      maxAttempts: Number(r.max_attempts),
      nextAttemptAt: r.status === 'queued' ? iso(r.next_attempt_at) : null,
      lastError: r.last_error,
      requestedBy: r.requested_by,
      createdAt: iso(r.created_at) ?? '',
      sentAt: iso(r.sent_at),
    })),
  };
}
