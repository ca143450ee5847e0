import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useUser } from '../auth/AuthProvider';
import { useTranslation } from '../i18n';
import { Alert, Button, Card, Empty, Fetched, formatQuantity, KeyValues, ProblemAlert } from '../ui';
import { ScanStep } from './ScanStep';
import { MobileTitle, sameCode, useStepRunner } from './MobileStep';
import { sendOperation } from './operation';
import { WarehouseLine, WithWarehouse } from './Warehouse';
import { WorkRunner } from './work/WorkRunner';
import { fetchWork, myWork, openWork, useWorkChanged, useWorkQueue, type WorkView } from '../api/work';
import { takeWork } from './work/work';

/** The put-away work carrying a license plate (or with that work number), mine first. */
async function findPutAway(warehouseId: string, username: string, scanned: string): Promise<WorkView | undefined> {
  const candidates = [...(await myWork('PutAway', warehouseId, username)), ...(await openWork('PutAway', warehouseId, 100))];
  const byId = candidates.find((w) => sameCode(w.workId, scanned));
  if (byId) return fetchWork(byId.workId);
  const details = await Promise.all(candidates.map((w) => fetchWork(w.workId)));
  return details.find((w) => w.lines.some((l) => l.status === 'Open' && sameCode(l.licensePlateId, scanned)));
}

function PutAway({ warehouseId, change }: { warehouseId: string; change: (() => void) | undefined }) {
  const { t } = useTranslation('mobile');
  const user = useUser();
  const workChanged = useWorkChanged();
  const [params, setParams] = useSearchParams();
  const justReceived = params.get('work');
  const [work, setWork] = useState<WorkView>();
  const [scanError, setScanError] = useState<string>();
  const { busy, error, run } = useStepRunner();
  const lists = useWorkQueue('PutAway', warehouseId, user.username, 10, !work);

  const start = (found: WorkView, pickedUp: string | undefined) =>
    run(async () => {
      if (params.has('work')) setParams({}, { replace: true });
      let taken = await takeWork(found, user.username);
      setWork(taken);
      // Scanning the plate is picking it up: the pick lines of the plate are confirmed at once.
      if (!pickedUp) return;
      for (const line of taken.lines) {
        if (line.lineType !== 'Pick' || line.status !== 'Open') continue;
        taken = await sendOperation(t('putAway.opPickUp', { plate: pickedUp, workId: taken.workId, line: line.lineNumber }), '/api/v1/work/{workId}/lines/{lineNumber}/confirm', { workId: taken.workId, lineNumber: line.lineNumber }, {});
        setWork(taken);
      }
    });

  const onScan = (scanned: string) =>
    void run(async () => {
      setScanError(undefined);
      const found = await findPutAway(warehouseId, user.username, scanned);
      if (!found) {
        setScanError(t('putAway.noWork', { scanned, warehouseId }));
        return;
      }
      await start(found, sameCode(found.workId, scanned) ? undefined : scanned);
    });

  const choose = (workId: string) => void run(async () => start(await fetchWork(workId), undefined));

  if (work) {
    const put = work.lines.filter((l) => l.lineType === 'Put');
    return (
      <>
        <MobileTitle title={t('putAway.title')}>
          <p className="qs-muted">{work.lines[0]?.licensePlateId ? t('putAway.workPlate', { workId: work.workId, plate: work.lines[0].licensePlateId }) : t('putAway.work', { workId: work.workId })}</p>
        </MobileTitle>
        <ProblemAlert error={error} />
        <WorkRunner
          work={work}
          mode="putAway"
          onWork={setWork}
          done={
            <div className="qs-stack">
              <Alert tone="ok" title={t('putAway.title')}>
                {t('putAway.closed', { workId: work.workId })}
              </Alert>
              <Card title={t('putAway.whereItWent')}>
                <KeyValues entries={put.map((l, i) => [`${String(i + 1)}. ${l.itemNumber}${l.licensePlateId ? ` (${l.licensePlateId})` : ''}`, t('quantityAt', { quantity: formatQuantity(l.handledQuantity, l.unitSymbol), location: l.actualLocationId ?? l.locationId })])} />
              </Card>
              <Button
                onClick={() => {
                  workChanged(work);
                  setWork(undefined);
                }}
              >
                {t('putAway.next')}
              </Button>
            </div>
          }
        />
      </>
    );
  }

  return (
    <>
      <MobileTitle title={t('putAway.title')}>
        <WarehouseLine warehouseId={warehouseId} change={change} />
      </MobileTitle>
      <ProblemAlert error={error} />
      <ScanStep key="plate" label={t('putAway.scan')} onScan={onScan} busy={busy} error={scanError} />
      {justReceived && (
        <Button variant="secondary" onClick={() => choose(justReceived)} disabled={busy}>
          {t('putAway.justReceived', { workId: justReceived })}
        </Button>
      )}
      <Fetched query={lists} what={t('putAway.loading')}>
        {({ mine, open }) =>
          mine.length + open.length === 0 ? (
            <Empty>{t('putAway.none', { warehouseId })}</Empty>
          ) : (
            <section className="qs-stack" aria-label={t('putAway.list')}>
              <h3>{t('putAway.list')}</h3>
              {[...mine, ...open].map((w) => (
                <Button key={w.workId} variant="secondary" onClick={() => choose(w.workId)} disabled={busy}>
                  {w.workId} · {w.status === 'InProcess' ? t('putAway.mine') : t('putAway.open')} · {w.referenceId}
                </Button>
              ))}
            </section>
          )
        }
      </Fetched>
    </>
  );
}

export function PutAwayScreen() {
  return <WithWarehouse>{(warehouseId, change) => <PutAway warehouseId={warehouseId} change={change} />}</WithWarehouse>;
}
