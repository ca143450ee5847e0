import type { Executor } from '../../../platform/db/database.js';
import type { Selectable } from 'kysely';
import type { WorkHeadersTable, WorkLinesTable } from '../db/tables.js';

/** What a confirmation is about to do (before) or did (after), for the module that caused the work. */
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
 * Lets the module that created work take part in each confirmation, inside its transaction, by the
 * work's reference type (outbound pick work gives back its reservation before the stock moves and
 * records the issue after the put). A hook must not change the work's header or lines: the
 * confirmation answers with the rows it read and wrote itself.
 */
export interface WorkHook {
  beforeMove?(trx: Executor, event: WorkMoveEvent): Promise<void>;
  afterMove?(trx: Executor, event: WorkMoveEvent): Promise<void>;
}

/**
 * The hooks by the reference type of the work they take part in. The composition root (main.ts) wires
 * them, so that what runs at a confirmation is written in one place, not left to which modules were
 * loaded.
 */
export type WorkHooks = ReadonlyMap<string, WorkHook>;
