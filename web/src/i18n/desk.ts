import { integration as integrationEn } from './en/integration';
import { inbound as inboundEn } from './en/inbound';
import { outbound as outboundEn } from './en/outbound';
import { onHand as onHandEn } from './en/onHand';
import { orders as ordersEn } from './en/orders';
import { loadPlanning as loadPlanningEn } from './en/loadPlanning';
import { policies as policiesEn } from './en/policies';
import { counting as countingEn } from './en/counting';
import { reconciliation as reconciliationEn } from './en/reconciliation';
import { setup as setupEn } from './en/setup';
import { users as usersEn } from './en/users';
import { audit as auditEn } from './en/audit';
import { integration as integrationDe } from './de/integration';
import { inbound as inboundDe } from './de/inbound';
import { outbound as outboundDe } from './de/outbound';
import { onHand as onHandDe } from './de/onHand';
import { orders as ordersDe } from './de/orders';
import { loadPlanning as loadPlanningDe } from './de/loadPlanning';
import { policies as policiesDe } from './de/policies';
import { counting as countingDe } from './de/counting';
import { reconciliation as reconciliationDe } from './de/reconciliation';
import { setup as setupDe } from './de/setup';
import { users as usersDe } from './de/users';
import { audit as auditDe } from './de/audit';

/** The desk workspaces' catalogues: a chunk of their own, loaded with the first workspace (index.ts loadDeskCatalogues). */
export const deskCatalogues = {
  en: { integration: integrationEn, inbound: inboundEn, outbound: outboundEn, onHand: onHandEn, orders: ordersEn, loadPlanning: loadPlanningEn, policies: policiesEn, counting: countingEn, reconciliation: reconciliationEn, setup: setupEn, users: usersEn, audit: auditEn },
  de: { integration: integrationDe, inbound: inboundDe, outbound: outboundDe, onHand: onHandDe, orders: ordersDe, loadPlanning: loadPlanningDe, policies: policiesDe, counting: countingDe, reconciliation: reconciliationDe, setup: setupDe, users: usersDe, audit: auditDe },
};
