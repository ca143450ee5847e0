import type { Catalogue } from '../catalogue';
import type { users as en } from '../en/users';

export const users: Catalogue<typeof en> = {
  ov_signIns: 'Anmeldungen',
  ov_byRole: 'Benutzer nach Rolle',
  ov_signIn: 'Anmeldung',
  ov_locked: 'Nach Fehlversuchen gesperrt',
  ov_disabled: 'Deaktiviert',
  ov_mustChange: 'Müssen ein eigenes Passwort wählen',
  ov_mustChangeHint: 'Bei der nächsten Anmeldung',
  ov_sessions: 'Aktive Sitzungen',
  ov_nobody: 'In diesen Tagen hat sich niemand angemeldet.',
  ov_andDisabled: 'und {{count}} deaktiviert',
  ov_perDay: 'Anmeldungen pro Tag, letzte {{days}} Tage',
};
