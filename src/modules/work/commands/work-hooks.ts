import type { Executor } from '../../../platform/db/database.js';
import type { Selectable } from 'kysely';
import type { NewInventoryTransaction, ReservationRelease } from '../../inventory/index.js';
import type { WorkHeadersTable, WorkLinesTable } from '../db/tables.js';

/** What a confirmation is about to do, for the module that caused the work. */
export interface WorkMoveEvent {
  now: number;
  header: WorkHeadersTable;
  line: Selectable<WorkLinesTable>;
  qty: number;
  from: string;
  to: string;
  workerId: string;
  operationId: string;
}

/**
 * What the module that created the work adds to one confirmation. Its ledger rows and released reservations
 * are written with the move's own Transfer rows, in the same statements: a pick's unreserve and take are one
 * update of the balance row, and a put that issues the stock where it arrives leaves that balance as it was.
 */
export interface MoveContribution {
  entries?: readonly NewInventoryTransaction[];
  releases?: readonly ReservationRelease[];
  /** Runs once the move is recorded and the work line updated. */
  afterMove?: () => Promise<void>;
}

/**
 * Lets the module that created work take part in each confirmation, inside its transaction, by the
 * work's reference type (outbound pick work gives back its reservation as the stock moves and issues it
 * at the put). A hook must not change the work's header or lines: the confirmation answers with the rows
 * it read and wrote itself.
 */
export interface WorkHook {
  onMove?(trx: Executor, event: WorkMoveEvent): Promise<MoveContribution | undefined>;
  /** Work that moved nothing is canceled: give back what was held for it (in the same transaction). */
  onCancel?(trx: Executor, event: { now: number; header: WorkHeadersTable }): Promise<void>;
  /**
   * What the work's lines are for, as the module that created the work knows it (the order and its customer
   * or vendor), for the worker's screen; by line number. Lines it does not name have none.
   */
  describeLines?(db: Executor, work: { workId: string; lines: ReadonlyArray<{ lineNumber: number; itemNumber: string; licensePlateId: string | null }> }): Promise<ReadonlyMap<number, WorkLineContext>>;
}

/** The order a work line serves and the party of that order (the customer of a pick, the vendor of a put-away). */
export interface WorkLineContext {
  orderNumber: string;
  sourceSystemOrderNumber: string;
  partyName: string | null;
}

/**
 * The hooks by the reference type of the work they take part in. The composition root (main.ts) wires
 * them, so that what runs at a confirmation is written in one place, not left to which modules were
 * loaded.
 */
export type WorkHooks = ReadonlyMap<string, WorkHook>;
