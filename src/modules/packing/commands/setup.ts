import type { Executor } from '../../../platform/db/database.js';
import { DomainError, invalid, missingReference } from '../../../platform/errors.js';
import { refusedPrinterHost } from '../domain/printer-target.js';
import { COMPANY_PREFIX_MAX, COMPANY_PREFIX_MIN } from '../domain/sscc.js';
import { PackingErrors } from '../errors.js';
import type { LabelPrintersTable, PackingContainerTypesTable, PackingLabelSettingsTable } from '../db/tables.js';

export interface ContainerTypeInput {
  name: string;
  tareWeightGrams: number;
  maxWeightGrams: number;
  lengthMm: number;
  widthMm: number;
  heightMm: number;
}

/** Creates or replaces a container type; its maximum weight must leave room above the tare. */
export async function saveContainerType(db: Executor, now: number, containerTypeId: string, input: ContainerTypeInput): Promise<PackingContainerTypesTable> {
  if (input.maxWeightGrams <= input.tareWeightGrams) {
    throw new DomainError(PackingErrors.overweight, `The maximum weight (${String(input.maxWeightGrams)} g) must be more than the tare weight (${String(input.tareWeightGrams)} g)`, [
      { field: 'maxWeightGrams', reason: 'not more than the tare weight', value: input.maxWeightGrams },
    ]);
  }
  const row = {
    container_type_id: containerTypeId,
    name: input.name,
    tare_weight_grams: input.tareWeightGrams,
    max_weight_grams: input.maxWeightGrams,
    length_mm: input.lengthMm,
    width_mm: input.widthMm,
    height_mm: input.heightMm,
  };
  return db
    .insertInto('packing_container_types')
    .values({ ...row, created_at: now })
    .onConflict((oc) => oc.column('container_type_id').doUpdateSet(row))
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function deleteContainerType(db: Executor, containerTypeId: string): Promise<void> {
  const used = await db.selectFrom('packing_containers').select('container_id').where('container_type_id', '=', containerTypeId).limit(1).executeTakeFirst();
  if (used) throw new DomainError(PackingErrors.inUse, `Container type '${containerTypeId}' is used by container '${used.container_id}'`, [{ field: 'containerTypeId', reason: 'used by containers', value: containerTypeId }]);
  const deleted = await db.deleteFrom('packing_container_types').where('container_type_id', '=', containerTypeId).executeTakeFirst();
  if (Number(deleted.numDeletedRows) !== 1) throw new DomainError(PackingErrors.containerTypeNotFound, `Container type '${containerTypeId}' does not exist`);
}

/** The warehouse's GS1 company prefix (6 to 12 digits) and SSCC extension digit (0 to 9). */
export async function saveLabelSettings(db: Executor, now: number, warehouseId: string, input: { gs1CompanyPrefix: string; extensionDigit: number }): Promise<PackingLabelSettingsTable> {
  const warehouse = await db.selectFrom('warehouses').select('warehouse_id').where('warehouse_id', '=', warehouseId).executeTakeFirst();
  if (!warehouse) throw missingReference('warehouseId', 'Warehouse', warehouseId);
  const prefix = input.gs1CompanyPrefix;
  if (!/^\d+$/.test(prefix) || prefix.length < COMPANY_PREFIX_MIN || prefix.length > COMPANY_PREFIX_MAX) {
    throw invalid('gs1CompanyPrefix', `not ${String(COMPANY_PREFIX_MIN)} to ${String(COMPANY_PREFIX_MAX)} digits`, prefix);
  }
  const row = { gs1_company_prefix: prefix, extension_digit: input.extensionDigit, updated_at: now };
  return db
    .insertInto('packing_label_settings')
    .values({ warehouse_id: warehouseId, ...row })
    .onConflict((oc) => oc.column('warehouse_id').doUpdateSet(row))
    .returningAll()
    .executeTakeFirstOrThrow();
}

export interface PrinterInput {
  name: string;
  host: string;
  port: number;
  format: 'ZPL';
}

/** Creates or replaces a label printer; its host must be one label printers may be at (ADR 0021). */
export async function savePrinter(db: Executor, now: number, printerId: string, input: PrinterInput): Promise<LabelPrintersTable> {
  const refused = refusedPrinterHost(input.host);
  if (refused) throw new DomainError(PackingErrors.printerTargetRefused, `Label printer host refused: ${refused}`, [{ field: 'host', reason: refused, value: input.host }]);
  const row = { name: input.name, host: input.host, port: input.port, format: input.format, updated_at: now };
  return db
    .insertInto('label_printers')
    .values({ printer_id: printerId, ...row, created_at: now })
    .onConflict((oc) => oc.column('printer_id').doUpdateSet(row))
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function deletePrinter(db: Executor, printerId: string): Promise<void> {
  const used = await db.selectFrom('label_print_jobs').select('id').where('printer_id', '=', printerId).limit(1).executeTakeFirst();
  if (used) throw new DomainError(PackingErrors.inUse, `Label printer '${printerId}' has print jobs; it stays for their history`, [{ field: 'printerId', reason: 'has print jobs', value: printerId }]);
  const deleted = await db.deleteFrom('label_printers').where('printer_id', '=', printerId).executeTakeFirst();
  if (Number(deleted.numDeletedRows) !== 1) throw new DomainError(PackingErrors.printerNotFound, `Label printer '${printerId}' does not exist`);
}
