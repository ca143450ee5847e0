import { useState, type FormEvent } from 'react';
import { useOnHandReportSchedule, useSaveOnHandReportSchedule, type ReportSchedule } from '../../api/reconciliation';
import { useMay } from '../../auth/roles';
import { Alert, Button, Card, Fetched, formatDateTime, KeyValues, ProblemAlert, TextField } from '../../ui';
import { levelLabel, type DimensionLevel } from './dimension-levels';
import { DimensionLevelsField } from './DimensionLevelsField';

/** The on-hand report as a recurring background process: each run reports the previous day. */
export function Schedule({ sourceSystemId }: { sourceSystemId: string }) {
  const mayChange = useMay('integration_operator');
  const schedule = useOnHandReportSchedule(sourceSystemId);
  return (
    <div className="qs-stack">
      <Fetched query={schedule} what="Loading the schedule">
        {(current) => (
          <>
            {current ? (
              <Card title="Recurring on-hand report">
                <KeyValues
                  entries={[
                    ['Enabled', current.enabled ? 'Yes' : 'No'],
                    ['Every', `${String(Math.round(current.intervalSeconds / 360) / 10)} hours`],
                    ['Levels', ['Item', ...current.dimensions.map(levelLabel)].join(', ')],
                    ['Quantities', current.includeRegisteredAndPicked ? 'Physical (with registered and picked)' : 'What documents reported'],
                    ['Next run', formatDateTime(current.nextRunAt)],
                    ['Background process', String(current.backgroundProcessId)],
                  ]}
                />
              </Card>
            ) : (
              <Alert tone="warn" title="No recurring on-hand report">
                Reports are made only when someone creates one.
              </Alert>
            )}
            {/* The form starts from what is saved, once per source system. */}
            {mayChange && <ScheduleForm key={sourceSystemId} sourceSystemId={sourceSystemId} current={current} />}
          </>
        )}
      </Fetched>
    </div>
  );
}

function ScheduleForm({ sourceSystemId, current }: { sourceSystemId: string; current: ReportSchedule | null }) {
  const [dimensions, setDimensions] = useState<DimensionLevel[]>((current?.dimensions as DimensionLevel[] | undefined) ?? ['warehouse']);
  const [include, setInclude] = useState(current?.includeRegisteredAndPicked ?? false);
  const [hours, setHours] = useState(current ? String(current.intervalSeconds / 3600) : '24');
  const save = useSaveOnHandReportSchedule(sourceSystemId);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({ dimensions, includeRegisteredAndPicked: include, intervalSeconds: Math.round(Number(hours) * 3600) });
  };
  return (
    <Card title="Schedule the report">
      <form className="qs-stack" onSubmit={submit} aria-label="Schedule the on-hand report">
        <DimensionLevelsField value={dimensions} onChange={setDimensions} />
        <label>
          <input type="checkbox" checked={include} onChange={(e) => setInclude(e.target.checked)} /> Include registered and picked quantities
        </label>
        <TextField label="Every (hours)" type="number" min="1" step="any" value={hours} onChange={(e) => setHours(e.target.value)} />
        <ProblemAlert error={save.error} />
        {save.isSuccess && (
          <Alert tone="ok" title="Scheduled">
            Each run reports the previous day.
          </Alert>
        )}
        <div>
          <Button type="submit" busy={save.isPending}>
            Save schedule
          </Button>
        </div>
      </form>
    </Card>
  );
}
