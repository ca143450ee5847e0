/**
 * Which ledger rows go into a source system's warehouse inventory update log, and which document
 * will report the same quantity to it again. Pure: the caller supplies the settings.
 */
export type AlsoReportedBy = 'ShipmentReceipt' | 'ShipmentPackingSlip' | 'CountingJournal';

export interface UpdateLogSettings {
  inbound: boolean;
  outbound: boolean;
}

export interface LedgerFacts {
  kind: string;
  reference_type: string;
  /** The counting journal's name excludes its postings from the log. */
  excludedJournal: boolean;
}

export function updateLogDecision(row: LedgerFacts, settings: UpdateLogSettings): { log: boolean; alsoReportedBy: AlsoReportedBy | null } {
  const any = settings.inbound || settings.outbound;
  switch (row.kind) {
    case 'Receipt':
      return { log: settings.inbound, alsoReportedBy: 'ShipmentReceipt' };
    case 'Issue':
      return { log: settings.outbound, alsoReportedBy: 'ShipmentPackingSlip' };
    case 'Adjustment':
      if (row.reference_type === 'CountingJournal') return { log: any && !row.excludedJournal, alsoReportedBy: 'CountingJournal' };
      return { log: any, alsoReportedBy: null };
    case 'StatusChange':
      return { log: any, alsoReportedBy: null };
    default:
      // Moves inside the warehouse change no on-hand the source system keeps.
      return { log: false, alsoReportedBy: null };
  }
}

/** Dimension levels of the on-hand report, as the API names them, and their ledger columns. */
export const DIMENSION_LEVELS = {
  warehouse: 'warehouse_id',
  location: 'location_id',
  inventoryStatus: 'inventory_status_id',
  owner: 'owner_id',
  batch: 'batch_number',
  serial: 'serial_number',
  licensePlate: 'license_plate_id',
} as const;
export type DimensionLevel = keyof typeof DIMENSION_LEVELS;

const DAY = 86_400_000;

/** The end of a calendar day (UTC), inclusive, in epoch ms; undefined for a date that is not one. */
export function endOfDay(date: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  const start = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(start) || new Date(start).toISOString().slice(0, 10) !== date) return undefined;
  return start + DAY - 1;
}

/** The day before the one `now` falls in (UTC): what a recurring report is made for. */
export function previousDay(now: number): string {
  return new Date(Math.floor(now / DAY) * DAY - DAY).toISOString().slice(0, 10);
}
