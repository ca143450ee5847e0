import { common } from './common';
import { integration } from './integration';
import { packing } from './packing';
import { mobile } from './mobile';
import { replenishment } from './replenishment';
import { status } from './status';
import { table } from './table';

/**
 * The English catalogue, one namespace per area: each area's screens own their file, so work on two areas
 * never edits the same catalogue. A new namespace is added here and in ../de/index.ts.
 */
export const en = { common, status, table, integration, packing, mobile, replenishment };
