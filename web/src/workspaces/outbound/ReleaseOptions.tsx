import { useState } from 'react';
import { Link } from 'react-router';
import type { ResponseOf } from '../../api/types';
import { SelectField, StatusPill } from '../../ui';
import { link } from './shared';

export type QuantityToRelease = 'All' | 'PhysicallyReserved';
export type ReleaseOutcome = ResponseOf<'/api/v1/outbound-shipment-orders/{orderNumber}/release', 'post'>;

export function useReleaseOptions() {
  const [quantityToRelease, setQuantity] = useState<QuantityToRelease>('All');
  const [allowPartiallyReleased, setAllow] = useState(true);
  const fields = (
    <>
      <SelectField
        label="Quantity to release"
        options={[
          { value: 'All', label: 'All (reserve what is missing)' },
          { value: 'PhysicallyReserved', label: 'Physically reserved only' },
        ]}
        value={quantityToRelease}
        onChange={(e) => setQuantity(e.target.value as QuantityToRelease)}
      />
      <SelectField
        label="Partly released orders"
        options={[
          { value: 'yes', label: 'Release the rest' },
          { value: 'no', label: 'Skip them' },
        ]}
        value={allowPartiallyReleased ? 'yes' : 'no'}
        onChange={(e) => setAllow(e.target.value === 'yes')}
      />
    </>
  );
  return { options: { quantityToRelease, allowPartiallyReleased }, fields };
}

/** What each release did: released or why not, and where the lines went (shipment, load). */
export function ReleaseOutcomes({ outcomes }: { outcomes: ReleaseOutcome[] }) {
  return (
    <div className="qs-table-wrap">
      <table className="qs-table">
        <caption className="qs-visually-hidden">Release results</caption>
        <thead>
          <tr>
            <th scope="col">Order</th>
            <th scope="col">Outcome</th>
            <th scope="col">Shipment</th>
            <th scope="col">Load</th>
            <th scope="col">Released lines</th>
          </tr>
        </thead>
        <tbody>
          {outcomes.map((o) => (
            <tr key={o.orderNumber}>
              <td>
                <Link to={link.order(o.orderNumber)}>{o.orderNumber}</Link>
              </td>
              <td>
                <StatusPill status={o.released ? 'Released' : 'Failed'} /> {o.reason ?? o.error ?? ''}
              </td>
              <td>{o.shipmentId ?? '—'}</td>
              <td>{o.loadId ? <Link to={link.load(o.loadId)}>{o.loadId}</Link> : '—'}</td>
              <td>{o.lines.map((l) => `line ${String(l.lineNumber)}: ${String(l.releasedQuantity)}`).join(', ') || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
