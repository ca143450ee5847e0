import type { Catalogue } from '../catalogue';
import type { policies as en } from '../en/policies';

export const policies: Catalogue<typeof en> = {
  title: 'Richtlinien für Eingangsaufträge',
  hint: 'Ladungssynchronisierung und Lieferrichtlinie für Aufträge einer Auftragsart und/oder eines Lieferantenkontos. Die genaueste Zeile gilt; Aufträge ohne passende Zeile folgen den Einstellungen oben. Ein leeres Feld steht für „alle“.',
  caption: 'Richtlinien für Eingangsaufträge von {{sourceSystemId}}',
  orderType: 'Auftragsart',
  account: 'Lieferantenkonto',
  any: 'alle',
  loadSync: 'Ladungssynchronisierung',
  delivery: 'Lieferrichtlinie',
  remove: 'Zeile {{row}} entfernen',
  add: 'Zeile hinzufügen',
  save: 'Richtlinien speichern',
  saved: 'Richtlinien gespeichert.',
  none: 'Keine Zeilen: Jeder Auftrag folgt den Einstellungen des Quellsystems.',
  loading: 'Richtlinien werden geladen',
};
