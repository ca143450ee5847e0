import type { Catalogue } from '../catalogue';
import type { common as en } from '../en/common';

export const common: Catalogue<typeof en> = {
  language: { label: 'Sprache', en: 'English', de: 'Deutsch' },
  actions: { save: 'Speichern', cancel: 'Abbrechen', confirm: 'Bestätigen', search: 'Suchen', clear: 'Zurücksetzen', back: 'Zurück', next: 'Weiter', done: 'Fertig', signOut: 'Abmelden' },
  states: { loading: 'Wird geladen…', empty: 'Keine Einträge', notFound: 'Nicht gefunden', noPage: 'Unter dieser Adresse gibt es keine Seite.' },
};
