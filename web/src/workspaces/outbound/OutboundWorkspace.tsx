import { Navigate, Route, Routes } from 'react-router';
import { useTranslation } from '../../i18n';
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
const OutboundOverview = lazyScreen(async () => (await import('./OutboundOverview')).OutboundOverview, 'Loading the overview');
const PrintJobs = lazyScreen(async () => (await import('./PrintJobs')).PrintJobs, 'Loading print jobs');

const TABS = [
  { to: BASE, label: 'Overview', end: true },
  { to: `${BASE}/orders`, label: 'Orders' },
  { to: `${BASE}/waves`, label: 'Waves' },
  { to: `${BASE}/work`, label: 'Work' },
  { to: `${BASE}/loads`, label: 'Loads' },
  { to: `${BASE}/settings`, label: 'Automation and wave templates' },
];

/** Planners and warehouse managers: what waits today (the overview), release orders, follow waves and work, ship confirm loads, print packing slips. */
export function OutboundWorkspace() {
  const { t } = useTranslation('packing');
  const tabs = [...TABS.slice(0, -1), { to: `${BASE}/packing`, label: t('tabs.packing') }, { to: `${BASE}/print-jobs`, label: t('tabs.printJobs') }, ...TABS.slice(-1)];
  return (
    <>
      <PageHeader title="Outbound" />
      <TabLinks label="Outbound sections" tabs={tabs} />
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
          <Route path="settings" element={<OutboundSettings />} />
          <Route path="*" element={<Navigate to="orders" replace />} />
        </Routes>
      </div>
    </>
  );
}
