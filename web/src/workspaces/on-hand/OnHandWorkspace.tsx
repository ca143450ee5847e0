import { useTranslation } from '../../i18n';
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
  const { t } = useTranslation('onHand');
  // The consistency check recomputes everything; the server lets managers run it.
  const mayCheck = useMay('warehouse_manager');
  const tabs = [
    { to: '/workspaces/on-hand', label: t('tab_overview'), end: true },
    { to: '/workspaces/on-hand/stock', label: t('tab_stock') },
    { to: '/workspaces/on-hand/ledger', label: t('tab_ledger') },
    ...(mayCheck ? [{ to: '/workspaces/on-hand/consistency', label: t('tab_consistency') }] : []),
  ];
  return (
    <>
      <PageHeader title={t('title')} />
      <TabLinks label={t('sections')} tabs={tabs} />
      <Routes>
        <Route index element={<OnHandOverview />} />
        <Route path="stock" element={<OnHandList />} />
        <Route path="ledger" element={<LedgerHistory />} />
        <Route path="consistency" element={<ConsistencyCheck />} />
      </Routes>
    </>
  );
}
