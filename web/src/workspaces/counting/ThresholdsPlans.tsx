import { Plans } from './Plans';
import { useTranslation } from '../../i18n';
import { Thresholds } from './Thresholds';

/** Thresholds and plans make cycle count work on their own; here they are listed, created, run now and deleted. */
export function ThresholdsPlans() {
  const { t } = useTranslation('counting');
  return (
    <div className="qs-stack">
      <Thresholds />
      <Plans />
      <p className="qs-muted">{t('thresholdsPlans.hint')}</p>
    </div>
  );
}
