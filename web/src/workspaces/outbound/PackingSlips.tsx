import { useMutation } from '@tanstack/react-query';
import { useTranslation } from '../../i18n';
import { Link, useParams } from 'react-router';
import { usePackingSlip, usePackingSlipsOfLoad, useReversePackingSlip } from '../../api/outbound-loads';
import type { ResponseOf } from '../../api/types';
import { Button, Card, ConfirmButton, Fetched, KeyValues, ProblemAlert, StatusPill, formatDateTime, formatQuantity } from '../../ui';
import { openPackingSlipPdf } from './packing-slip-pdf';
import { useMay } from '../../auth/roles';
import { BASE, link } from './shared';
import { ShipmentContainers } from './Packing';

type Load = ResponseOf<'/api/v1/outbound-loads/{loadId}', 'get'>;
type Slip = ResponseOf<'/api/v1/shipment-packing-slips/{versionNumber}', 'get'>;

/** Every packing slip version of a load, with the printable PDF of each. */
export function PackingSlipsOfLoad({ load }: { load: Load }) {
  const { t } = useTranslation('outbound');
  const slips = usePackingSlipsOfLoad(load.loadId);
  const mine = slips.data?.items ?? [];
  return (
    <Card title={t('slips.list')}>
      <Fetched query={slips} what={t('slips.loadingList')}>
          {() =>
            mine.length === 0 ? (
              <p className="qs-muted">{t('slips.empty')}</p>
            ) : (
              <div className="qs-table-wrap">
                <table className="qs-table">
                  <caption className="qs-visually-hidden">Packing slips of load {load.loadId}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('slips.slip')}</th>
                      <th scope="col">{t('slips.shipment')}</th>
                      <th scope="col">{t('slips.active')}</th>
                      <th scope="col">{t('slips.posting')}</th>
                      <th scope="col">{t('slips.documentDate')}</th>
                      <th scope="col">{t('slips.print')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {mine.map((s) => (
                      <tr key={s.shipmentPackingSlipVersionNumber}>
                        <td>
                          <Link to={link.packingSlip(s.shipmentPackingSlipVersionNumber)}>{s.shipmentPackingSlipVersionNumber}</Link>
                        </td>
                        <td>{s.shipmentId}</td>
                        <td>{s.isActive ? t('slips.yes') : t('slips.no')}</td>
                        <td>
                          <StatusPill status={s.postingStatus} />
                        </td>
                        <td>{formatDateTime(s.documentDate)}</td>
                        <td>
                          <PdfButton versionNumber={s.shipmentPackingSlipVersionNumber} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )
          }
      </Fetched>
    </Card>
  );
}

export function PdfButton({ versionNumber }: { versionNumber: string }) {
  const { t } = useTranslation('outbound');
  const open = useMutation({ mutationFn: () => openPackingSlipPdf(versionNumber) });
  return (
    <>
      <Button variant="secondary" busy={open.isPending} onClick={() => open.mutate()} aria-label={t('slips.openPdfOf', { id: versionNumber })}>
        {t('slips.openPdf')}
      </Button>
      <ProblemAlert error={open.error} />
    </>
  );
}

export function PackingSlipDetail() {
  const { t } = useTranslation('outbound');
  const { versionNumber = '' } = useParams();
  const slip = usePackingSlip(versionNumber);
  return (
    <div className="qs-stack">
      <p>
        <Link to={`${BASE}/loads`}>{t('slips.back')}</Link>
      </p>
      <Fetched query={slip} what={t('slips.loading')}>
        {(s) => (
          <>
            <SlipView slip={s} />
            <ShipmentContainers shipmentId={s.shipmentId} printerId="" />
          </>
        )}
      </Fetched>
    </div>
  );
}

function SlipView({ slip }: { slip: Slip }) {
  const { t } = useTranslation('outbound');
  const mayReverse = useMay('warehouse_manager');
  const reverse = useReversePackingSlip(slip.shipmentPackingSlipVersionNumber);
  const receiver = typeof slip.parties.receiverName === 'string' ? slip.parties.receiverName : null;
  return (
    <>
      <Card title={t('slips.title', { id: slip.shipmentPackingSlipVersionNumber })}>
        <KeyValues
          entries={[
            [t('slips.postingStatus'), <StatusPill key="p" status={slip.postingStatus} />],
            [t('slips.activeVersion'), slip.isActive ? t('slips.yes') : t('slips.no')],
            [t('slips.load'), <Link key="l" to={link.load(slip.loadId)}>{slip.loadId}</Link>],
            [t('slips.shipment'), slip.shipmentId],
            [t('slips.shipFrom'), slip.shipFromWarehouseId],
            [t('slips.receiver'), receiver],
            [t('slips.documentDate'), formatDateTime(slip.documentDate)],
            [t('slips.posted'), formatDateTime(slip.postedAt)],
            [t('slips.reversed'), formatDateTime(slip.reversedAt)],
          ]}
        />
        <div className="qs-row">
          <PdfButton versionNumber={slip.shipmentPackingSlipVersionNumber} />
          {mayReverse && slip.isActive && slip.postingStatus === 'ReadyForPosting' && (
            <ConfirmButton
              busy={reverse.isPending}
              question={t('slips.reverseQuestion', { id: slip.shipmentPackingSlipVersionNumber })}
              consequences={
                <>
                  <p>{t('slips.reverseWhat', { load: slip.loadId, id: slip.sourceSystemId })}</p>
                  <p>{t('slips.reverseAgain')}</p>
                </>
              }
              onConfirm={() => reverse.mutate()}
            >
              {t('slips.reverse')}
            </ConfirmButton>
          )}
        </div>
        <ProblemAlert error={reverse.error} />
      </Card>
      <Card title={t('slips.lines')}>
        <div className="qs-table-wrap">
          <table className="qs-table">
            <caption className="qs-visually-hidden">Lines of packing slip {slip.shipmentPackingSlipVersionNumber}</caption>
            <thead>
              <tr>
                <th scope="col">{t('slips.order')}</th>
                <th scope="col">{t('slips.line')}</th>
                <th scope="col">{t('slips.item')}</th>
                <th scope="col" data-numeric>{t('slips.ordered')}</th>
                <th scope="col" data-numeric>{t('slips.shipped')}</th>
                <th scope="col" data-numeric>{t('slips.remaining')}</th>
                <th scope="col">{t('slips.shippedFrom')}</th>
              </tr>
            </thead>
            <tbody>
              {slip.lines.map((l) => (
                <tr key={l.inventoryLotId}>
                  <td>
                    <Link to={link.order(l.orderNumber)}>{l.orderNumber}</Link> <span className="qs-muted">({l.sourceSystemOrderNumber})</span>
                  </td>
                  <td>{l.orderLineNumber}</td>
                  <td>
                    {l.itemNumber} <span className="qs-muted">({l.sourceSystemItemNumber})</span>
                  </td>
                  <td data-numeric>{formatQuantity(l.orderedQuantity, l.unitSymbol)}</td>
                  <td data-numeric>{formatQuantity(l.shippedQuantity, l.unitSymbol)}</td>
                  <td data-numeric>{formatQuantity(l.remainingQuantity, l.unitSymbol)}</td>
                  <td>
                    {l.transactionDimensions.map((d, i) => (
                      <div key={i}>
                        {t('slips.from', { quantity: formatQuantity(d.quantity, l.unitSymbol), location: d.shippingWarehouseLocationId })}
                        {d.licensePlateNumber && t('slips.plate', { plate: d.licensePlateNumber })}
                        {d.itemBatchNumber && t('slips.batch', { batch: d.itemBatchNumber })}
                        {d.itemSerialNumber && t('slips.serial', { serial: d.itemSerialNumber })} · {d.inventoryOwnerId} / {d.inventoryStatusId}
                      </div>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
    </>
  );
}
