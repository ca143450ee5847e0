import { Link } from 'react-router';
import { useUser } from '../auth/AuthProvider';
import { allowed, MOBILE_MENU } from '../app/menus';
import { useMay } from '../auth/roles';
import { useTranslation } from '../i18n';

export function MobileMenu() {
  const user = useUser();
  const { t } = useTranslation('replenishment');
  const mayReplenish = useMay('warehouse_manager', 'warehouse_worker');
  return (
    <>
      <h2>Hello {user.displayName}</h2>
      <nav className="qs-mobile-menu" aria-label="Tasks">
        {allowed(MOBILE_MENU, user.role).map((entry) => (
          <Link key={entry.to} to={entry.to}>
            {entry.label}
          </Link>
        ))}
        {mayReplenish && <Link to="/mobile/replenish">{t('menu')}</Link>}
        {mayReplenish && <Link to="/mobile/cluster">{t('cluster.menu')}</Link>}
      </nav>
      <p>
        <Link to="/password">Change password</Link>
      </p>
    </>
  );
}
