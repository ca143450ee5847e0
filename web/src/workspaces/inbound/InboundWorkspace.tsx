import { Navigate, Route, Routes } from 'react-router';
import { PageHeader, TabLinks } from '../../ui';
import { AsnUpload } from './AsnUpload';
import { InboundLoadDetail, InboundLoadList } from './InboundLoads';
import { InboundOrderDetail, InboundOrderList } from './InboundOrders';
import { InboundParameters } from './InboundParameters';
import { ShipmentReceiptDetail, ShipmentReceiptList } from './ShipmentReceipts';

const TABS = [
  { to: '/workspaces/inbound/orders', label: 'Orders' },
  { to: '/workspaces/inbound/loads', label: 'Loads' },
  { to: '/workspaces/inbound/asn', label: 'ASN upload' },
  { to: '/workspaces/inbound/receipts', label: 'Shipment receipts' },
  { to: '/workspaces/inbound/parameters', label: 'Parameters' },
];

/** Planners and warehouse managers: inbound orders, load planning, ASNs, receiving completed and receipts. */
export function InboundWorkspace() {
  return (
    <>
      <PageHeader title="Inbound" />
      <TabLinks label="Inbound sections" tabs={TABS} />
      <div className="qs-stack">
        <Routes>
          <Route index element={<Navigate to="orders" replace />} />
          <Route path="orders" element={<InboundOrderList />} />
          <Route path="orders/:orderNumber" element={<InboundOrderDetail />} />
          <Route path="loads" element={<InboundLoadList />} />
          <Route path="loads/:loadId" element={<InboundLoadDetail />} />
          <Route path="asn" element={<AsnUpload />} />
          <Route path="receipts" element={<ShipmentReceiptList />} />
          <Route path="receipts/:versionNumber" element={<ShipmentReceiptDetail />} />
          <Route path="parameters" element={<InboundParameters />} />
          <Route path="*" element={<Navigate to="orders" replace />} />
        </Routes>
      </div>
    </>
  );
}
