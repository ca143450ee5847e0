import { useState, type ReactNode } from 'react';
import { api, unwrap } from '../../api/client';
import { fetchWork, useWorkChanged, useWorkLineContext } from '../../api/work';
import { useTranslation } from '../../i18n';
import { Alert, Button, Card, fieldError, formatQuantity, ProblemAlert } from '../../ui';
import { useStatusName } from '../lookups';
import { sameCode, StepFacts, useStepRunner } from '../MobileStep';
import { ScanStep } from '../ScanStep';
import { sendOperation } from '../operation';
import { nextLine, type WorkLine, type WorkView } from './work';

type Stage = 'location' | 'item' | 'quantity' | 'override' | 'short';

interface Props {
  work: WorkView;
  /** Picking asks for the location, the item and the quantity; put-away only for the plate and the location. */
  mode: 'pick' | 'putAway';
  onWork: (work: WorkView) => void;
  done: ReactNode;
}

/** The scanned code names the line's item: its number, its license plate, or the item's bar code. */
async function matchesItem(line: WorkLine, scanned: string): Promise<boolean> {
  if (sameCode(scanned, line.itemNumber) || sameCode(scanned, line.licensePlateId)) return true;
  const byBarcode = await unwrap(api.GET('/api/v1/items', { params: { query: { barcode: scanned, limit: 1 } } }));
  return byBarcode.items.some((i) => i.itemNumber === line.itemNumber);
}

