import { i18n, useTranslation } from '../../i18n';
import { Navigate, Route, Routes } from 'react-router';
import { lazyScreen, PageHeader, TabLinks } from '../../ui';
import { AsnUpload } from './AsnUpload';
import { InboundLoadDetail, InboundLoadList } from './InboundLoads';
import { InboundOrderDetail, InboundOrderList } from './InboundOrders';
import { InboundParameters } from './InboundParameters';
import { Returns } from './Returns';
import { ShipmentReceiptDetail, ShipmentReceiptList } from './ShipmentReceipts';

// The overview's charts come with it, not with the orders or loads.
const InboundOverview = lazyScreen(async () => (await import('./InboundOverview')).InboundOverview, 'ui:loadingOverview');

const tabs = () => [
  { to: '/workspaces/inbound', label: i18n.t('inbound:tab_overview'), end: true },
  { to: '/workspaces/inbound/orders', label: i18n.t('inbound:tab_orders') },
  { to: '/workspaces/inbound/loads', label: i18n.t('inbound:tab_loads') },
  { to: '/workspaces/inbound/asn', label: i18n.t('inbound:tab_asn') },
  { to: '/workspaces/inbound/receipts', label: i18n.t('inbound:tab_receipts') },
  { to: '/workspaces/inbound/returns', label: i18n.t('returns:desk.title') },
  { to: '/workspaces/inbound/parameters', label: i18n.t('inbound:tab_parameters') },
];

/** Planners and warehouse managers: what waits today (the overview), inbound orders, load planning, ASNs, receiving completed and receipts. */
export function InboundWorkspace() {
  const { t } = useTranslation('inbound');
  return (
    <>
      <PageHeader title={t('title')} />
      <TabLinks label={t('sections')} tabs={tabs()} />
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
          <Route path="returns" element={<Returns />} />
          <Route path="parameters" element={<InboundParameters />} />
          <Route path="*" element={<Navigate to="orders" replace />} />
        </Routes>
      </div>
    </>
  );
}
