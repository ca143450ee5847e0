import { Route, Routes } from 'react-router';
import { useMay } from '../../auth/roles';
import { lazyScreen, PageHeader, TabLinks } from '../../ui';
import { ConsistencyCheck } from './ConsistencyCheck';
import { LedgerHistory } from './LedgerHistory';
import { OnHandList } from './OnHandList';

// The overview's charts come with it, not with the stock table.
const OnHandOverview = lazyScreen(async () => (await import('./OnHandOverview')).OnHandOverview, 'ui:loadingOverview');

/** On-hand inquiry: an overview, stock by any dimension, the ledger behind each figure, and the ledger's own check. */
export function OnHandWorkspace() {
  // The consistency check recomputes everything; the server lets managers run it.
  const mayCheck = useMay('warehouse_manager');
  const tabs = [
    { to: '/workspaces/on-hand', label: 'Overview', end: true },
    { to: '/workspaces/on-hand/stock', label: 'On-hand' },
    { to: '/workspaces/on-hand/ledger', label: 'Ledger history' },
    ...(mayCheck ? [{ to: '/workspaces/on-hand/consistency', label: 'Consistency check' }] : []),
  ];
  return (
    <>
      <PageHeader title="On-hand inquiry" />
      <TabLinks label="On-hand sections" tabs={tabs} />
      <Routes>
        <Route index element={<OnHandOverview />} />
        <Route path="stock" element={<OnHandList />} />
        <Route path="ledger" element={<LedgerHistory />} />
        <Route path="consistency" element={<ConsistencyCheck />} />
      </Routes>
    </>
  );
}
