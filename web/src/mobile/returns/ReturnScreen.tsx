import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import { fetchReturnOrigin, useDispositionCodes, type DispositionCode, type ReturnOrigin } from '../../api/returns';
import type { ResponseOf } from '../../api/types';
import { useTranslation } from '../../i18n';
import { Alert, Button, Card, fieldError, formatQuantity, ProblemAlert, SelectField } from '../../ui';
import { MobileTitle, sameCode, StepFacts, useStepRunner } from '../MobileStep';
import { sendOperation } from '../operation';
import { ScanStep } from '../ScanStep';
import { WithWarehouse } from '../Warehouse';

type Registered = ResponseOf<'/api/v1/returns', 'post'>;
interface Line {
  itemNumber: string;
  quantity: number;
  dispositionCode: string;
}
/** Where the goods come back from: a document that shipped them, or a blind return for a source system. */
type Source = { kind: 'document'; document: string; origin: ReturnOrigin } | { kind: 'blind'; sourceSystemId: string };

/** An item as scanned: its number, or one of its bar codes. */
async function scannedItem(scanned: string): Promise<string | undefined> {
  const byBarcode = await unwrap(api.GET('/api/v1/items', { params: { query: { barcode: scanned, limit: 1 } } }));
  if (byBarcode.items[0]) return byBarcode.items[0].itemNumber;
  const byNumber = await unwrap(api.GET('/api/v1/items', { params: { query: { q: scanned, limit: 20 } } }));
  return byNumber.items.find((i) => sameCode(i.itemNumber, scanned))?.itemNumber;
}

/**
 * A return at the dock (reference 3.8): the paperwork (packing slip or order) if there is one, then per
 * line the item, the quantity and its condition (the source system's disposition code), then one
 * registration: the goods are received on a Return order and the ERP gets its return receipt.
 */
export function ReturnScreen() {
  return <WithWarehouse>{(warehouseId) => <ReturnAtDock warehouseId={warehouseId} />}</WithWarehouse>;
}

