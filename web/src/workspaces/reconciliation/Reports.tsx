import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useCreateOnHandReport, useOnHandReports } from '../../api/reconciliation';
import type { ResponseOf } from '../../api/types';
import { Button, Card, DataTable, fieldError, formatDateTime, ProblemAlert, TextField, useListState, type Column } from '../../ui';
import { levelLabel, type DimensionLevel } from './dimension-levels';
import { DimensionLevelsField } from './DimensionLevelsField';
import { RECONCILIATION_PATH } from './SourceSystemPicker';
import { i18n, useTranslation } from '../../i18n';

type Report = ResponseOf<'/api/v1/source-systems/{sourceSystemId}/on-hand-reports', 'get'>['items'][number];

const yesterday = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

export function reportColumns(): Column<Report>[] {
  const t = i18n.getFixedT(null, 'reconciliation');
  return [
    { header: t('reports.report'), cell: (r) => r.reportId },
    { header: t('reports.asOf'), cell: (r) => r.inventoryAsOfDate },
    { header: t('reports.levels'), cell: (r) => [t('reports.item'), ...r.dimensions.map(levelLabel)].join(', ') },
    { header: t('reports.includes'), cell: (r) => (r.includeRegisteredAndPickedTransactions ? t('reports.physical') : t('reports.documents')) },
    { header: t('reports.lines'), numeric: true, cell: (r) => r.lineCount },
    { header: t('reports.created'), cell: (r) => `${formatDateTime(r.reportExecutionTime)} (${t(`reports.trigger.${r.trigger as 'Manual'}`, { defaultValue: r.trigger })})` },
  ];
}

export function Reports({ sourceSystemId }: { sourceSystemId: string }) {
  const { t } = useTranslation('reconciliation');
  const list = useListState('reports', []);
  const navigate = useNavigate();
  const query = useOnHandReports(sourceSystemId, list.query);
  const open = (r: Report) => void navigate(`${RECONCILIATION_PATH}/${encodeURIComponent(sourceSystemId)}/reports/${encodeURIComponent(r.reportId)}`);
  return (
    <div className="qs-stack">
      <CreateReport sourceSystemId={sourceSystemId} onCreated={open} />
      <Card title={t('reports.title')}>
        <DataTable caption={t('reports.caption', { id: sourceSystemId })} columns={reportColumns()} query={query} rowKey={(r) => r.reportId} list={list} onSelect={open} empty={t('reports.empty')} />
      </Card>
    </div>
  );
}

function CreateReport({ sourceSystemId, onCreated }: { sourceSystemId: string; onCreated: (r: Report) => void }) {
  const { t } = useTranslation('reconciliation');
  const [asOfDate, setAsOfDate] = useState(yesterday);
  const [dimensions, setDimensions] = useState<DimensionLevel[]>(['warehouse']);
  const [includeRegisteredAndPicked, setInclude] = useState(false);
  const create = useCreateOnHandReport(sourceSystemId, { onSuccess: onCreated });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate({ asOfDate, dimensions, includeRegisteredAndPicked });
  };
  return (
    <Card title={t('reports.newTitle')}>
      <form className="qs-stack" onSubmit={submit} aria-label={t('reports.newTitle')}>
        <div className="qs-row">
          <TextField label={t('reports.asOfDate')} type="date" required hint={t('reports.asOfHint')} value={asOfDate} onChange={(e) => setAsOfDate(e.target.value)} error={fieldError(create.error, 'asOfDate')} />
        </div>
        <DimensionLevelsField value={dimensions} onChange={setDimensions} />
        <label>
          <input type="checkbox" checked={includeRegisteredAndPicked} onChange={(e) => setInclude(e.target.checked)} /> {t('reports.include')}
        </label>
        <ProblemAlert error={create.error} />
        <div>
          <Button type="submit" busy={create.isPending}>
            {t('reports.create')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
