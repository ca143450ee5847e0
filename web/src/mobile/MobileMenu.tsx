import { Link } from 'react-router';
import { useUser } from '../auth/AuthProvider';
import { allowed, MOBILE_MENU } from '../app/menus';
import { PackMenuLink } from './pack/PackMenuLink';
import { useMay } from '../auth/roles';
import { useTranslation } from '../i18n';

export function MobileMenu() {
  const { t } = useTranslation('mobile');
  const user = useUser();
  const { t: tr } = useTranslation('replenishment');
  const { t: trr } = useTranslation('returns');
  const mayReplenish = useMay('warehouse_manager', 'warehouse_worker');
  return (
    <>
      <h2>{t('menu.hello', { name: user.displayName })}</h2>
      <nav className="qs-mobile-menu" aria-label={t('menu.tasks')}>
        {allowed(MOBILE_MENU, user.role).map((entry) => (
          <Link key={entry.to} to={entry.to}>
            {t(`menu.entries.${entry.to.replace('/mobile/', '')}` as never, { defaultValue: entry.label })}
          </Link>
        ))}
        <PackMenuLink />
        {mayReplenish && <Link to="/mobile/replenish">{tr('menu')}</Link>}
        {mayReplenish && <Link to="/mobile/cluster">{tr('cluster.menu')}</Link>}
        {mayReplenish && <Link to="/mobile/return">{trr('menu')}</Link>}
      </nav>
      <p>
        <Link to="/mobile/queue">{t('menu.queue')}</Link>
      </p>
      <p>
        <Link to="/password">{t('menu.changePassword')}</Link>
      </p>
    </>
  );
}
