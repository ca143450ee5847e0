import { NavLink, Outlet, useNavigation } from 'react-router';
import { useAuth, useUser } from '../auth/AuthProvider';
import { Button, Loading } from '../ui';
import { allowed, MOBILE_MENU, WORKSPACES } from './menus';

export function DesktopShell() {
  const user = useUser();
  const { signOut } = useAuth();
  // A workspace opened for the first time is fetched before it shows; the current one stays until then.
  const opening = useNavigation().state === 'loading';
  return (
    <div className="qs-shell">
      <nav className="qs-nav" aria-label="Workspaces">
        <div className="qs-brand">Quayside</div>
        {allowed(WORKSPACES, user.role).map((entry) => (
          <NavLink key={entry.to} to={entry.to}>
            {entry.label}
          </NavLink>
        ))}
        {allowed(MOBILE_MENU, user.role).length > 0 && <NavLink to="/mobile">Mobile app</NavLink>}
        <div className="qs-nav-footer">
          <span>
            {user.displayName} ({user.role.replace('_', ' ')})
          </span>
          <NavLink to="/password">Change password</NavLink>
          <Button variant="secondary" onClick={() => void signOut()}>
            Sign out
          </Button>
        </div>
      </nav>
      <main className="qs-main">
        {opening && <Loading what="Opening" />}
        <Outlet />
      </main>
    </div>
  );
}
