import { useNavigate } from 'react-router';
import { useTranslation } from '../../i18n';
import { useAllSourceSystems } from '../../api/source-systems';
import { Card, Fetched, SelectField } from '../../ui';

export const RECONCILIATION_PATH = '/workspaces/reconciliation';

/** Reconciliation is always with one source system: choosing it puts it in the address. */
export function SourceSystemPicker({ current }: { current?: string | undefined }) {
  const { t } = useTranslation('reconciliation');
  const navigate = useNavigate();
  const systems = useAllSourceSystems();
  return (
    <Fetched query={systems} what={t('picker.loading')}>
      {(page) =>
        page.items.length === 0 ? (
          <Card title={t('picker.none')}>
            <p>{t('picker.noneText')}</p>
          </Card>
        ) : (
          <div className="qs-row">
            <SelectField
              label={t('picker.sourceSystem')}
              placeholder={current ? undefined : t('picker.choose')}
              options={page.items.map((s) => ({ value: s.sourceSystemId, label: `${s.sourceSystemId} · ${s.name}` }))}
              value={current ?? ''}
              onChange={(e) => {
                if (e.target.value) void navigate(`${RECONCILIATION_PATH}/${encodeURIComponent(e.target.value)}/reports`);
              }}
            />
          </div>
        )
      }
    </Fetched>
  );
}
