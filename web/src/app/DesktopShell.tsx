import { NavLink, Outlet, useNavigation } from 'react-router';
import { useAuth, useUser } from '../auth/AuthProvider';
import { useTranslation } from '../i18n';
import { Button, Loading } from '../ui';
import { LanguagePicker } from './LanguagePicker';
import { allowed, MOBILE_MENU, WORKSPACES } from './menus';

export function DesktopShell() {
  const user = useUser();
  const { signOut } = useAuth();
  const { t } = useTranslation('shell');
  // A workspace opened for the first time is fetched before it shows; the current one stays until then.
  const opening = useNavigation().state === 'loading';
  return (
    <div className="qs-shell">
      <nav className="qs-nav" aria-label={t('workspacesNav')}>
        <div className="qs-brand">{t('brand')}</div>
        {allowed(WORKSPACES, user.role).map((entry) => (
          <NavLink key={entry.to} to={entry.to}>
            {t(`menu.${entry.key}`)}
          </NavLink>
        ))}
        {allowed(MOBILE_MENU, user.role).length > 0 && <NavLink to="/mobile">{t('mobileApp')}</NavLink>}
        <div className="qs-nav-footer">
          <span>{t('userWithRole', { name: user.displayName, role: t(`roles.${user.role}`) })}</span>
          <LanguagePicker />
          <NavLink to="/password">{t('changePassword')}</NavLink>
          <Button variant="secondary" onClick={() => void signOut()}>
            {t('signOut')}
          </Button>
        </div>
      </nav>
      <main className="qs-main">
        {opening && <Loading what={t('opening')} />}
        <Outlet />
      </main>
    </div>
  );
}
