import { Route, Routes, useParams } from 'react-router';
import { lazyScreen, PageHeader, TabLinks } from '../../ui';
import { CycleCountWork, WORK_PATH } from './CycleCountWork';
import { JournalDetail } from './JournalDetail';
import { JournalList } from './Journals';
import { JournalNames } from './JournalNames';
import { PendingReview } from './PendingReview';
import { ThresholdsPlans } from './ThresholdsPlans';
import { WorkDetail } from './WorkDetail';

// The overview's charts come with it, not with the journals.
const CountingOverview = lazyScreen(async () => (await import('./CountingOverview')).CountingOverview, 'ui:loadingOverview');

const TABS = [
  { to: '/workspaces/counting', label: 'Overview', end: true },
  { to: '/workspaces/counting/journals', label: 'Counting journals' },
  { to: '/workspaces/counting/journal-names', label: 'Journal names' },
  { to: '/workspaces/counting/work', label: 'Cycle count work' },
  { to: '/workspaces/counting/review', label: 'Pending review' },
  { to: '/workspaces/counting/thresholds-plans', label: 'Thresholds and plans' },
];

function JournalPage() {
  const { journalId = '' } = useParams();
  // A fresh page per journal: typed counts belong to one journal's lines.
  return <JournalDetail key={journalId} />;
}

function WorkPage() {
  const { workId = '' } = useParams();
  return <WorkDetail key={workId} workId={workId} backTo={{ to: WORK_PATH, label: 'All cycle count work' }} />;
}

/** Counting: journals (count, post), cycle count work and its review, and what creates work on its own. */
export function CountingWorkspace() {
  return (
    <>
      <PageHeader title="Counting" />
      <TabLinks label="Counting sections" tabs={TABS} />
      <Routes>
        <Route index element={<CountingOverview />} />
        <Route path="journals" element={<JournalList />} />
        <Route path="journals/:journalId" element={<JournalPage />} />
        <Route path="journal-names" element={<JournalNames />} />
        <Route path="work" element={<CycleCountWork />} />
        <Route path="work/:workId" element={<WorkPage />} />
        <Route path="review" element={<PendingReview />} />
        <Route path="thresholds-plans" element={<ThresholdsPlans />} />
      </Routes>
    </>
  );
}
