import { useLabelPrinters, usePrintJobs, useReprintJob, type PrintJob } from '../../api/packing';
import { useMay } from '../../auth/roles';
import { useTranslation } from '../../i18n';
import { Alert, Button, Card, DataTable, FilterForm, ProblemAlert, StatusPill, formatDateTime, useListState, type Column } from '../../ui';

const STATUSES = ['queued', 'sending', 'sent', 'failed'] as const;

/** Label print jobs with their status, attempts and last error; reprint any of them. */
export function PrintJobs() {
  const { t } = useTranslation('packing');
  const list = useListState('pj', ['status', 'printerId', 'containerId']);
  const jobs = usePrintJobs(list.query);
  const printers = useLabelPrinters();
  const reprint = useReprintJob();
  const mayPrint = useMay('warehouse_manager', 'warehouse_worker');
  const columns: Column<PrintJob>[] = [
    { header: t('columns.job'), cell: (j) => j.id },
    { header: t('columns.printer'), cell: (j) => j.printerId },
    { header: t('columns.container'), cell: (j) => j.containerId ?? '—' },
    { header: t('columns.licensePlate'), cell: (j) => j.licensePlateId ?? '—' },
    { header: t('columns.sscc'), cell: (j) => j.sscc ?? '—' },
    { header: t('columns.status'), cell: (j) => <StatusPill status={j.status} /> },
    { header: t('columns.attempts'), cell: (j) => `${String(j.attempts)} / ${String(j.maxAttempts)}`, numeric: true },
    { header: t('columns.lastError'), cell: (j) => j.lastError ?? '—' },
    { header: t('columns.nextAttempt'), cell: (j) => formatDateTime(j.nextAttemptAt) },
    { header: t('columns.requestedBy'), cell: (j) => j.requestedBy },
    { header: t('columns.created'), cell: (j) => formatDateTime(j.createdAt) },
    { header: t('columns.sent'), cell: (j) => formatDateTime(j.sentAt) },
    ...(mayPrint
      ? [
          {
            header: t('columns.actions'),
            cell: (j: PrintJob) => (
              <Button variant="secondary" busy={reprint.isPending && reprint.variables === j.id} onClick={() => reprint.mutate(j.id)}>
                {t('jobs.reprint')}
              </Button>
            ),
          },
        ]
      : []),
  ];
  return (
    <Card title={t('jobs.title')}>
      <p className="qs-muted">{t('jobs.intro')}</p>
      <FilterForm
        label={t('jobs.title')}
        prefix="pj"
        list={list}
        fields={[
          { name: 'status', label: t('jobs.filterStatus'), options: STATUSES },
          { name: 'printerId', label: t('jobs.filterPrinter'), options: (printers.data?.items ?? []).map((p) => p.printerId) },
          { name: 'containerId', label: t('columns.container') },
        ]}
      />
      {reprint.data && <Alert tone="ok">{t('jobs.reprinted', { id: reprint.data.printJobId })}</Alert>}
      <ProblemAlert error={reprint.error} />
      <DataTable caption={t('jobs.title')} columns={columns} query={jobs} rowKey={(j) => String(j.id)} list={list} exportPath="/api/v1/label-print-jobs" empty={t('jobs.none')} />
    </Card>
  );
}
