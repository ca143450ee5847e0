import { useState } from 'react';
import { isProblem } from '../api/problem';
import { useUser } from '../auth/AuthProvider';
import { useTranslation } from '../i18n';
import { Alert, Button, Empty, ProblemAlert } from '../ui';
import { ScanStep } from './ScanStep';
import { MobileTitle, useStepRunner } from './MobileStep';
import { WarehouseLine, WithWarehouse } from './Warehouse';
import { WorkRunner } from './work/WorkRunner';
import { fetchWork, myWork, openWork, type WorkView } from '../api/work';
import { nextLine, takeWork } from './work/work';
import { GroupedPut, RemainingPicks } from './replenish/GroupedPick';

/**
 * The next pick for this worker: work already in their hands first, otherwise the oldest open pick
 * work of the warehouse. Someone else may take it a moment earlier; then the next one is tried.
 */
async function nextPick(warehouseId: string, username: string): Promise<WorkView | undefined> {
  const mine = await myWork('Pick', warehouseId, username);
  if (mine[0]) return fetchWork(mine[0].workId);
  for (const candidate of await openWork('Pick', warehouseId, 20)) {
    try {
      return await takeWork(candidate, username);
    } catch (error) {
      if (isProblem(error) && (error.status === 409 || error.status === 422)) continue;
      throw error;
    }
  }
  return undefined;
}

function Pick({ warehouseId, change }: { warehouseId: string; change: (() => void) | undefined }) {
  const { t } = useTranslation('mobile');
  const user = useUser();
  const [work, setWork] = useState<WorkView>();
  const [none, setNone] = useState(false);
  const { busy, error, run } = useStepRunner();

  const start = () =>
    void run(async () => {
      const next = await nextPick(warehouseId, user.username);
      setNone(!next);
      setWork(next);
    });

  const startById = (workId: string) =>
    void run(async () => {
      const found = await fetchWork(workId);
      setNone(false);
      setWork(await takeWork(found, user.username));
    });

  if (work) {
    // Pick-pick-put: the picks left are listed, and once they are done one scan puts everything.
    const groupedPut = work.groupPuts && work.status !== 'Closed' && nextLine(work)?.line.lineType === 'Put';
    return (
      <>
        <MobileTitle title={t('pick.title')}>
          <p className="qs-muted">{t('pick.workLine', { workId: work.workId, reference: work.referenceId })}</p>
        </MobileTitle>
        {work.groupPuts && <RemainingPicks work={work} />}
        {groupedPut ? (
          <GroupedPut work={work} onWork={setWork} />
        ) : (
          <WorkRunner
            work={work}
            mode="pick"
            onWork={setWork}
            done={
              <div className="qs-stack">
                <Alert tone="ok" title={t('pick.done')}>
                  {t('pick.doneText', {
                    workId: work.workId,
                    locations:
                      work.lines
                        .filter((l) => l.lineType === 'Put')
                        .map((l) => l.actualLocationId ?? l.locationId)
                        .filter((v, i, a) => a.indexOf(v) === i)
                        .join(', ') || t('pick.itsLocation'),
                  })}
                </Alert>
                <Button onClick={start} busy={busy}>
                  {t('pick.next')}
                </Button>
              </div>
            }
          />
        )}
      </>
    );
  }

  return (
    <>
      <MobileTitle title={t('pick.title')}>
        <WarehouseLine warehouseId={warehouseId} change={change} />
      </MobileTitle>
      <ProblemAlert error={error} />
      {none && <Empty>{t('pick.none', { warehouseId })}</Empty>}
      <Button onClick={start} busy={busy}>
        {t('pick.next')}
      </Button>
      <ScanStep key="work" label={t('pick.scanWork')} onScan={startById} busy={busy} />
    </>
  );
}

export function PickScreen() {
  return <WithWarehouse>{(warehouseId, change) => <Pick warehouseId={warehouseId} change={change} />}</WithWarehouse>;
}
