import type { Catalogue } from '../catalogue';
import type { reconciliation as en } from '../en/reconciliation';

export const reconciliation: Catalogue<typeof en> = {
  ov_linesDiff: 'Positionen mit Abweichung',
  ov_openDocs: 'Offene Belege',
  ov_linesDiffHint: 'Der physische Bestand weicht von dem ab, was gemeldet wurde',
  ov_lastReport: 'Letzter Bestandsbericht',
  ov_noReport: 'Noch kein Bericht erstellt',
  ov_published: 'Veröffentlichte Änderungsprotokolleinträge',
  ov_noneYet: 'Noch keine',
  ov_working: 'Abweichung jedes Quellsystems wird ermittelt',
  ov_now: 'Jetzt',
  ov_none: 'Keiner',
  ov_made: 'Erstellt {{time}}',
  ov_last: 'Zuletzt {{time}}',
  ov_drift: 'Abweichung der letzten {{days}} Tage: {{name}}',
  ov_reason: {
    RegisteredNotReceivingCompleted: 'Erfasst, Eingang nicht abgeschlossen',
    PickedNotShipConfirmed: 'Kommissioniert, Versand nicht bestätigt',
    UpdateLogEntryNotPublished: 'Änderungsprotokolleintrag nicht veröffentlicht',
    StatusChangeNotReported: 'Statusänderung nicht gemeldet',
  },
  sections: 'Bereiche Abgleich',
  tab_reports: 'Bestandsberichte',
  tab_schedule: 'Berichtszeitplan',
  tab_drift: 'Erklärung der Abweichung',
  tab_updateLog: 'Änderungsprotokoll',
  title: 'Abgleich',
};
