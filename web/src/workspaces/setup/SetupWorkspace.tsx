import { Route, Routes } from 'react-router';
import { PageHeader, TabLinks } from '../../ui';
import { SetupOverview } from './SetupOverview';
import { ApiKeys } from './access/ApiKeys';
import { WebhookSubscriptions } from './access/WebhookSubscriptions';
import { MasterData } from './master-data/MasterData';
import { SETUP } from './paths';
import { useSetupRights } from './rights';
import { SourceSystems } from './source-systems/SourceSystems';
import { Templates } from './templates/Templates';
import { FixedLocations } from './replenishment/FixedLocations';
import { useTranslation } from '../../i18n';

/** Master data, source systems and the rules the warehouse runs by, for managers, operators and admins. */
export function SetupWorkspace() {
  const rights = useSetupRights();
  const { t } = useTranslation('replenishment');
  const tabs = [
    { to: SETUP, label: 'Overview', end: true },
    { to: `${SETUP}/master-data`, label: 'Master data' },
    { to: `${SETUP}/source-systems`, label: 'Source systems' },
    ...(rights.templatesVisible ? [{ to: `${SETUP}/templates`, label: 'Templates and directives' }] : []),
    ...(rights.templatesVisible ? [{ to: `${SETUP}/replenishment`, label: t('fixed.title') }] : []),
    ...(rights.apiKeys ? [{ to: `${SETUP}/api-keys`, label: 'API keys' }] : []),
    { to: `${SETUP}/webhooks`, label: 'Webhook subscriptions' },
  ];
  return (
    <>
      <PageHeader title="Setup" />
      <TabLinks label="Setup sections" tabs={tabs} />
      <Routes>
        <Route index element={<SetupOverview />} />
        <Route path="master-data" element={<MasterData />} />
        <Route path="master-data/:resource" element={<MasterData />} />
        <Route path="source-systems" element={<SourceSystems />} />
        <Route path="templates/*" element={<Templates />} />
        <Route path="replenishment" element={<FixedLocations />} />
        <Route path="api-keys" element={<ApiKeys />} />
        <Route path="webhooks" element={<WebhookSubscriptions />} />
      </Routes>
    </>
  );
}
