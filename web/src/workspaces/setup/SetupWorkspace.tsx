import { useTranslation } from '../../i18n';
import { Route, Routes } from 'react-router';
import { lazyScreen, PageHeader, TabLinks } from '../../ui';
import { SetupOverview } from './SetupOverview';
import { ApiKeys } from './access/ApiKeys';
import { WebhookSubscriptions } from './access/WebhookSubscriptions';
import { MasterData } from './master-data/MasterData';
import { SETUP } from './paths';
import { useSetupRights } from './rights';
import { SourceSystems } from './source-systems/SourceSystems';
import { Templates } from './templates/Templates';
import { FixedLocations } from './replenishment/FixedLocations';

const PackingSetup = lazyScreen(async () => (await import('./packing/PackingSetup')).PackingSetup, 'Loading packing setup');

/** Master data, source systems and the rules the warehouse runs by, for managers, operators and admins. */
export function SetupWorkspace() {
  const { t } = useTranslation('setup');
  const rights = useSetupRights();
  const { t: tp } = useTranslation('packing');
  const { t: tr } = useTranslation('replenishment');
  const tabs = [
    { to: SETUP, label: t('tab_overview'), end: true },
    { to: `${SETUP}/master-data`, label: t('tab_masterData') },
    { to: `${SETUP}/source-systems`, label: t('tab_sources') },
    ...(rights.templatesVisible ? [{ to: `${SETUP}/templates`, label: t('tab_templates') }] : []),
    ...(rights.templatesVisible ? [{ to: `${SETUP}/replenishment`, label: tr('fixed.title') }] : []),
    ...(rights.apiKeys ? [{ to: `${SETUP}/api-keys`, label: t('tab_apiKeys') }] : []),
    { to: `${SETUP}/webhooks`, label: t('tab_webhooks') },
    { to: `${SETUP}/packing`, label: tp('tabs.setup') },
  ];
  return (
    <>
      <PageHeader title={t('title')} />
      <TabLinks label={t('sections')} tabs={tabs} />
      <Routes>
        <Route index element={<SetupOverview />} />
        <Route path="master-data" element={<MasterData />} />
        <Route path="master-data/:resource" element={<MasterData />} />
        <Route path="source-systems" element={<SourceSystems />} />
        <Route path="templates/*" element={<Templates />} />
        <Route path="replenishment" element={<FixedLocations />} />
        <Route path="api-keys" element={<ApiKeys />} />
        <Route path="webhooks" element={<WebhookSubscriptions />} />
        <Route path="packing" element={<PackingSetup />} />
      </Routes>
    </>
  );
}
