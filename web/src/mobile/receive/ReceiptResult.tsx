import { useNavigate } from 'react-router';
import type { ResponseOf } from '../../api/types';
import { useTranslation } from '../../i18n';
import { Alert, Button, Card, formatQuantity, KeyValues } from '../../ui';
import { useItemNames, useStatusName } from '../lookups';
import { LicensePlateLabels } from './LicensePlateLabels';

export type Registered = ResponseOf<'/api/v1/inbound-receiving/license-plate', 'post'>;

/** What a scan received and the put-away work it created, right after the scan. */
export function ReceiptResult({ result }: { result: Registered }) {
  const { t } = useTranslation('mobile');
  const navigate = useNavigate();
  const statusName = useStatusName();
  const itemName = useItemNames(result.registrations.map((r) => r.itemNumber));
  const plates = [...new Set(result.registrations.map((r) => r.licensePlateId).filter(Boolean))];
  const at = result.registrations[0]?.locationId ?? t('receive.receiptLocation');
  return (
    <div className="qs-stack">
      <Alert tone="ok" title={result.replayed ? t('receive.replayed') : t('receive.received')}>
        {plates.length > 0 ? t('receive.resultOn', { count: result.registrations.length, location: at, plates: plates.join(', ') }) : t('receive.result', { count: result.registrations.length, location: at })}
      </Alert>
      {result.registrations.map((r) => (
        <Card key={r.registrationId} title={itemName(r.itemNumber) ? `${r.itemNumber} · ${itemName(r.itemNumber) ?? ''}` : r.itemNumber}>
          <KeyValues
            entries={[
              [t('receive.quantity'), formatQuantity(r.quantity, r.unitSymbol)],
              [t('receive.orderLine'), `${r.orderNumber} / ${String(r.orderLineNumber)}`],
              [t('licensePlate'), r.licensePlateId],
              [t('batch'), r.batchNumber],
              [t('location'), r.locationId],
              [t('inventoryStatus'), statusName(r.inventoryStatusId)],
            ]}
          />
          {r.crossDock && <Alert tone="ok">{t('receive.crossDocked', { quantity: formatQuantity(r.crossDock.qty, r.unitSymbol), order: r.crossDock.sourceOrderNumber, line: r.crossDock.lineNumber })}</Alert>}
        </Card>
      ))}
      <LicensePlateLabels plates={plates.filter((p): p is string => typeof p === 'string')} />
      {result.workId && <Button onClick={() => void navigate(`/mobile/put-away?work=${encodeURIComponent(result.workId ?? '')}`)}>{t('receive.putAwayNow', { workId: result.workId })}</Button>}
    </div>
  );
}
