import { Navigate, Route, Routes } from 'react-router';
import { lazyScreen, PageHeader, TabLinks } from '../../ui';
import { AsnUpload } from './AsnUpload';
import { InboundLoadDetail, InboundLoadList } from './InboundLoads';
import { InboundOrderDetail, InboundOrderList } from './InboundOrders';
import { InboundParameters } from './InboundParameters';
import { ShipmentReceiptDetail, ShipmentReceiptList } from './ShipmentReceipts';

// The overview's charts come with it, not with the orders or loads.
const InboundOverview = lazyScreen(async () => (await import('./InboundOverview')).InboundOverview, 'Loading the overview');

const TABS = [
  { to: '/workspaces/inbound', label: 'Overview', end: true },
  { to: '/workspaces/inbound/orders', label: 'Orders' },
  { to: '/workspaces/inbound/loads', label: 'Loads' },
  { to: '/workspaces/inbound/asn', label: 'ASN upload' },
  { to: '/workspaces/inbound/receipts', label: 'Shipment receipts' },
  { to: '/workspaces/inbound/parameters', label: 'Parameters' },
];

/** Planners and warehouse managers: what waits today (the overview), inbound orders, load planning, ASNs, receiving completed and receipts. */
export function InboundWorkspace() {
  return (
    <>
      <PageHeader title="Inbound" />
      <TabLinks label="Inbound sections" tabs={TABS} />
      <div className="qs-stack">
        <Routes>
          <Route index element={<InboundOverview />} />
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
