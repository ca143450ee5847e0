import type { RouteObject } from 'react-router';
import { CountScreen } from './CountScreen';
import { InquiryScreen } from './InquiryScreen';
import { MoveScreen } from './MoveScreen';
import { PickScreen } from './PickScreen';
import { PutAwayScreen } from './PutAwayScreen';
import { LicensePlateReceive } from './receive/LicensePlateReceive';
import { LoadItemReceive } from './receive/LoadItemReceive';
import { MixedLicensePlateReceive } from './receive/MixedLicensePlateReceive';
import { OrderLineReceive } from './receive/OrderLineReceive';
import { ReceiveMenu } from './receive/ReceiveMenu';
import { StatusScreen } from './StatusScreen';

/** The mobile app's task screens, below /mobile. */
export const mobileRoutes: RouteObject[] = [
  { path: 'receive', element: <ReceiveMenu /> },
  { path: 'receive/license-plate', element: <LicensePlateReceive /> },
  { path: 'receive/order-line', element: <OrderLineReceive /> },
  { path: 'receive/load-item', element: <LoadItemReceive /> },
  { path: 'receive/mixed-license-plate', element: <MixedLicensePlateReceive /> },
  { path: 'put-away', element: <PutAwayScreen /> },
  { path: 'pick', element: <PickScreen /> },
  { path: 'count', element: <CountScreen /> },
  { path: 'move', element: <MoveScreen /> },
  { path: 'status', element: <StatusScreen /> },
  { path: 'inquiry', element: <InquiryScreen /> },
];
