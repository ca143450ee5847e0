import { useState } from 'react';
import { api, unwrap } from '../api/client';
import { fetchCycleCountWork as loadCounting, useCycleCountChanged, useCycleCountWorkList, type CountWork } from '../api/cycle-counting';
import { useInventoryUnits } from '../api/item-units';
import { useMay } from '../auth/roles';
import { useTranslation } from '../i18n';
import { Alert, Button, Card, Empty, Fetched, fieldError, formatQuantity, ProblemAlert, StatusPill } from '../ui';
import { useStatusName } from './lookups';
import { MobileTitle, sameCode, StepFacts, useStepRunner } from './MobileStep';
import { ScanStep } from './ScanStep';
import { sendOperation } from './operation';
import { WarehouseLine, WithWarehouse } from './Warehouse';

/**
 * One quantity per line, blind (the expected quantity is not shown); the last one sends the count. Where
 * the line's stock is on a license plate, the worker scans the plate being counted first.
 */
function CountLines({ work, onCounted }: { work: CountWork; onCounted: (work: CountWork) => void }) {
  const { t } = useTranslation('mobile');
  const statusName = useStatusName();
  const [plateChecked, setPlateChecked] = useState<number>();
  // Count work lines carry no unit.
  const unitOf = useInventoryUnits(work.lines.map((l) => l.itemNumber));
  const [counts, setCounts] = useState<number[]>([]);
  const [scanError, setScanError] = useState<string>();
  const { busy, error, run } = useStepRunner();
  const line = work.lines[counts.length];

  const send = (all: number[]) =>
    void run(async () => {
      const counted = await sendOperation(t('count.opCount', { location: work.locationId, workId: work.workId }), '/api/v1/cycle-count-work/{workId}/counts', { workId: work.workId }, {
        counts: work.lines.map((l, i) => ({ lineNumber: l.lineNumber, countedQuantity: all[i] ?? 0 })),
      });
      onCounted(counted);
    });
  const onQuantity = (text: string) => {
    const n = Number(text.replace(',', '.'));
    if (!Number.isFinite(n) || n < 0) return setScanError(t('count.enterQuantity'));
    setScanError(undefined);
    const next = [...counts, n];
    setCounts(next);
    if (next.length === work.lines.length) send(next);
  };

  const onPlate = (scanned: string) => {
    if (!line) return;
    if (!sameCode(scanned, line.licensePlateId)) return setScanError(t('count.wrongPlate', { scanned, plate: line.licensePlateId ?? '' }));
    setScanError(undefined);
    setPlateChecked(line.lineNumber);
  };
  const askPlate = !!line?.licensePlateId && plateChecked !== line.lineNumber;

  if (work.lines.length === 0) return <Empty>{t('count.noLines', { location: work.locationId })}</Empty>;
  return (
    <div className="qs-stack">
      <ProblemAlert error={error} />
      {line ? (
        <>
          <Card title={t('count.line', { position: counts.length + 1, total: work.lines.length, item: line.itemNumber })}>
            <StepFacts
              where={{ label: line.licensePlateId ? t('count.plateAt', { location: work.locationId }) : t('location'), value: line.licensePlateId ?? work.locationId }}
              itemNumber={line.itemNumber}
              facts={[
                [t('batch'), line.batchNumber],
                [t('inventoryStatus'), statusName(line.inventoryStatusId)],
                [t('owner'), line.ownerId],
              ]}
            />
          </Card>
          {askPlate ? (
            <ScanStep key={`plate-${String(line.lineNumber)}`} label={t('count.scanPlate', { plate: line.licensePlateId ?? '' })} onScan={onPlate} error={scanError} />
          ) : (
            <ScanStep key={`count-${String(line.lineNumber)}`} label={t('count.countedQuantity', { item: line.itemNumber, unit: unitOf(line.itemNumber) ?? '' })} inputMode="decimal" onScan={onQuantity} busy={busy} error={scanError ?? fieldError(error, 'countedQuantity')} noCamera />
          )}
        </>
      ) : (
        <>
          <Alert tone={error ? 'bad' : 'ok'}>{busy ? t('count.sending') : t('count.allCounted')}</Alert>
          {error !== undefined && (
            <Button onClick={() => send(counts)} busy={busy}>
              {t('count.sendAgain')}
            </Button>
          )}
        </>
      )}
      {counts.length > 0 && !busy && (
        <Button variant="secondary" onClick={() => setCounts(counts.slice(0, -1))}>
          {t('count.backOne')}
        </Button>
      )}
    </div>
  );
}

