import { Link } from 'react-router';
import { MobileTitle } from '../MobileStep';

export const RECEIVE_MODES = [
  { path: 'license-plate', label: 'ASN license plate' },
  { path: 'order-line', label: 'Order line' },
  { path: 'load-item', label: 'Load item' },
  { path: 'mixed-license-plate', label: 'Mixed license plate' },
] as const;

export function ReceiveMenu() {
  return (
    <>
      <MobileTitle title="Receive">
        <p className="qs-muted">How is the goods receipt identified?</p>
      </MobileTitle>
      <nav className="qs-mobile-menu" aria-label="Receiving modes">
        {RECEIVE_MODES.map((m) => (
          <Link key={m.path} to={m.path}>
            {m.label}
          </Link>
        ))}
      </nav>
    </>
  );
}
