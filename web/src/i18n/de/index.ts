import type { Catalogue } from '../catalogue';
import type { en } from '../en';
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

export const de: Catalogue<typeof en> = { common, status, shell, auth, fields, ui, terms, inbound, outbound, onHand, counting, reconciliation, setup, users, audit };
