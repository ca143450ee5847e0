import type { Catalogue } from '../catalogue';
import type { table as en } from '../en/table';

export const table: Catalogue<typeof en> = {
  loading: '{{what}} wird geladen',
  empty: 'Noch keine Einträge.',
  range: '{{from}}–{{to}} von {{total}}',
  previous: 'Zurück',
  next: 'Weiter',
  exportCsv: 'Als CSV exportieren',
  exportHint: 'Alle Zeilen, die den Filtern entsprechen, in dieser Reihenfolge (bis zu 100.000 Zeilen).',
  selectPage: 'Alle Zeilen dieser Seite auswählen',
  filter: { any: 'Alle', apply: 'Anwenden', clear: 'Zurücksetzen' },
  lookup: { choices: 'Auswahl', none: 'Nichts passt zu „{{text}}“.' },
};
