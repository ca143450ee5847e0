import { useState } from 'react';
import { isProblem } from '../api/problem';
import { useUser } from '../auth/AuthProvider';
import { Alert, Button, Empty, ProblemAlert, ScanField } from '../ui';
import { MobileTitle, useStepRunner } from './MobileStep';
import { WithWarehouse } from './Warehouse';
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
        <MobileTitle title="Pick">
          <p className="qs-muted">
            Work {work.workId} · {work.referenceType} {work.referenceId}
          </p>
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
                <Alert tone="ok" title="Work done">
                  Work {work.workId} is closed: everything picked and put to {work.lines.filter((l) => l.lineType === 'Put').map((l) => l.actualLocationId ?? l.locationId).filter((v, i, a) => a.indexOf(v) === i).join(', ') || 'its location'}.
                </Alert>
                <Button onClick={start} busy={busy}>
                  Next pick
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
      <MobileTitle title="Pick">
        <p className="qs-muted">
          Warehouse {warehouseId}{' '}
          {change && (
            <Button variant="link" onClick={change}>
              change
            </Button>
          )}
        </p>
      </MobileTitle>
      <ProblemAlert error={error} />
      {none && <Empty>No pick work is open in {warehouseId} right now.</Empty>}
      <Button onClick={start} busy={busy}>
        Next pick
      </Button>
      <ScanField key="work" label="Or scan a work number" onScan={startById} busy={busy} />
    </>
  );
}

export function PickScreen() {
  return <WithWarehouse>{(warehouseId, change) => <Pick warehouseId={warehouseId} change={change} />}</WithWarehouse>;
}
