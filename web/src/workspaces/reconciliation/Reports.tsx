import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useCreateOnHandReport, useOnHandReports } from '../../api/reconciliation';
import type { ResponseOf } from '../../api/types';
import { Button, Card, DataTable, fieldError, formatDateTime, ProblemAlert, TextField, useListState, type Column } from '../../ui';
import { levelLabel, type DimensionLevel } from './dimension-levels';
import { DimensionLevelsField } from './DimensionLevelsField';
import { RECONCILIATION_PATH } from './SourceSystemPicker';

type Report = ResponseOf<'/api/v1/source-systems/{sourceSystemId}/on-hand-reports', 'get'>['items'][number];

const yesterday = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

export const reportColumns: Column<Report>[] = [
  { header: 'Report', cell: (r) => r.reportId },
  { header: 'As of (end of day, UTC)', cell: (r) => r.inventoryAsOfDate },
  { header: 'Levels', cell: (r) => ['Item', ...r.dimensions.map(levelLabel)].join(', ') },
  { header: 'Includes', cell: (r) => (r.includeRegisteredAndPickedTransactions ? 'Physical stock (with registered and picked)' : 'What documents reported') },
  { header: 'Lines', numeric: true, cell: (r) => r.lineCount },
  { header: 'Created', cell: (r) => `${formatDateTime(r.reportExecutionTime)} (${r.trigger})` },
];

export function Reports({ sourceSystemId }: { sourceSystemId: string }) {
  const list = useListState('reports', []);
  const navigate = useNavigate();
  const query = useOnHandReports(sourceSystemId, list.query);
  const open = (r: Report) => void navigate(`${RECONCILIATION_PATH}/${encodeURIComponent(sourceSystemId)}/reports/${encodeURIComponent(r.reportId)}`);
  return (
    <div className="qs-stack">
      <CreateReport sourceSystemId={sourceSystemId} onCreated={open} />
      <Card title="On-hand reports">
        <DataTable caption={`On-hand reports of ${sourceSystemId}, newest first`} columns={reportColumns} query={query} rowKey={(r) => r.reportId} list={list} onSelect={open} empty="No reports yet." />
      </Card>
    </div>
  );
}

function CreateReport({ sourceSystemId, onCreated }: { sourceSystemId: string; onCreated: (r: Report) => void }) {
  const [asOfDate, setAsOfDate] = useState(yesterday);
  const [dimensions, setDimensions] = useState<DimensionLevel[]>(['warehouse']);
  const [includeRegisteredAndPicked, setInclude] = useState(false);
  const create = useCreateOnHandReport(sourceSystemId, { onSuccess: onCreated });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate({ asOfDate, dimensions, includeRegisteredAndPicked });
  };
  return (
    <Card title="New on-hand report">
      <form className="qs-stack" onSubmit={submit} aria-label="New on-hand report">
        <div className="qs-row">
          <TextField label="As of date" type="date" required hint="The stock at the end of this day (UTC)" value={asOfDate} onChange={(e) => setAsOfDate(e.target.value)} error={fieldError(create.error, 'asOfDate')} />
        </div>
        <DimensionLevelsField value={dimensions} onChange={setDimensions} />
        <label>
          <input type="checkbox" checked={includeRegisteredAndPicked} onChange={(e) => setInclude(e.target.checked)} /> Include registered and picked quantities (the physical stock, not only what documents reported)
        </label>
        <ProblemAlert error={create.error} />
        <div>
          <Button type="submit" busy={create.isPending}>
            Create report
          </Button>
        </div>
      </form>
    </Card>
  );
}
