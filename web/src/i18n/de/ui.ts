import type { Catalogue } from '../catalogue';
import type { ui as en } from '../en/ui';

export const ui: Catalogue<typeof en> = {
  loading: 'Wird geladen',
  loadingOverview: 'Übersicht wird geladen',
  asOf: 'Stand {{time}}',
  refresh: 'Aktualisieren',
  figures: 'Zahlen',
  figuresOf: 'Zahlen: {{title}}',
  others: 'Sonstige',
  age: { under1h: 'Unter 1 Stunde', '1to4h': '1–4 Stunden', '4to24h': '4–24 Stunden', '1to3d': '1–3 Tage', '3to7d': '3–7 Tage', over7d: 'Über 7 Tage' },
  goBack: 'Zurück',
  confirm: 'Bestätigen',
  sending: 'Wird gesendet…',
  noZone: 'Keine Zone',
  noWorker: 'Kein Mitarbeiter',
};