function parseQuantity(text: string): number | undefined {
  const n = Number(text.replace(',', '.'));
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

/**
 * Walks a taken piece of work line by line: one scan field per step, each confirmation sent through
 * the outbox. The step belongs to a line, so when the server's answer moves on to the next line the
 * screen starts that line from its first step.
 */
export function WorkRunner({ work, mode, onWork, done }: Props) {
  const [step, setStep] = useState<{ line: number; stage: Stage; toLocation?: string }>();
  const { t } = useTranslation('mobile');
  const statusName = useStatusName();
  const orderOf = useWorkLineContext(work.workId);
  const [scanError, setScanError] = useState<string>();
  const { busy, error, run } = useStepRunner();
  const workChanged = useWorkChanged();
  // Every answer is the work as it now is: shown here, and what the desk has cached of it is stale.
  const changed = (updated: WorkView) => {
    workChanged(updated);
    onWork(updated);
  };
  const current = nextLine(work);

  if (work.status === 'Closed') return <>{done}</>;
  if (!current) {
    return (
      <Alert tone="warn" title={t('work.nothingLeft')}>
        {t('work.nothingLeftText', { workId: work.workId, status: t(`status:${work.status}` as never, { defaultValue: work.status }) })}
      </Alert>
    );
  }
  const { line, carried } = current;
  const firstStage: Stage = line.lineType === 'Put' || mode === 'pick' ? 'location' : 'item';
  const stage = step?.line === line.lineNumber ? step.stage : firstStage;
  const goTo = (next: Stage, toLocation?: string) => {
    setScanError(undefined);
    setStep({ line: line.lineNumber, stage: next, ...(toLocation ? { toLocation } : {}) });
  };
  const open = line.lineType === 'Put' ? carried : line.quantity - line.handledQuantity;

  const confirm = (body: { quantity?: number; locationId?: string; reason?: string }) =>
    run(async () => {
      const updated = await sendOperation(
        t(line.lineType === 'Pick' ? 'work.opPick' : 'work.opPut', { item: line.itemNumber, workId: work.workId, line: line.lineNumber }),
        '/api/v1/work/{workId}/lines/{lineNumber}/confirm',
        { workId: work.workId, lineNumber: line.lineNumber },
        body,
      );
      // A partial pick stays on the line's quantity: the rest is picked or reported short next.
      const again = updated.lines.find((l) => l.lineNumber === line.lineNumber);
      setStep(line.lineType === 'Pick' && again?.status === 'Open' ? { line: line.lineNumber, stage: 'quantity' } : undefined);
      changed(updated);
    });

  const onLocation = (scanned: string) => {
    if (line.lineType === 'Put') {
      const quantity = carried < line.quantity - line.handledQuantity ? carried : undefined;
      if (sameCode(scanned, line.locationId)) void confirm(quantity === undefined ? {} : { quantity });
      else goTo('override', scanned);
      return;
    }
    if (!sameCode(scanned, line.locationId)) {
      setScanError(t('work.wrongLocation', { scanned, location: line.locationId }));
      return;
    }
    goTo('item');
  };

  const onItem = (scanned: string) =>
    void run(async () => {
      if (!(await matchesItem(line, scanned))) {
        setScanError(line.licensePlateId ? t('work.wrongItemOrPlate', { scanned, item: line.itemNumber, plate: line.licensePlateId }) : t('work.wrongItem', { scanned, item: line.itemNumber }));
        return;
      }
      if (mode === 'pick') goTo('quantity');
      else {
        const updated = await sendOperation(t('work.opPick', { item: line.itemNumber, workId: work.workId, line: line.lineNumber }), '/api/v1/work/{workId}/lines/{lineNumber}/confirm', { workId: work.workId, lineNumber: line.lineNumber }, {});
        setStep(undefined);
        changed(updated);
      }
    });

  const onQuantity = (text: string) => {
    const quantity = parseQuantity(text);
    if (quantity === undefined) {
      setScanError(t('quantityAboveZero'));
      return;
    }
    if (quantity > open) {
      setScanError(t('work.onlyOpen', { quantity: formatQuantity(open, line.unitSymbol) }));
      return;
    }
    void confirm({ quantity });
  };

  const onShort = (reason: string) =>
    void run(async () => {
      await sendOperation(t('work.opShort', { item: line.itemNumber, workId: work.workId, line: line.lineNumber }), '/api/v1/work/{workId}/lines/{lineNumber}/short-pick', { workId: work.workId, lineNumber: line.lineNumber }, { reason });
      setStep(undefined);
      changed(await fetchWork(work.workId));
    });

  const position = work.lines.findIndex((l) => l.lineNumber === line.lineNumber) + 1;
  const shownError = scanError ?? fieldError(error, 'quantity') ?? fieldError(error, 'locationId') ?? fieldError(error, 'reason');
  const key = `${work.workId}-${String(line.lineNumber)}-${stage}-${String(line.handledQuantity)}`;

  const isPick = line.lineType === 'Pick';
  const order = orderOf(line.lineNumber);
  return (
    <div className="qs-stack">
      <Card title={t(isPick ? 'work.linePick' : 'work.linePut', { position, total: work.lines.length })}>
        <StepFacts
          where={{ label: t(isPick ? 'work.fromLocation' : 'work.putTo'), value: line.locationId }}
          quantity={{ label: t('work.quantity'), value: open, unit: line.unitSymbol }}
          itemNumber={line.itemNumber}
          facts={[
            [t('work.order'), order ? (order.sourceSystemOrderNumber === order.orderNumber ? order.orderNumber : `${order.sourceSystemOrderNumber} (${order.orderNumber})`) : undefined],
            [mode === 'pick' ? t('work.customer') : t('work.vendor'), order?.partyName],
            [t('work.reference', { type: t(`work.referenceTypes.${work.referenceType}` as never, { defaultValue: work.referenceType }) }), work.referenceId],
            [t('licensePlate'), line.licensePlateId],
            [t('batch'), line.batchNumber],
            [t('serial'), line.serialNumber],
            [t('inventoryStatus'), statusName(line.inventoryStatusId)],
          ]}
        />
      </Card>
      {error !== undefined && !shownError && <ProblemAlert error={error} />}
      {stage === 'location' && (
        <ScanStep key={key} label={isPick ? t('work.scanLocation', { location: line.locationId }) : t('work.scanPutLocation', { location: line.locationId })} onScan={onLocation} busy={busy} error={shownError} />
      )}
      {stage === 'item' && (
        <ScanStep key={key} label={line.licensePlateId ? t('work.scanPlateOrItem', { plate: line.licensePlateId }) : t('work.scanItem', { item: line.itemNumber })} onScan={onItem} busy={busy} error={shownError} />
      )}
      {stage === 'quantity' && (
        <>
          <ScanStep key={key} label={t('work.quantityPicked', { unit: line.unitSymbol })} inputMode="decimal" initialValue={String(open)} onScan={onQuantity} busy={busy} error={shownError} submitLabel={t('work.confirmPick')} noCamera />
          <Button variant="secondary" onClick={() => goTo('short')} disabled={busy}>
            {t('work.shortPick')}
          </Button>
        </>
      )}
      {stage === 'short' && (
        <>
          <ScanStep key={key} label={t('work.shortReason')} hint={t('work.shortHint', { quantity: formatQuantity(open, line.unitSymbol) })} onScan={onShort} busy={busy} error={shownError} submitLabel={t('work.reportShort')} noCamera />
          <Button variant="secondary" onClick={() => goTo('quantity')} disabled={busy}>
            {t('work.backToQuantity')}
          </Button>
        </>
      )}
      {stage === 'override' && (
        <>
          <Alert tone="warn">{t('work.notSuggested', { scanned: step?.toLocation ?? '', location: line.locationId })}</Alert>
          <ScanStep
            key={key}
            label={t('work.overrideReason', { location: step?.toLocation ?? '' })}
            onScan={(reason) => void confirm({ locationId: step?.toLocation ?? '', reason, ...(carried < line.quantity - line.handledQuantity ? { quantity: carried } : {}) })}
            busy={busy}
            error={shownError}
            submitLabel={t('work.putHere')}
            noCamera
          />
          <Button variant="secondary" onClick={() => goTo('location')} disabled={busy}>
            {t('work.backToSuggested')}
          </Button>
        </>
      )}
    </div>
  );
}
