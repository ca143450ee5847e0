import { Route, Routes } from 'react-router';
import { lazyScreen, PageHeader, TabLinks } from '../../ui';
import { BASE } from './paths';
import { BackgroundProcesses } from './BackgroundProcesses';
import { DeadLetters } from './DeadLetters';
import { MessageDetail } from './MessageDetail';
import { MessageList } from './MessageList';

// The overview's charts come with it, not with the message list.
const IntegrationOverview = lazyScreen(async () => (await import('./IntegrationOverview')).IntegrationOverview, 'ui:loadingOverview');

const TABS = [
  { to: BASE, label: 'Overview', end: true },
  { to: `${BASE}/messages`, label: 'Messages' },
  { to: `${BASE}/dead-letters`, label: 'Webhook dead letters' },
  { to: `${BASE}/processes`, label: 'Background processes' },
];

/** For integration operators: what the source systems sent, what failed, and the jobs that move it along. */
export function IntegrationWorkspace() {
  return (
    <>
      <PageHeader title="Integration monitoring" />
      <TabLinks label="Integration monitoring sections" tabs={TABS} />
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
