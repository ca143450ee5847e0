import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useBackgroundProcesses, useChangeProcess, useProcessRuns, useRunProcess } from '../../api/background-processes';
import type { ResponseOf } from '../../api/types';
import { Alert, Button, Card, DataTable, Fetched, fieldError, formatDateTime, KeyValues, ProblemAlert, StatusPill, TextField, type Column, wholeList } from '../../ui';
import { formatInterval } from './age';
import { useCanTuneProcesses } from './can-act';

type Process = ResponseOf<'/api/v1/background-processes', 'get'>['items'][number];
type Run = ResponseOf<'/api/v1/background-processes/{id}/runs', 'get'>['items'][number];


const runColumns: Column<Run>[] = [
  { header: 'Run', cell: (r) => r.id, numeric: true },
  { header: 'Trigger', cell: (r) => r.trigger },
  { header: 'Started', cell: (r) => formatDateTime(r.startedAt) },
  { header: 'Ended', cell: (r) => formatDateTime(r.endedAt) },
  { header: 'Outcome', cell: (r) => <StatusPill status={r.outcome} /> },
  { header: 'Items', cell: (r) => r.itemsProcessed, numeric: true },
  { header: 'Error', cell: (r) => r.error ?? '—' },
];

function describeRun(run: Run | null, skipped: boolean): { tone: 'ok' | 'warn' | 'bad'; text: string } {
  if (skipped || !run) return { tone: 'warn', text: 'The process was already running; this request did not start another run.' };
  if (run.outcome === 'failed') return { tone: 'bad', text: `The run failed: ${run.error ?? 'no reason given'}` };
  return { tone: 'ok', text: `The run ${run.outcome} and processed ${String(run.itemsProcessed)} items.` };
}

function ProcessCard({ process }: { process: Process }) {
  const canTune = useCanTuneProcesses();
  const canRun = canTune;
  const [interval, setIntervalText] = useState(String(process.intervalSeconds));
  const runs = useProcessRuns(process.id);
  const runNow = useRunProcess(process.id);
  const change = useChangeProcess(process.id);
  const saveInterval = (event: FormEvent) => {
    event.preventDefault();
    change.mutate({ intervalSeconds: Number(interval) });
  };
  const outcome = runNow.data ? describeRun(runNow.data.run, runNow.data.skipped) : undefined;
  return (
    <Card title={process.label}>
      <KeyValues
        entries={[
          ['Process type', process.processType],
          ['Scope', process.sourceSystemId && process.scope !== process.sourceSystemId ? `${process.scope} (${process.sourceSystemId})` : process.scope],
          ['Schedule', process.enabled ? formatInterval(process.intervalSeconds) : 'switched off'],
          ['Next run', formatDateTime(process.nextRunAt)],
          ['Running now', process.running ? 'yes' : 'no'],
          ['Last run', <StatusPill key="o" status={process.lastRun?.outcome} />],
        ]}
      />
      <div className="qs-row">
        {canRun && (
          <Button busy={runNow.isPending} onClick={() => runNow.mutate()}>
            Run now
          </Button>
        )}
        {canTune && (
          <Button variant="secondary" busy={change.isPending} onClick={() => change.mutate({ enabled: !process.enabled })}>
            {process.enabled ? 'Switch off' : 'Switch on'}
          </Button>
        )}
      </div>
      {outcome && <Alert tone={outcome.tone}>{outcome.text}</Alert>}
      <ProblemAlert error={runNow.error} />
      {canTune && (
        <form className="qs-row" onSubmit={saveInterval}>
          <TextField label="Interval (seconds)" type="number" min={1} value={interval} onChange={(e) => setIntervalText(e.target.value)} error={fieldError(change.error, 'intervalSeconds')} />
          <Button type="submit" variant="secondary" busy={change.isPending}>
            Save interval
          </Button>
        </form>
      )}
      <ProblemAlert error={change.error} />
      <h3>Run history</h3>
      <DataTable caption={`Runs of ${process.label}`} columns={runColumns} query={runs.data ? wholeList(runs.data.items) : runs} rowKey={(r) => r.id} empty="Never run yet." />
    </Card>
  );
}

export function BackgroundProcesses() {
  const [params, setParams] = useSearchParams();
  const selected = Number(params.get('process')) || undefined;
  const query = useBackgroundProcesses();
  const columns: Column<Process>[] = [
    { header: 'Process', cell: (p) => p.label },
    { header: 'Source system', cell: (p) => p.sourceSystemId ?? '—' },
    { header: 'Schedule', cell: (p) => (p.enabled ? formatInterval(p.intervalSeconds) : 'switched off') },
    { header: 'Next run', cell: (p) => formatDateTime(p.nextRunAt) },
    { header: 'Last run', cell: (p) => <StatusPill status={p.lastRun?.outcome} /> },
    { header: 'Last run ended', cell: (p) => formatDateTime(p.lastRun?.endedAt) },
  ];
  return (
    <Fetched query={query} what="Loading background processes">
      {(data) => {
        const process = data.items.find((p) => p.id === selected);
        return (
          <div className="qs-stack">
            <DataTable
              caption="Background processes"
              columns={columns}
              query={wholeList(data.items)}
              rowKey={(p) => p.id}
              onSelect={(p) => setParams({ process: String(p.id) }, { replace: true })}
              selectedKey={selected}
              empty="No background processes are scheduled."
            />
            {process ? <ProcessCard key={process.id} process={process} /> : <p className="qs-muted">Choose a process to run it, change its schedule or see its runs.</p>}
          </div>
        );
      }}
    </Fetched>
  );
}
