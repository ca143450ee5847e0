import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client';
import { useMay } from '../../auth/roles';
import { Alert, Button, Card, Fetched, formatDateTime, KeyValues, ProblemAlert, StatusPill, TextField } from '../../ui';
import { levelLabel, type DimensionLevel } from './dimension-levels';
import { DimensionLevelsField } from './DimensionLevelsField';

const PROCESS_TYPE = 'createSourceSystemOnHandReport';

/** The on-hand report as a recurring background process: each run reports the previous day. */
export function Schedule({ sourceSystemId }: { sourceSystemId: string }) {
  const mayChange = useMay('integration_operator');
  const queryClient = useQueryClient();
  const processes = useQuery({
    queryKey: ['background-processes', sourceSystemId],
    queryFn: () => unwrap(api.GET('/api/v1/background-processes', { params: { query: { sourceSystemId } } })),
  });
  const [dimensions, setDimensions] = useState<DimensionLevel[]>(['warehouse']);
  const [include, setInclude] = useState(false);
  const [hours, setHours] = useState('24');
  const schedule = useMutation({
    mutationFn: () =>
      unwrap(
        api.PUT('/api/v1/source-systems/{sourceSystemId}/on-hand-report-schedule', {
          params: { path: { sourceSystemId } },
          body: { dimensions, includeRegisteredAndPicked: include, intervalSeconds: Math.round(Number(hours) * 3600) },
        }),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['background-processes'] }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    schedule.mutate();
  };
  return (
    <div className="qs-stack">
      <Fetched query={processes} what="Loading the schedule">
        {(page) => {
          const process = page.items.find((p) => p.processType === PROCESS_TYPE);
          if (!process) return <Alert tone="warn" title="No recurring on-hand report">Reports are made only when someone creates one.</Alert>;
          const params = process.parameters as { dimensions?: string[]; includeRegisteredAndPicked?: boolean };
          return (
            <Card title="Recurring on-hand report">
              <KeyValues
                entries={[
                  ['Enabled', process.enabled ? 'Yes' : 'No'],
                  ['Every', `${String(Math.round(process.intervalSeconds / 360) / 10)} hours`],
                  ['Levels', params.dimensions ? ['Item', ...params.dimensions.map(levelLabel)].join(', ') : '—'],
                  ['Quantities', params.includeRegisteredAndPicked ? 'Physical (with registered and picked)' : 'What documents reported'],
                  ['Next run', formatDateTime(process.nextRunAt)],
                  ['Last run', process.lastRun ? <span key="l">{formatDateTime(process.lastRun.endedAt ?? process.lastRun.startedAt)} <StatusPill status={process.lastRun.outcome} /> {process.lastRun.error ?? ''}</span> : 'never'],
                ]}
              />
            </Card>
          );
        }}
      </Fetched>
      {mayChange && (
        <Card title="Schedule the report">
          <form className="qs-stack" onSubmit={submit} aria-label="Schedule the on-hand report">
            <DimensionLevelsField value={dimensions} onChange={setDimensions} />
            <label>
              <input type="checkbox" checked={include} onChange={(e) => setInclude(e.target.checked)} /> Include registered and picked quantities
            </label>
            <TextField label="Every (hours)" type="number" min="1" step="any" value={hours} onChange={(e) => setHours(e.target.value)} />
            <ProblemAlert error={schedule.error} />
            {schedule.isSuccess && <Alert tone="ok" title="Scheduled">Each run reports the previous day.</Alert>}
            <div>
              <Button type="submit" busy={schedule.isPending}>
                Save schedule
              </Button>
            </div>
          </form>
        </Card>
      )}
    </div>
  );
}
