import { Route, Routes } from 'react-router';
import { useTranslation } from '../../i18n';
import { lazyScreen, PageHeader, TabLinks } from '../../ui';
import { BASE } from './paths';
import { BackgroundProcesses } from './BackgroundProcesses';
import { DeadLetters } from './DeadLetters';
import { MessageDetail } from './MessageDetail';
import { MessageList } from './MessageList';

// The overview's charts come with it, not with the message list.
const IntegrationOverview = lazyScreen(async () => (await import('./IntegrationOverview')).IntegrationOverview, 'ui:loadingOverview');

/** For integration operators: what the source systems sent, what failed, and the jobs that move it along. */
export function IntegrationWorkspace() {
  const { t } = useTranslation('integration');
  const tabs = [
    { to: BASE, label: t('workspace.tabs.overview'), end: true },
    { to: `${BASE}/messages`, label: t('workspace.tabs.messages') },
    { to: `${BASE}/dead-letters`, label: t('workspace.tabs.deadLetters') },
    { to: `${BASE}/processes`, label: t('workspace.tabs.processes') },
  ];
  return (
    <>
      <PageHeader title={t('workspace.title')} />
      <TabLinks label={t('workspace.sections')} tabs={tabs} />
      <Routes>
        <Route index element={<IntegrationOverview />} />
        <Route path="messages" element={<MessageList />} />
        <Route path="messages/:id" element={<MessageDetail />} />
        <Route path="dead-letters" element={<DeadLetters />} />
        <Route path="processes" element={<BackgroundProcesses />} />
      </Routes>
    </>
  );
}
