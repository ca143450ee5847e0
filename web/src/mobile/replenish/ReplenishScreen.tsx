import { useState } from 'react';
import { isProblem } from '../../api/problem';
import { fetchWork, myWork, openWork, type WorkView } from '../../api/work';
import { useUser } from '../../auth/AuthProvider';
import { useTranslation } from '../../i18n';
import { Alert, Button, Empty, ProblemAlert, ScanField } from '../../ui';
import { MobileTitle, useStepRunner } from '../MobileStep';
import { WithWarehouse } from '../Warehouse';
import { WorkRunner } from '../work/WorkRunner';
import { takeWork } from '../work/work';

/** The pick faces a piece of replenishment work fills (its put locations). */
const facesOf = (work: WorkView) => [...new Set(work.lines.filter((l) => l.lineType === 'Put').map((l) => l.actualLocationId ?? l.locationId))].join(', ');

/** Replenishment in the worker's hands first, otherwise the oldest open replenishment work of the warehouse. */
async function nextReplenishment(warehouseId: string, username: string): Promise<WorkView | undefined> {
  const mine = await myWork('Replenishment', warehouseId, username);
  if (mine[0]) return fetchWork(mine[0].workId);
  for (const candidate of await openWork('Replenishment', warehouseId, 20)) {
    try {
      return await takeWork(candidate, username);
    } catch (error) {
      if (isProblem(error) && (error.status === 409 || error.status === 422)) continue;
      throw error;
    }
  }
  return undefined;
}

function Replenish({ warehouseId, change }: { warehouseId: string; change: (() => void) | undefined }) {
  const { t } = useTranslation('replenishment');
  const user = useUser();
  const [work, setWork] = useState<WorkView>();
  const [none, setNone] = useState(false);
  const { busy, error, run } = useStepRunner();

  const start = () =>
    void run(async () => {
      const next = await nextReplenishment(warehouseId, user.username);
      setNone(!next);
      setWork(next);
    });
  const startById = (workId: string) =>
    void run(async () => {
      setNone(false);
      setWork(await takeWork(await fetchWork(workId), user.username));
    });

  if (work) {
    return (
      <>
        <MobileTitle title={t('mobile.title')}>
          <p className="qs-muted">{t('mobile.workFor', { workId: work.workId, locations: facesOf(work) })}</p>
        </MobileTitle>
        <WorkRunner
          work={work}
          mode="pick"
          onWork={setWork}
          done={
            <div className="qs-stack">
              <Alert tone="ok" title={t('mobile.doneTitle')}>
                {t('mobile.done', { workId: work.workId, locations: facesOf(work) })}
              </Alert>
              <Button onClick={start} busy={busy}>
                {t('mobile.next')}
              </Button>
            </div>
          }
        />
      </>
    );
  }
  return (
    <>
      <MobileTitle title={t('mobile.title')}>
        <p className="qs-muted">
          {t('mobile.warehouse', { warehouseId })}{' '}
          {change && (
            <Button variant="link" onClick={change}>
              {t('mobile.change')}
            </Button>
          )}
        </p>
      </MobileTitle>
      <ProblemAlert error={error} />
      {none && <Empty>{t('mobile.none', { warehouseId })}</Empty>}
      <Button onClick={start} busy={busy}>
        {t('mobile.next')}
      </Button>
      <ScanField key="work" label={t('mobile.scanWork')} onScan={startById} busy={busy} />
    </>
  );
}

/** Replenishment work on the handheld: storage to the pick face, scan by scan, as picking is. */
export function ReplenishScreen() {
  return <WithWarehouse>{(warehouseId, change) => <Replenish warehouseId={warehouseId} change={change} />}</WithWarehouse>;
}
