import type { Catalogue } from '../catalogue';
import type { counting as en } from '../en/counting';

export const counting: Catalogue<typeof en> = {
  ov_waiting: 'Wartend',
  ov_pending: 'Zählungen zur Prüfung',
  ov_pendingHint: 'Außerhalb der Grenzen: annehmen oder ablehnen',
  ov_toDo: 'Anstehende Zykluszählungen',
  ov_openJournals: 'Offene Zählerfassungen',
  ov_doneToday: 'Heute erledigt',
  ov_closed: 'Abgeschlossene Zykluszählungen',
  ov_posted: 'Gebuchte Erfassungen',
  ov_byWorker: 'Gezählte Positionen pro Stunde heute, nach Mitarbeiter',
  ov_byZone: 'Gezählte Positionen pro Stunde heute, nach Zone',
  ov_nothing: 'Heute noch nichts gezählt.',
  ov_noZone: 'Keine Zone',
  ov_backlog: 'Alter des Rückstands',
  ov_noneWaiting: 'Keine Zykluszählung wartet.',
  ov_outcome: {
    Adjusted: 'Korrigiert',
    NoDifference: 'Keine Abweichung',
    Accepted: 'Nach Prüfung angenommen',
    Rejected: 'Nach Prüfung abgelehnt',
  },
  tab_overview: 'Übersicht',
  tab_journals: 'Zählerfassungen',
  tab_names: 'Erfassungsnamen',
  tab_work: 'Zykluszählarbeit',
  tab_review: 'Prüfung ausstehend',
  tab_thresholds: 'Schwellenwerte und Pläne',
  allWork: 'Alle Zykluszählarbeit',
  title: 'Zählung',
  sections: 'Bereiche Zählung',
};
