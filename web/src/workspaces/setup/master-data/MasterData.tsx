import { Navigate, useParams } from 'react-router';
import { TabLinks } from '../../../ui';
import { SETUP } from '../paths';
import { ResourceScreen } from './ResourceScreen';
import { localizedResource } from './localized';
import { RESOURCES } from './resources';
import { useTranslation } from '../../../i18n';

export function MasterData() {
  const { resource } = useParams();
  const { t } = useTranslation('setup');
  const found = RESOURCES.find((r) => r.id === resource);
  if (!found) return <Navigate to={`${SETUP}/master-data/${RESOURCES[0]?.id ?? 'sites'}`} replace />;
  const config = localizedResource(found);
  return (
    <>
      <TabLinks label={t('masterData.tabs')} tabs={RESOURCES.map((r) => ({ to: `${SETUP}/master-data/${r.id}`, label: localizedResource(r).title }))} />
      <h2>{config.title}</h2>
      <ResourceScreen key={config.id} config={config} />
    </>
  );
}
