/**
 * The mobile app in one chunk, loaded when a handheld first opens /mobile: a worker's phone never
 * downloads the desk's workspaces, and the desk never downloads this until someone opens it.
 */
export { MobileShell } from '../app/MobileShell';
export { MobileMenu } from './MobileMenu';
export { CountScreen } from './CountScreen';
export { InquiryScreen } from './InquiryScreen';
export { MoveScreen } from './MoveScreen';
export { PickScreen } from './PickScreen';
export { PackScreen } from './pack/PackScreen';
export { PutAwayScreen } from './PutAwayScreen';
export { QueueScreen } from './QueueScreen';
export { ReplenishScreen } from './replenish/ReplenishScreen';
export { ClusterScreen } from './replenish/ClusterScreen';
export { LicensePlateReceive } from './receive/LicensePlateReceive';
export { LoadItemReceive } from './receive/LoadItemReceive';
export { MixedLicensePlateReceive } from './receive/MixedLicensePlateReceive';
export { OrderLineReceive } from './receive/OrderLineReceive';
export { ReceiveMenu } from './receive/ReceiveMenu';
export { StatusScreen } from './StatusScreen';
export { ReturnScreen } from './returns/ReturnScreen';
