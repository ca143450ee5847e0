import { Navigate, useParams } from 'react-router';
import { TabLinks } from '../../../ui';
import { SETUP } from '../paths';
import { ResourceScreen } from './ResourceScreen';
import { RESOURCES } from './resources';

export function MasterData() {
  const { resource } = useParams();
  const config = RESOURCES.find((r) => r.id === resource);
  if (!config) return <Navigate to={`${SETUP}/master-data/${RESOURCES[0]?.id ?? 'sites'}`} replace />;
  return (
    <>
      <TabLinks label="Master data" tabs={RESOURCES.map((r) => ({ to: `${SETUP}/master-data/${r.id}`, label: r.title }))} />
      <h2>{config.title}</h2>
      <ResourceScreen key={config.id} config={config} />
    </>
  );
}