function ReturnAtDock({ warehouseId }: { warehouseId: string }) {
  const { t } = useTranslation('returns');
  const navigate = useNavigate();
  const codes = useDispositionCodes();
  const [source, setSource] = useState<Source>();
  const [choosing, setChoosing] = useState(false);
  const [lines, setLines] = useState<Line[]>([]);
  const [item, setItem] = useState<string>();
  const [quantity, setQuantity] = useState<number>();
  const [result, setResult] = useState<Registered>();
  const { busy, error, setError, run } = useStepRunner();

  const sourceSystemId = source?.kind === 'document' ? source.origin.sourceSystemId : source?.sourceSystemId;
  const myCodes: DispositionCode[] = (codes.data?.items ?? []).filter((c) => c.sourceSystemId === sourceSystemId);
  const systems = [...new Set((codes.data?.items ?? []).map((c) => c.sourceSystemId))];
  const documentName = source?.kind === 'document' ? source.document : t('blind');
  const reset = () => {
    setSource(undefined);
    setChoosing(false);
    setLines([]);
    setItem(undefined);
    setQuantity(undefined);
    setError(undefined);
  };

  const findDocument = (scanned: string) =>
    void run(async () => {
      setSource({ kind: 'document', document: scanned, origin: await fetchReturnOrigin(scanned) });
      setResult(undefined);
    });
  const takeItem = (scanned: string) =>
    void run(async () => {
      const itemNumber = await scannedItem(scanned);
      if (!itemNumber) throw new Error(t('unknownItem', { item: scanned }));
      if (source?.kind === 'document' && !source.origin.items.some((i) => i.itemNumber === itemNumber)) throw new Error(t('notShipped', { item: itemNumber, document: source.document }));
      setItem(itemNumber);
    });
  const takeQuantity = (typed: string) => {
    const value = Number(typed.replace(',', '.'));
    if (!Number.isFinite(value) || value <= 0) {
      setError(new Error(t('quantityHint')));
      return;
    }
    setQuantity(value);
  };
  const addLine = (dispositionCode: string) => {
    if (!item || quantity === undefined) return;
    setLines([...lines, { itemNumber: item, quantity, dispositionCode }]);
    setItem(undefined);
    setQuantity(undefined);
  };
  const register = () =>
    void run(async () => {
      const origin = source?.kind === 'document' ? (source.origin.orderNumbers.includes(source.document) ? { outboundOrderNumber: source.document } : { packingSlipNumber: source.document }) : { sourceSystemId: sourceSystemId ?? '', warehouseId };
      const registered = await sendOperation(t('registering', { count: lines.length, document: documentName }), '/api/v1/returns', {}, { ...origin, lines });
      setResult(registered);
      setSource(undefined);
      setLines([]);
    });

  if (result) {
    return (
      <>
        <MobileTitle title={t('title')} />
        <Alert tone="ok" title={t('done', { returnNumber: result.returnNumber })}>
          {t('doneDetail', { orderNumber: result.inboundShipmentOrderNumber })}
        </Alert>
        {result.workId && <Button onClick={() => void navigate(`/mobile/put-away?work=${encodeURIComponent(result.workId ?? '')}`)}>{t('putAwayNow', { workId: result.workId })}</Button>}
        <Button variant="secondary" onClick={() => { setResult(undefined); reset(); }}>
          {t('another')}
        </Button>
      </>
    );
  }

  return (
    <>
      <MobileTitle title={t('title')} />
      <ProblemAlert error={error} />
      {!source && !choosing && (
        <>
          <ScanStep key="document" label={t('scanDocument')} hint={t('documentHint')} onScan={findDocument} busy={busy} error={fieldError(error, 'packingSlipNumber')} />
          <Button variant="secondary" onClick={() => setChoosing(true)}>
            {t('noDocument')}
          </Button>
        </>
      )}
      {!source && choosing && (
        <SelectField
          label={t('sourceSystem')}
          placeholder={t('chooseSourceSystem')}
          options={systems.map((s) => ({ value: s, label: s }))}
          value=""
          onChange={(e) => e.target.value && setSource({ kind: 'blind', sourceSystemId: e.target.value })}
        />
      )}
      {source && (
        <>
          <StepFacts
            title={t('document')}
            facts={[
              [t('document'), documentName],
              [t('sourceSystem'), sourceSystemId],
              ...(source.kind === 'document' ? source.origin.items.map((i) => [i.itemNumber, t('shipped', { shipped: formatQuantity(i.shippedQuantity, i.unitSymbol), returnable: formatQuantity(i.returnableQuantity, i.unitSymbol) })] as const) : []),
            ]}
          />
          {myCodes.length === 0 && <Alert tone="warn">{t('noCodes', { sourceSystemId: sourceSystemId ?? '' })}</Alert>}
          {!item && <ScanStep key={`item-${String(lines.length)}`} label={t('scanItem')} onScan={takeItem} busy={busy} />}
          {item && quantity === undefined && (
            <>
              <StepFacts itemNumber={item} />
              <ScanStep key="quantity" label={t('quantity')} hint={t('quantityHint')} inputMode="decimal" noCamera onScan={takeQuantity} busy={busy} />
            </>
          )}
          {item && quantity !== undefined && (
            <>
              <StepFacts itemNumber={item} quantity={{ label: t('quantity'), value: quantity, unit: null }} />
              <h3>{t('disposition')}</h3>
              <div className="qs-stack">
                {myCodes.map((c) => (
                  <Button key={c.dispositionCode} variant="secondary" onClick={() => addLine(c.dispositionCode)}>
                    {`${c.dispositionCode} · ${c.description}`}
                  </Button>
                ))}
              </div>
            </>
          )}
          {lines.length > 0 && (
            <Card title={t('lines')}>
              <ul className="qs-plain-list">
                {lines.map((l, i) => (
                  <li key={`${l.itemNumber}-${String(i)}`}>
                    {t('line', { quantity: formatQuantity(l.quantity, null), item: l.itemNumber, disposition: l.dispositionCode })}{' '}
                    <Button variant="secondary" onClick={() => setLines(lines.filter((_, j) => j !== i))}>
                      {t('removeLine')}
                    </Button>
                  </li>
                ))}
              </ul>
              <Button onClick={register} busy={busy} disabled={item !== undefined}>
                {t('register')}
              </Button>
            </Card>
          )}
          <Button variant="secondary" onClick={reset} disabled={busy}>
            {t('startOver')}
          </Button>
        </>
      )}
    </>
  );
}
