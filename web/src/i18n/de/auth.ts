import type { Catalogue } from '../catalogue';
import type { auth as en } from '../en/auth';

export const auth: Catalogue<typeof en> = {
  sessionEnded: 'Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an, um fortzufahren.',
  signInIntro: 'Melden Sie sich im Lager an.',
  username: 'Benutzername',
  password: 'Passwort',
  signIn: 'Anmelden',
  choosePassword: 'Eigenes Passwort wählen',
  changePassword: 'Passwort ändern',
  setByAdmin: 'Ihr Passwort wurde von einem Administrator festgelegt. Wählen Sie ein eigenes, um fortzufahren, {{name}}.',
  changed: 'Ihr Passwort wurde geändert. Ihre anderen Sitzungen wurden abgemeldet.',
  continue: 'Weiter',
  currentPassword: 'Aktuelles Passwort',
  newPassword: 'Neues Passwort',
  newPasswordAgain: 'Neues Passwort wiederholen',
  rules: 'Mindestens 12 Zeichen und nicht leicht zu erraten: mehrere ungewöhnliche Wörter eignen sich gut. Nicht Ihr Name, kein gängiges Passwort.',
  mismatch: 'stimmt nicht mit dem neuen Passwort überein',
  signOut: 'Abmelden',
  back: 'Zurück',
};
