import type { Catalogue } from '../catalogue';
import type { replenishment as en } from '../en/replenishment';

export const replenishment: Catalogue<typeof en> = {
  menu: 'Nachschub',
  mobile: {
    title: 'Nachschub',
    warehouse: 'Lager {{warehouseId}}',
    change: 'wechseln',
    next: 'Nächster Nachschub',
    none: 'In {{warehouseId}} ist gerade keine Nachschubarbeit offen.',
    scanWork: 'Oder eine Arbeitsnummer scannen',
    workFor: 'Arbeit {{workId}} · nach {{locations}}',
    done: 'Arbeit {{workId}} ist abgeschlossen: {{locations}} aufgefüllt.',
    doneTitle: 'Aufgefüllt',
  },
  fixed: {
    title: 'Feste Kommissionierplätze',
    hint: 'Jeder Artikel hat höchstens einen festen Kommissionierplatz je Lager. Bei oder unter dem Minimum füllt der Min/Max-Nachschub ihn aus dem Lagerbereich bis zum Maximum auf; eine Welle, deren Entnahmen mehr brauchen, als der Platz hält, füllt ihn zuerst auf.',
    caption: 'Feste Kommissionierplätze',
    empty: 'Noch keine festen Kommissionierplätze.',
    warehouse: 'Lager',
    item: 'Artikel',
    location: 'Kommissionierplatz',
    min: 'Minimum',
    max: 'Maximum',
    onHand: 'Bestand',
    incoming: 'Unterwegs',
    formTitle: 'Festen Kommissionierplatz festlegen',
    save: 'Festen Platz speichern',
    saved: 'Artikel {{itemNumber}} wird in {{warehouseId}} von {{locationId}} entnommen (Min. {{min}}, Max. {{max}}).',
    onlyManagers: 'Feste Kommissionierplätze legen Lagerleiter fest.',
  },
  run: {
    title: 'Nachschub jetzt ausführen',
    hint: 'Erstellt Nachschubarbeit für jeden festen Kommissionierplatz bei oder unter seinem Minimum, für den kein Nachschub offen ist. Läuft außerdem alle 10 Minuten je Lager als Hintergrundprozess.',
    zone: 'Zone (optional)',
    button: 'Nachschub jetzt ausführen',
    result_one: '{{faces}} Kommissionierplätze geprüft; {{count}} Nachschubarbeit erstellt: {{ids}}.',
    result_other: '{{faces}} Kommissionierplätze geprüft; {{count}} Nachschubarbeiten erstellt: {{ids}}.',
    none: '{{faces}} Kommissionierplätze geprüft; keiner braucht jetzt Nachschub.',
  },
  work: {
    waitingFor: 'Wartet auf',
    waits: 'Wartet auf Nachschub {{workId}}',
  },
};
