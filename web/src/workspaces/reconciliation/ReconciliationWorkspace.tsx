import { useTranslation } from '../../i18n';
import { Navigate, Route, Routes, useParams } from 'react-router';
import { lazyScreen, PageHeader, TabLinks } from '../../ui';
import { DriftExplanation } from './Drift';
import { ReportLines } from './ReportLines';
import { Reports } from './Reports';
import { Schedule } from './Schedule';
import { RECONCILIATION_PATH, SourceSystemPicker } from './SourceSystemPicker';
import { UpdateLog } from './UpdateLog';

// The overview's charts come with it, not with the reports.
const ReconciliationOverview = lazyScreen(async () => (await import('./ReconciliationOverview')).ReconciliationOverview, 'ui:loadingOverview');

/** The workspace opens on every source system's drift; choosing one leads to its reports and logs. */
function Start() {
  return (
    <div className="qs-stack">
      <SourceSystemPicker />
      <ReconciliationOverview />
    </div>
  );
}

function ForSourceSystem() {
  const { t } = useTranslation('reconciliation');
  const { sourceSystemId = '' } = useParams();
  const base = `${RECONCILIATION_PATH}/${encodeURIComponent(sourceSystemId)}`;
  return (
    <>
      <SourceSystemPicker current={sourceSystemId} />
      <TabLinks
        label={t('sections')}
        tabs={[
          { to: `${base}/reports`, label: t('tab_reports') },
          { to: `${base}/schedule`, label: t('tab_schedule') },
          { to: `${base}/drift`, label: t('tab_drift') },
          { to: `${base}/update-log`, label: t('tab_updateLog') },
        ]}
      />
      <Routes>
        <Route index element={<Navigate to="reports" replace />} />
        <Route path="reports" element={<Reports key={sourceSystemId} sourceSystemId={sourceSystemId} />} />
        <Route path="reports/:reportId" element={<ReportPage sourceSystemId={sourceSystemId} />} />
        <Route path="schedule" element={<Schedule key={sourceSystemId} sourceSystemId={sourceSystemId} />} />
        <Route path="drift" element={<DriftExplanation key={sourceSystemId} sourceSystemId={sourceSystemId} />} />
        <Route path="update-log" element={<UpdateLog key={sourceSystemId} sourceSystemId={sourceSystemId} />} />
      </Routes>
    </>
  );
}

function ReportPage({ sourceSystemId }: { sourceSystemId: string }) {
  const { reportId = '' } = useParams();
  return <ReportLines key={reportId} sourceSystemId={sourceSystemId} reportId={reportId} />;
}

/** Reconciliation with one source system: on-hand reports, why the two may differ, and the update log. */
export function ReconciliationWorkspace() {
  const { t } = useTranslation('reconciliation');
  return (
    <>
      <PageHeader title={t('title')} />
      <Routes>
        <Route index element={<Start />} />
        <Route path=":sourceSystemId/*" element={<ForSourceSystem />} />
      </Routes>
    </>
  );
}
