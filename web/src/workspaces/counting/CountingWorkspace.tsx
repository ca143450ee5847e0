import { i18n, useTranslation } from '../../i18n';
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

const tabs = () => [
  { to: '/workspaces/counting', label: i18n.t('counting:tab_overview'), end: true },
  { to: '/workspaces/counting/journals', label: i18n.t('counting:tab_journals') },
  { to: '/workspaces/counting/journal-names', label: i18n.t('counting:tab_names') },
  { to: '/workspaces/counting/work', label: i18n.t('counting:tab_work') },
  { to: '/workspaces/counting/review', label: i18n.t('counting:tab_review') },
  { to: '/workspaces/counting/thresholds-plans', label: i18n.t('counting:tab_thresholds') },
];

function JournalPage() {
  const { journalId = '' } = useParams();
  // A fresh page per journal: typed counts belong to one journal's lines.
  return <JournalDetail key={journalId} />;
}

function WorkPage() {
  const { t } = useTranslation('counting');
  const { workId = '' } = useParams();
  return <WorkDetail key={workId} workId={workId} backTo={{ to: WORK_PATH, label: t('allWork') }} />;
}

/** Counting: journals (count, post), cycle count work and its review, and what creates work on its own. */
export function CountingWorkspace() {
  const { t } = useTranslation('counting');
  return (
    <>
      <PageHeader title={t('title')} />
      <TabLinks label={t('sections')} tabs={tabs()} />
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
