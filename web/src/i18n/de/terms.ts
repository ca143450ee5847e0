import type { Catalogue } from '../catalogue';
import type { terms as en } from '../en/terms';

export const terms: Catalogue<typeof en> = {
  workType: { Pick: 'Kommissionierung', PutAway: 'Einlagerung', Count: 'Zählung' },
  lineType: { Pick: 'Entnahme', Put: 'Ablage' },
  orderType: { InboundShipmentOrder: 'Eingangsauftrag', OutboundShipmentOrder: 'Versandauftrag', Purchase: 'Einkauf', Sales: 'Verkauf', TransferReceipt: 'Umlagerungseingang', TransferIssue: 'Umlagerungsausgang' },
  locationType: { receipt: 'Wareneingang', storage: 'Lagerung', pick: 'Kommissionierplatz', staging: 'Bereitstellung', bayDoor: 'Tor' },
  movementKind: { Receipt: 'Zugänge', Issue: 'Abgänge', Transfer: 'Umlagerungen', Adjustment: 'Korrekturen', StatusChange: 'Statusänderungen' },
  yes: 'Ja',
  no: 'Nein',
  blocked: '{{status}} (gesperrt)',
};
