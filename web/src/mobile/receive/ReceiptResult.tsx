import { useNavigate } from 'react-router';
import type { ResponseOf } from '../../api/types';
import { Alert, Button, Card, formatQuantity, KeyValues } from '../../ui';

export type Registered = ResponseOf<'/api/v1/inbound-receiving/license-plate', 'post'>;

/** What a scan received and the put-away work it created, right after the scan. */
export function ReceiptResult({ result }: { result: Registered }) {
  const navigate = useNavigate();
  const plates = [...new Set(result.registrations.map((r) => r.licensePlateId).filter(Boolean))];
  return (
    <div className="qs-stack">
      <Alert tone="ok" title={result.replayed ? 'Already received (same scan)' : 'Received'}>
        {result.registrations.length} line{result.registrations.length === 1 ? '' : 's'} at {result.registrations[0]?.locationId ?? 'the receipt location'}
        {plates.length > 0 ? ` on ${plates.join(', ')}` : ''}.
      </Alert>
      {result.registrations.map((r) => (
        <Card key={r.registrationId} title={r.itemNumber}>
          <KeyValues
            entries={[
              ['Quantity', formatQuantity(r.quantity, r.unitSymbol)],
              ['Order', `${r.orderNumber} line ${String(r.orderLineNumber)}`],
              ['License plate', r.licensePlateId],
              ['Batch', r.batchNumber],
              ['Location', r.locationId],
              ['Status', r.inventoryStatusId],
            ]}
          />
        </Card>
      ))}
      {result.workId && (
        <Button onClick={() => void navigate(`/mobile/put-away?work=${encodeURIComponent(result.workId ?? '')}`)}>Put away now (work {result.workId})</Button>
      )}
    </div>
  );
}
