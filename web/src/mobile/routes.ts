import type { RouteObject } from 'react-router';

type Screens = typeof import('./screens');

/** A route whose screen comes from the mobile app's chunk (one download for all of them). */
export const mobileScreen = (name: keyof Screens) => async () => ({ Component: (await import('./screens'))[name] });

/** The mobile app's task screens, below /mobile. */
export const mobileRoutes: RouteObject[] = [
  { path: 'receive', lazy: mobileScreen('ReceiveMenu') },
  { path: 'receive/license-plate', lazy: mobileScreen('LicensePlateReceive') },
  { path: 'receive/order-line', lazy: mobileScreen('OrderLineReceive') },
  { path: 'receive/load-item', lazy: mobileScreen('LoadItemReceive') },
  { path: 'receive/mixed-license-plate', lazy: mobileScreen('MixedLicensePlateReceive') },
  { path: 'put-away', lazy: mobileScreen('PutAwayScreen') },
  { path: 'pick', lazy: mobileScreen('PickScreen') },
  { path: 'pack', lazy: mobileScreen('PackScreen') },
  { path: 'replenish', lazy: mobileScreen('ReplenishScreen') },
  { path: 'cluster', lazy: mobileScreen('ClusterScreen') },
  { path: 'count', lazy: mobileScreen('CountScreen') },
  { path: 'move', lazy: mobileScreen('MoveScreen') },
  { path: 'status', lazy: mobileScreen('StatusScreen') },
  { path: 'inquiry', lazy: mobileScreen('InquiryScreen') },
  { path: 'queue', lazy: mobileScreen('QueueScreen') },
  { path: 'return', lazy: mobileScreen('ReturnScreen') },
];
