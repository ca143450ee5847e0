import { useTranslation } from '../../i18n';
import { useState } from 'react';
import { Link } from 'react-router';
import type { ResponseOf } from '../../api/types';
import { formatQuantity, SelectField, StatusPill } from '../../ui';
import { link } from './shared';

export type QuantityToRelease = 'All' | 'PhysicallyReserved';
export type ReleaseOutcome = ResponseOf<'/api/v1/outbound-shipment-orders/{orderNumber}/release', 'post'>;

export function useReleaseOptions() {
  const [quantityToRelease, setQuantity] = useState<QuantityToRelease>('All');
  const [allowPartiallyReleased, setAllow] = useState(true);
  const { t } = useTranslation('outbound');
  const fields = (
    <>
      <SelectField
        label={t('ro_qty')}
        options={[
          { value: 'All', label: t('ro_all') },
          { value: 'PhysicallyReserved', label: t('ro_reservedOnly') },
        ]}
        value={quantityToRelease}
        onChange={(e) => setQuantity(e.target.value as QuantityToRelease)}
      />
      <SelectField
        label={t('ro_partly')}
        options={[
          { value: 'yes', label: t('ro_rest') },
          { value: 'no', label: t('ro_skip') },
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
  const { t } = useTranslation('outbound');
  return (
    <div className="qs-table-wrap">
      <table className="qs-table">
        <caption className="qs-visually-hidden">{t('ro_results')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('ro_order')}</th>
            <th scope="col">{t('ro_outcome')}</th>
            <th scope="col">{t('ro_shipment')}</th>
            <th scope="col">{t('ro_load')}</th>
            <th scope="col">{t('ro_lines')}</th>
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
              <td>{o.lines.map((l) => t('ro_line', { line: l.lineNumber, quantity: formatQuantity(l.releasedQuantity) })).join(', ') || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