function Count({ warehouseId }: { warehouseId: string }) {
  const { t } = useTranslation('mobile');
  // The access list of POST /api/v1/cycle-count-work.
  const mayCreate = useMay('warehouse_manager', 'planner', 'warehouse_worker');
  const counted = useCycleCountChanged();
  const [counting, setCounting] = useState<CountWork>();
  const [result, setResult] = useState<CountWork>();
  const [missing, setMissing] = useState<string>();
  const { busy, error, run } = useStepRunner();
  const open = useCycleCountWorkList({ warehouseId, status: 'Open', limit: 20 }, !counting);

  const start = (workId: string) =>
    void run(async () => {
      setResult(undefined);
      setMissing(undefined);
      setCounting(await loadCounting(workId));
    });
  const onLocation = (scanned: string) =>
    void run(async () => {
      setResult(undefined);
      const page = await unwrap(api.GET('/api/v1/cycle-count-work', { params: { query: { warehouseId, locationId: scanned, status: 'Open', limit: 1 } } }));
      const found = page.items[0] ?? open.data?.items.find((w) => sameCode(w.locationId, scanned) || sameCode(w.workId, scanned));
      if (found) {
        setMissing(undefined);
        setCounting(await loadCounting(found.workId));
      } else setMissing(scanned);
    });
  const spotCount = (locationId: string) =>
    void run(async () => {
      const created = await unwrap(api.POST('/api/v1/cycle-count-work', { body: { warehouseId, locationIds: [locationId] } }));
      const work = created.items[0];
      if (!work) throw new Error(t('count.notCreated', { location: locationId }));
      setMissing(undefined);
      setCounting(await loadCounting(work.workId));
    });

  if (counting) {
    return (
      <>
        <MobileTitle title={t('count.countLocation', { location: counting.locationId })}>
          <p className="qs-muted">{t('count.work', { workId: counting.workId })}</p>
        </MobileTitle>
        <CountLines
          key={counting.workId}
          work={counting}
          onCounted={(work) => {
            setResult(work);
            setCounting(undefined);
            counted(work);
          }}
        />
        <Button variant="secondary" onClick={() => setCounting(undefined)}>
          {t('count.stop')}
        </Button>
      </>
    );
  }

  return (
    <>
      <MobileTitle title={t('count.title')}>
        <WarehouseLine warehouseId={warehouseId} />
      </MobileTitle>
      {result && (
        <Alert tone={result.status === 'PendingReview' ? 'warn' : 'ok'} title={t('count.counted', { location: result.locationId })}>
          <StatusPill status={result.status} /> {result.outcome ?? ''} {result.status === 'PendingReview' ? t('count.beyondTolerance') : ''}
          {result.lines.some((l) => l.adjustmentQuantity) && (
            <ul>
              {result.lines
                .filter((l) => l.adjustmentQuantity)
                .map((l) => (
                  <li key={l.lineNumber}>
                    {t('count.adjusted', { item: l.itemNumber, quantity: formatQuantity(l.adjustmentQuantity) })}
                  </li>
                ))}
            </ul>
          )}
        </Alert>
      )}
      <ProblemAlert error={error} />
      <ScanStep key="location" label={t('count.scanLocation')} onScan={onLocation} busy={busy} />
      {missing &&
        (mayCreate ? (
          <Button onClick={() => spotCount(missing)} busy={busy}>
            {t('count.spotCount', { location: missing })}
          </Button>
        ) : (
          <Alert tone="warn">{t('count.noWorkFor', { location: missing })}</Alert>
        ))}
      <Fetched query={open} what={t('count.loading')}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty>{t('count.none', { warehouseId })}</Empty>
          ) : (
            <section className="qs-stack" aria-label={t('count.open')}>
              <h3>{t('count.open')}</h3>
              {page.items.map((w) => (
                <Button key={w.workId} variant="secondary" onClick={() => start(w.workId)} disabled={busy}>
                  {w.locationId}
                  {w.itemNumber ? ` · ${w.itemNumber}` : ''} · {w.workId}
                </Button>
              ))}
            </section>
          )
        }
      </Fetched>
    </>
  );
}

export function CountScreen() {
  return <WithWarehouse>{(warehouseId) => <Count warehouseId={warehouseId} />}</WithWarehouse>;
}
