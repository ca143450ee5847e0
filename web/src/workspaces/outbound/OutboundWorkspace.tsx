import { i18n, useTranslation } from '../../i18n';
import { Navigate, Route, Routes } from 'react-router';
import { lazyScreen, PageHeader, TabLinks } from '../../ui';
import { OutboundLoadDetail, OutboundLoadList } from './OutboundLoads';
import { OutboundOrderDetail, OutboundOrderList } from './OutboundOrders';
import { OutboundSettings } from './OutboundSettings';
import { PackingDesk } from './Packing';
import { PackingSlipDetail } from './PackingSlips';
import { WaveDetail, WaveList } from './Waves';
import { WorkDetail, WorkList } from './Work';
import { BASE } from './shared';

// The overview's charts come with it, not with the orders or loads.
const OutboundOverview = lazyScreen(async () => (await import('./OutboundOverview')).OutboundOverview, 'ui:loadingOverview');
const PrintJobs = lazyScreen(async () => (await import('./PrintJobs')).PrintJobs, 'Loading print jobs');
const LoadPlanning = lazyScreen(async () => (await import('./LoadPlanning')).LoadPlanning, 'loadPlanning:loading');

const tabs = () => [
  { to: BASE, label: i18n.t('outbound:tab_overview'), end: true },
  { to: `${BASE}/orders`, label: i18n.t('outbound:tab_orders') },
  { to: `${BASE}/waves`, label: i18n.t('outbound:tab_waves') },
  { to: `${BASE}/work`, label: i18n.t('outbound:tab_work') },
  { to: `${BASE}/loads`, label: i18n.t('outbound:tab_loads') },
  { to: `${BASE}/load-planning`, label: i18n.t('loadPlanning:tab') },
  { to: `${BASE}/settings`, label: i18n.t('outbound:tab_settings') },
];

/** Planners and warehouse managers: what waits today (the overview), release orders, follow waves and work, ship confirm loads, print packing slips. */
export function OutboundWorkspace() {
  const { t } = useTranslation('outbound');
  const { t: tp } = useTranslation('packing');
  return (
    <>
      <PageHeader title={t('title')} />
      <TabLinks label={t('sections')} tabs={[...tabs().slice(0, -1), { to: `${BASE}/packing`, label: tp('tabs.packing') }, { to: `${BASE}/print-jobs`, label: tp('tabs.printJobs') }, ...tabs().slice(-1)]} />
      <div className="qs-stack">
        <Routes>
          <Route index element={<OutboundOverview />} />
          <Route path="orders" element={<OutboundOrderList />} />
          <Route path="orders/:orderNumber" element={<OutboundOrderDetail />} />
          <Route path="waves" element={<WaveList />} />
          <Route path="waves/:waveId" element={<WaveDetail />} />
          <Route path="work" element={<WorkList />} />
          <Route path="work/:workId" element={<WorkDetail />} />
          <Route path="loads" element={<OutboundLoadList />} />
          <Route path="loads/:loadId" element={<OutboundLoadDetail />} />
          <Route path="packing-slips/:versionNumber" element={<PackingSlipDetail />} />
          <Route path="packing" element={<PackingDesk />} />
          <Route path="print-jobs" element={<PrintJobs />} />
          <Route path="load-planning" element={<LoadPlanning />} />
          <Route path="settings" element={<OutboundSettings />} />
          <Route path="*" element={<Navigate to="orders" replace />} />
        </Routes>
      </div>
    </>
  );
}
