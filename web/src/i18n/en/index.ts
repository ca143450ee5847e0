import { audit } from './audit';
import { auth } from './auth';
import { common } from './common';
import { counting } from './counting';
import { fields } from './fields';
import { inbound } from './inbound';
import { integration } from './integration';
import { loadPlanning } from './loadPlanning';
import { mobile } from './mobile';
import { onHand } from './onHand';
import { orders } from './orders';
import { outbound } from './outbound';
import { packing } from './packing';
import { policies } from './policies';
import { reconciliation } from './reconciliation';
import { replenishment } from './replenishment';
import { returns } from './returns';
import { setup } from './setup';
import { shell } from './shell';
import { status } from './status';
import { table } from './table';
import { terms } from './terms';
import { ui } from './ui';
import { users } from './users';

/**
 * The English catalogue, one namespace per area: each area's screens own their file, so work on two areas
 * never edits the same catalogue. A new namespace is added here and in ../de/index.ts.
 */
export const en = { common, status, table, integration, packing, mobile, replenishment, returns, shell, auth, fields, ui, terms, inbound, outbound, onHand, orders, loadPlanning, policies, counting, reconciliation, setup, users, audit };
