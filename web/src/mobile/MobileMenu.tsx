import { Link } from 'react-router';
import { useUser } from '../auth/AuthProvider';
import { allowed, MOBILE_MENU } from '../app/menus';
import { PackMenuLink } from './pack/PackMenuLink';

export function MobileMenu() {
  const user = useUser();
  return (
    <>
      <h2>Hello {user.displayName}</h2>
      <nav className="qs-mobile-menu" aria-label="Tasks">
        {allowed(MOBILE_MENU, user.role).map((entry) => (
          <Link key={entry.to} to={entry.to}>
            {entry.label}
          </Link>
        ))}
        <PackMenuLink />
      </nav>
      <p>
        <Link to="/password">Change password</Link>
      </p>
    </>
  );
}
