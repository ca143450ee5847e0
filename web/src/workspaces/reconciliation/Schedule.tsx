import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n';
import { useOnHandReportSchedule, useSaveOnHandReportSchedule, type ReportSchedule } from '../../api/reconciliation';
import { useMay } from '../../auth/roles';
import { Alert, Button, Card, Fetched, formatDateTime, KeyValues, ProblemAlert, TextField } from '../../ui';
import { levelLabel, type DimensionLevel } from './dimension-levels';
import { DimensionLevelsField } from './DimensionLevelsField';

/** The on-hand report as a recurring background process: each run reports the previous day. */
export function Schedule({ sourceSystemId }: { sourceSystemId: string }) {
  const { t } = useTranslation('reconciliation');
  const mayChange = useMay('integration_operator');
  const schedule = useOnHandReportSchedule(sourceSystemId);
  return (
    <div className="qs-stack">
      <Fetched query={schedule} what={t('schedule.loading')}>
        {(current) => (
          <>
            {current ? (
              <Card title={t('schedule.title')}>
                <KeyValues
                  entries={[
                    [t('schedule.enabled'), current.enabled ? t('schedule.yes') : t('schedule.no')],
                    [t('schedule.every'), t('schedule.hours', { count: Math.round(current.intervalSeconds / 360) / 10 })],
                    [t('schedule.levels'), [t('reports.item'), ...current.dimensions.map(levelLabel)].join(', ')],
                    [t('schedule.quantities'), current.includeRegisteredAndPicked ? t('reports.physical') : t('reports.documents')],
                    [t('schedule.nextRun'), formatDateTime(current.nextRunAt)],
                    [t('schedule.process'), String(current.backgroundProcessId)],
                  ]}
                />
              </Card>
            ) : (
              <Alert tone="warn" title={t('schedule.none')}>
                {t('schedule.noneText')}
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
  const { t } = useTranslation('reconciliation');
  const [dimensions, setDimensions] = useState<DimensionLevel[]>((current?.dimensions as DimensionLevel[] | undefined) ?? ['warehouse']);
  const [include, setInclude] = useState(current?.includeRegisteredAndPicked ?? false);
  const [hours, setHours] = useState(current ? String(current.intervalSeconds / 3600) : '24');
  const save = useSaveOnHandReportSchedule(sourceSystemId);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({ dimensions, includeRegisteredAndPicked: include, intervalSeconds: Math.round(Number(hours) * 3600) });
  };
  return (
    <Card title={t('schedule.formTitle')}>
      <form className="qs-stack" onSubmit={submit} aria-label={t('schedule.formLabel')}>
        <DimensionLevelsField value={dimensions} onChange={setDimensions} />
        <label>
          <input type="checkbox" checked={include} onChange={(e) => setInclude(e.target.checked)} /> {t('schedule.include')}
        </label>
        <TextField label={t('schedule.everyHours')} type="number" min="1" step="any" value={hours} onChange={(e) => setHours(e.target.value)} />
        <ProblemAlert error={save.error} />
        {save.isSuccess && (
          <Alert tone="ok" title={t('schedule.saved')}>
            {t('schedule.savedText')}
          </Alert>
        )}
        <div>
          <Button type="submit" busy={save.isPending}>
            {t('schedule.save')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
