import { useMutation } from '@tanstack/react-query';
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
  const slips = usePackingSlipsOfLoad(load.loadId);
  const mine = slips.data?.items ?? [];
  return (
    <Card title="Packing slips">
      <Fetched query={slips} what="Loading the packing slips">
          {() =>
            mine.length === 0 ? (
              <p className="qs-muted">No packing slips yet: ship confirm makes one per shipment.</p>
            ) : (
              <div className="qs-table-wrap">
                <table className="qs-table">
                  <caption className="qs-visually-hidden">Packing slips of load {load.loadId}</caption>
                  <thead>
                    <tr>
                      <th scope="col">Packing slip</th>
                      <th scope="col">Shipment</th>
                      <th scope="col">Active</th>
                      <th scope="col">Posting</th>
                      <th scope="col">Document date</th>
                      <th scope="col">Print</th>
                    </tr>
                  </thead>
                  <tbody>
                    {mine.map((s) => (
                      <tr key={s.shipmentPackingSlipVersionNumber}>
                        <td>
                          <Link to={link.packingSlip(s.shipmentPackingSlipVersionNumber)}>{s.shipmentPackingSlipVersionNumber}</Link>
                        </td>
                        <td>{s.shipmentId}</td>
                        <td>{s.isActive ? 'Yes' : 'No'}</td>
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
  const open = useMutation({ mutationFn: () => openPackingSlipPdf(versionNumber) });
  return (
    <>
      <Button variant="secondary" busy={open.isPending} onClick={() => open.mutate()} aria-label={`Open packing slip (PDF) ${versionNumber}`}>
        Open packing slip (PDF)
      </Button>
      <ProblemAlert error={open.error} />
    </>
  );
}

export function PackingSlipDetail() {
  const { versionNumber = '' } = useParams();
  const slip = usePackingSlip(versionNumber);
  return (
    <div className="qs-stack">
      <p>
        <Link to={`${BASE}/loads`}>← Outbound loads</Link>
      </p>
      <Fetched query={slip} what="Loading the packing slip">
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
  const mayReverse = useMay('warehouse_manager');
  const reverse = useReversePackingSlip(slip.shipmentPackingSlipVersionNumber);
  const receiver = typeof slip.parties.receiverName === 'string' ? slip.parties.receiverName : null;
  return (
    <>
      <Card title={`Packing slip ${slip.shipmentPackingSlipVersionNumber}`}>
        <KeyValues
          entries={[
            ['Posting status', <StatusPill key="p" status={slip.postingStatus} />],
            ['Active version', slip.isActive ? 'Yes' : 'No'],
            ['Load', <Link key="l" to={link.load(slip.loadId)}>{slip.loadId}</Link>],
            ['Shipment', slip.shipmentId],
            ['Ship from', slip.shipFromWarehouseId],
            ['Receiver', receiver],
            ['Document date', formatDateTime(slip.documentDate)],
            ['Posted', formatDateTime(slip.postedAt)],
            ['Reversed', formatDateTime(slip.reversedAt)],
          ]}
        />
        <div className="qs-row">
          <PdfButton versionNumber={slip.shipmentPackingSlipVersionNumber} />
          {mayReverse && slip.isActive && slip.postingStatus === 'ReadyForPosting' && (
            <ConfirmButton
              busy={reverse.isPending}
              question={`Reverse the ship confirm of packing slip ${slip.shipmentPackingSlipVersionNumber}?`}
              consequences={
                <>
                  <p>
                    The packing slip is reversed and load {slip.loadId} is Loaded again: its stock counts as picked, not shipped, and {slip.sourceSystemId} is told the packing slip was
                    taken back.
                  </p>
                  <p>The load can then be ship confirmed again.</p>
                </>
              }
              onConfirm={() => reverse.mutate()}
            >
              Reverse ship confirm
            </ConfirmButton>
          )}
        </div>
        <ProblemAlert error={reverse.error} />
      </Card>
      <Card title="Packing slip lines">
        <div className="qs-table-wrap">
          <table className="qs-table">
            <caption className="qs-visually-hidden">Lines of packing slip {slip.shipmentPackingSlipVersionNumber}</caption>
            <thead>
              <tr>
                <th scope="col">Order</th>
                <th scope="col">Line</th>
                <th scope="col">Item</th>
                <th scope="col" data-numeric>Ordered</th>
                <th scope="col" data-numeric>Shipped</th>
                <th scope="col" data-numeric>Remaining</th>
                <th scope="col">Shipped from</th>
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
                        {formatQuantity(d.quantity, l.unitSymbol)} from {d.shippingWarehouseLocationId}
                        {d.licensePlateNumber && `, plate ${d.licensePlateNumber}`}
                        {d.itemBatchNumber && `, batch ${d.itemBatchNumber}`}
                        {d.itemSerialNumber && `, serial ${d.itemSerialNumber}`} · {d.inventoryOwnerId} / {d.inventoryStatusId}
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
