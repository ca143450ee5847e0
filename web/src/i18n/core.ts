import { common as commonEn } from './en/common';
import { status as statusEn } from './en/status';
import { table as tableEn } from './en/table';
import { mobile as mobileEn } from './en/mobile';
import { replenishment as replenishmentEn } from './en/replenishment';
import { packing as packingEn } from './en/packing';
import { returns as returnsEn } from './en/returns';
import { shell as shellEn } from './en/shell';
import { auth as authEn } from './en/auth';
import { fields as fieldsEn } from './en/fields';
import { ui as uiEn } from './en/ui';
import { terms as termsEn } from './en/terms';
import { common as commonDe } from './de/common';
import { status as statusDe } from './de/status';
import { table as tableDe } from './de/table';
import { mobile as mobileDe } from './de/mobile';
import { replenishment as replenishmentDe } from './de/replenishment';
import { packing as packingDe } from './de/packing';
import { returns as returnsDe } from './de/returns';
import { shell as shellDe } from './de/shell';
import { auth as authDe } from './de/auth';
import { fields as fieldsDe } from './de/fields';
import { ui as uiDe } from './de/ui';
import { terms as termsDe } from './de/terms';

/**
 * The catalogues every page needs, in the main bundle: the sign-in page, the shell and the mobile app (which
 * must start offline). The desk workspaces' catalogues come with the first workspace opened (desk.ts).
 */
export const coreEn = { common: commonEn, status: statusEn, table: tableEn, mobile: mobileEn, replenishment: replenishmentEn, packing: packingEn, returns: returnsEn, shell: shellEn, auth: authEn, fields: fieldsEn, ui: uiEn, terms: termsEn };
export const coreDe = { common: commonDe, status: statusDe, table: tableDe, mobile: mobileDe, replenishment: replenishmentDe, packing: packingDe, returns: returnsDe, shell: shellDe, auth: authDe, fields: fieldsDe, ui: uiDe, terms: termsDe };
