import { Link } from 'react-router';
import { useMay } from '../../auth/roles';
import { useTranslation } from '../../i18n';

/** The mobile menu's entry for packing, for the roles that pack. */
export function PackMenuLink() {
  const { t } = useTranslation('packing');
  const mayPack = useMay('warehouse_manager', 'warehouse_worker');
  return mayPack ? <Link to="/mobile/pack">{t('mobile.menu')}</Link> : null;
}
