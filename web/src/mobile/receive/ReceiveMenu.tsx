import { Link } from 'react-router';
import { useTranslation } from '../../i18n';
import { MobileTitle } from '../MobileStep';

export const RECEIVE_MODES = ['license-plate', 'order-line', 'load-item', 'mixed-license-plate'] as const;

export function ReceiveMenu() {
  const { t } = useTranslation('mobile');
  return (
    <>
      <MobileTitle title={t('receive.title')}>
        <p className="qs-muted">{t('receive.how')}</p>
      </MobileTitle>
      <nav className="qs-mobile-menu" aria-label={t('receive.modes')}>
        {RECEIVE_MODES.map((m) => (
          <Link key={m} to={m}>
            {t(`receive.mode.${m}`)}
          </Link>
        ))}
      </nav>
    </>
  );
}
