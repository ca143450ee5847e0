import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useBackgroundProcesses, useChangeProcess, useProcessRuns, useRunProcess } from '../../api/background-processes';
import type { ResponseOf } from '../../api/types';
import { useTranslation } from '../../i18n';
import { Alert, Button, Card, DataTable, Fetched, fieldError, formatDateTime, KeyValues, ProblemAlert, StatusPill, TextField, type Column, wholeList } from '../../ui';
import { formatInterval } from './age';
import { useCanTuneProcesses } from './can-act';

type Process = ResponseOf<'/api/v1/background-processes', 'get'>['items'][number];
type Run = ResponseOf<'/api/v1/background-processes/{id}/runs', 'get'>['items'][number];


type T = ReturnType<typeof useTranslation<'integration'>>['t'];

function describeRun(t: T, run: Run | null, skipped: boolean): { tone: 'ok' | 'warn' | 'bad'; text: string } {
  if (skipped || !run) return { tone: 'warn', text: t('processes.skipped') };
  if (run.outcome === 'failed') return { tone: 'bad', text: t('processes.runFailed', { error: run.error ?? t('processes.noReason') }) };
  return { tone: 'ok', text: t('processes.runDone', { outcome: run.outcome, count: run.itemsProcessed }) };
}

function ProcessCard({ process }: { process: Process }) {
  const { t } = useTranslation('integration');
  const runColumns: Column<Run>[] = [
    { header: t('processes.run'), cell: (r) => r.id, numeric: true },
    { header: t('processes.trigger'), cell: (r) => r.trigger },
    { header: t('processes.started'), cell: (r) => formatDateTime(r.startedAt) },
    { header: t('processes.ended'), cell: (r) => formatDateTime(r.endedAt) },
    { header: t('processes.outcome'), cell: (r) => <StatusPill status={r.outcome} /> },
    { header: t('processes.items'), cell: (r) => r.itemsProcessed, numeric: true },
    { header: t('processes.error'), cell: (r) => r.error ?? '—', long: true },
  ];
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
  const outcome = runNow.data ? describeRun(t, runNow.data.run, runNow.data.skipped) : undefined;
  return (
    <Card title={process.label}>
      <KeyValues
        entries={[
          [t('processes.processType'), process.processType],
          [t('processes.scope'), process.sourceSystemId && process.scope !== process.sourceSystemId ? `${process.scope} (${process.sourceSystemId})` : process.scope],
          [t('processes.schedule'), process.enabled ? formatInterval(process.intervalSeconds) : t('processes.switchedOff')],
          [t('processes.nextRun'), formatDateTime(process.nextRunAt)],
          [t('processes.runningNow'), process.running ? t('processes.yes') : t('processes.no')],
          [t('processes.lastRun'), <StatusPill key="o" status={process.lastRun?.outcome} />],
        ]}
      />
      <div className="qs-row">
        {canRun && (
          <Button busy={runNow.isPending} onClick={() => runNow.mutate()}>
            {t('processes.runNow')}
          </Button>
        )}
        {canTune && (
          <Button variant="secondary" busy={change.isPending} onClick={() => change.mutate({ enabled: !process.enabled })}>
            {process.enabled ? t('processes.switchOff') : t('processes.switchOn')}
          </Button>
        )}
      </div>
      {outcome && <Alert tone={outcome.tone}>{outcome.text}</Alert>}
      <ProblemAlert error={runNow.error} />
      {canTune && (
        <form className="qs-row" onSubmit={saveInterval}>
          <TextField label={t('processes.interval')} type="number" min={1} value={interval} onChange={(e) => setIntervalText(e.target.value)} error={fieldError(change.error, 'intervalSeconds')} />
          <Button type="submit" variant="secondary" busy={change.isPending}>
            {t('processes.saveInterval')}
          </Button>
        </form>
      )}
      <ProblemAlert error={change.error} />
      <h3>{t('processes.history')}</h3>
      <DataTable caption={t('processes.runsOf', { label: process.label })} columns={runColumns} query={runs.data ? wholeList(runs.data.items) : runs} rowKey={(r) => r.id} empty={t('processes.neverRun')} />
    </Card>
  );
}

export function BackgroundProcesses() {
  const { t } = useTranslation('integration');
  const [params, setParams] = useSearchParams();
  const selected = Number(params.get('process')) || undefined;
  const query = useBackgroundProcesses();
  const columns: Column<Process>[] = [
    { header: t('processes.process'), cell: (p) => p.label },
    { header: t('fields.sourceSystem'), cell: (p) => p.sourceSystemId ?? '—' },
    { header: t('processes.schedule'), cell: (p) => (p.enabled ? formatInterval(p.intervalSeconds) : t('processes.switchedOff')) },
    { header: t('processes.nextRun'), cell: (p) => formatDateTime(p.nextRunAt) },
    { header: t('processes.lastRun'), cell: (p) => <StatusPill status={p.lastRun?.outcome} /> },
    { header: t('processes.lastRunEnded'), cell: (p) => formatDateTime(p.lastRun?.endedAt) },
  ];
  return (
    <Fetched query={query} what={t('processes.loading')}>
      {(data) => {
        const process = data.items.find((p) => p.id === selected);
        return (
          <div className="qs-stack">
            <DataTable
              caption={t('processes.caption')}
              columns={columns}
              query={wholeList(data.items)}
              rowKey={(p) => p.id}
              onSelect={(p) => setParams({ process: String(p.id) }, { replace: true })}
              selectedKey={selected}
              empty={t('processes.empty')}
            />
            {process ? <ProcessCard key={process.id} process={process} /> : <p className="qs-muted">{t('processes.choose')}</p>}
          </div>
        );
      }}
    </Fetched>
  );
}
