import { useState, type ReactNode } from 'react';
import { api, unwrap } from '../../api/client';
import { fetchWork, useWorkChanged } from '../../api/work';
import { Alert, Button, Card, fieldError, formatQuantity, KeyValues, ProblemAlert, ScanField } from '../../ui';
import { sameCode, useStepRunner } from '../MobileStep';
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
      <Alert tone="warn" title="Nothing left to confirm">
        Work {work.workId} is {work.status} but has no line that can be confirmed now.
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
        `${line.lineType === 'Pick' ? 'Pick' : 'Put'} ${line.itemNumber} (work ${work.workId}, line ${String(line.lineNumber)})`,
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
      setScanError(`That is ${scanned}. Go to location ${line.locationId}.`);
      return;
    }
    goTo('item');
  };

  const onItem = (scanned: string) =>
    void run(async () => {
      if (!(await matchesItem(line, scanned))) {
        setScanError(`${scanned} is not ${line.itemNumber}${line.licensePlateId ? ` nor license plate ${line.licensePlateId}` : ''}.`);
        return;
      }
      if (mode === 'pick') goTo('quantity');
      else {
        const updated = await sendOperation(`Pick ${line.itemNumber} (work ${work.workId}, line ${String(line.lineNumber)})`, '/api/v1/work/{workId}/lines/{lineNumber}/confirm', { workId: work.workId, lineNumber: line.lineNumber }, {});
        setStep(undefined);
        changed(updated);
      }
    });

  const onQuantity = (text: string) => {
    const quantity = parseQuantity(text);
    if (quantity === undefined) {
      setScanError('Enter a quantity above zero.');
      return;
    }
    if (quantity > open) {
      setScanError(`Only ${formatQuantity(open, line.unitSymbol)} is open on this line.`);
      return;
    }
    void confirm({ quantity });
  };

  const onShort = (reason: string) =>
    void run(async () => {
      await sendOperation(`Short pick ${line.itemNumber} (work ${work.workId}, line ${String(line.lineNumber)})`, '/api/v1/work/{workId}/lines/{lineNumber}/short-pick', { workId: work.workId, lineNumber: line.lineNumber }, { reason });
      setStep(undefined);
      changed(await fetchWork(work.workId));
    });

  const position = work.lines.findIndex((l) => l.lineNumber === line.lineNumber) + 1;
  const shownError = scanError ?? fieldError(error, 'quantity') ?? fieldError(error, 'locationId') ?? fieldError(error, 'reason');
  const key = `${work.workId}-${String(line.lineNumber)}-${stage}-${String(line.handledQuantity)}`;

  return (
    <div className="qs-stack">
      <Card title={`Line ${String(position)} of ${String(work.lines.length)}: ${line.lineType === 'Pick' ? 'pick' : 'put'}`}>
        <KeyValues
          entries={[
            [line.lineType === 'Pick' ? 'From location' : 'Put to', <strong key="l">{line.locationId}</strong>],
            ['Item', line.itemNumber],
            ['Quantity', <strong key="q">{formatQuantity(open, line.unitSymbol)}</strong>],
            ...(line.licensePlateId ? ([['License plate', line.licensePlateId]] as [string, ReactNode][]) : []),
            ...(line.batchNumber ? ([['Batch', line.batchNumber]] as [string, ReactNode][]) : []),
            ...(line.serialNumber ? ([['Serial', line.serialNumber]] as [string, ReactNode][]) : []),
            ['Status', line.inventoryStatusId],
          ]}
        />
      </Card>
      {error !== undefined && !shownError && <ProblemAlert error={error} />}
      {stage === 'location' && (
        <ScanField key={key} label={line.lineType === 'Pick' ? `Scan location ${line.locationId}` : `Scan put location (suggested ${line.locationId})`} onScan={onLocation} busy={busy} error={shownError} />
      )}
      {stage === 'item' && (
        <ScanField key={key} label={line.licensePlateId ? `Scan license plate ${line.licensePlateId} or item` : `Scan item ${line.itemNumber}`} onScan={onItem} busy={busy} error={shownError} />
      )}
      {stage === 'quantity' && (
        <>
          <ScanField key={key} label={`Quantity picked (${line.unitSymbol})`} inputMode="decimal" initialValue={String(open)} onScan={onQuantity} busy={busy} error={shownError} submitLabel="Confirm pick" />
          <Button variant="secondary" onClick={() => goTo('short')} disabled={busy}>
            Short pick…
          </Button>
        </>
      )}
      {stage === 'short' && (
        <>
          <ScanField key={key} label="Short pick reason" hint={`The open ${formatQuantity(open, line.unitSymbol)} is dropped from this work and goes back to the order.`} onScan={onShort} busy={busy} error={shownError} submitLabel="Report short pick" />
          <Button variant="secondary" onClick={() => goTo('quantity')} disabled={busy}>
            Back to the quantity
          </Button>
        </>
      )}
      {stage === 'override' && (
        <>
          <Alert tone="warn">
            {step?.toLocation} is not the suggested location {line.locationId}. Give a reason to put there, or scan {line.locationId}.
          </Alert>
          <ScanField
            key={key}
            label={`Reason for putting to ${step?.toLocation ?? ''}`}
            onScan={(reason) => void confirm({ locationId: step?.toLocation ?? '', reason, ...(carried < line.quantity - line.handledQuantity ? { quantity: carried } : {}) })}
            busy={busy}
            error={shownError}
            submitLabel="Put here"
          />
          <Button variant="secondary" onClick={() => goTo('location')} disabled={busy}>
            Back to the suggested location
          </Button>
        </>
      )}
    </div>
  );
}
