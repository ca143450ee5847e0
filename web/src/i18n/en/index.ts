import { common } from './common';
import { audit } from './audit';
import { users } from './users';
import { setup } from './setup';
import { reconciliation } from './reconciliation';
import { counting } from './counting';
import { onHand } from './onHand';
import { outbound } from './outbound';
import { inbound } from './inbound';
import { auth } from './auth';
import { fields } from './fields';
import { shell } from './shell';
import { status } from './status';
import { terms } from './terms';
import { ui } from './ui';

/**
 * The English catalogue, one namespace per area: each area's screens own their file, so work on two areas
 * never edits the same catalogue. A new namespace is added here and in ../de/index.ts.
 */
export const en = { common, status, shell, auth, fields, ui, terms, inbound, outbound, onHand, counting, reconciliation, setup, users, audit };
