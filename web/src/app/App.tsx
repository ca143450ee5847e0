import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createBrowserRouter, Navigate, Outlet, RouterProvider, useLocation, useSearchParams } from 'react-router';
import { isProblem } from '../api/problem';
import { AuthProvider, useAuth, useUser } from '../auth/AuthProvider';
import { ChangePasswordPage } from '../auth/ChangePasswordPage';
import { SignInPage } from '../auth/SignInPage';
import { MobileMenu } from '../mobile/MobileMenu';
import { mobileRoutes } from '../mobile/routes';
import { Alert, PageHeader } from '../ui';
import { IntegrationWorkspace } from '../workspaces/integration/IntegrationWorkspace';
import { InboundWorkspace } from '../workspaces/inbound/InboundWorkspace';
import { OutboundWorkspace } from '../workspaces/outbound/OutboundWorkspace';
import { OnHandWorkspace } from '../workspaces/on-hand/OnHandWorkspace';
import { CountingWorkspace } from '../workspaces/counting/CountingWorkspace';
import { ReconciliationWorkspace } from '../workspaces/reconciliation/ReconciliationWorkspace';
import { SetupWorkspace } from '../workspaces/setup/SetupWorkspace';
import { UsersWorkspace } from '../workspaces/users/UsersWorkspace';
import { DesktopShell } from './DesktopShell';
import { MobileShell } from './MobileShell';
import { homeFor, WORKSPACES } from './menus';
import type { ReactNode } from 'react';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 5_000,
      // A refusal (4xx) will not change by asking again; a dropped connection might.
      retry: (count, error) => count < 2 && !(isProblem(error) && error.status >= 400 && error.status < 500),
    },
  },
});

function RequireSession() {
  const { session } = useAuth();
  const location = useLocation();
  if (!session) return <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  // The server answers nothing else until a password someone else chose is replaced; the page goes on afterwards.
  if (session.mustChangePassword) return <ChangePasswordPage required />;
  return <Outlet />;
}

function SignInRoute() {
  const { session } = useAuth();
  const [params] = useSearchParams();
  if (session) return <Navigate to={params.get('next') ?? homeFor(session.user.role)} replace />;
  return <SignInPage />;
}

function Home() {
  const user = useUser();
  return <Navigate to={homeFor(user.role)} replace />;
}

/** A workspace the user's role does not include: say so rather than show a page of refusals. */
function RoleGate({ to, children }: { to: string; children: ReactNode }) {
  const user = useUser();
  const entry = WORKSPACES.find((w) => w.to === to);
  if (entry && !entry.roles.includes(user.role)) {
    return (
      <>
        <PageHeader title={entry.label} />
        <Alert tone="warn">This workspace is not available to the {user.role.replace('_', ' ')} role.</Alert>
      </>
    );
  }
  return <>{children}</>;
}

function NotFound() {
  return (
    <>
      <PageHeader title="Not found" />
      <p>There is no page at this address.</p>
    </>
  );
}

const workspace = (to: string, element: ReactNode) => ({ path: `${to.slice(1)}/*`, element: <RoleGate to={to}>{element}</RoleGate> });

const router = createBrowserRouter([
  { path: '/sign-in', element: <SignInRoute /> },
  {
    element: <RequireSession />,
    children: [
      { index: true, element: <Home /> },
      { path: 'password', element: <ChangePasswordPage /> },
      { path: 'mobile', element: <MobileShell />, children: [{ index: true, element: <MobileMenu /> }, ...mobileRoutes] },
      {
        element: <DesktopShell />,
        children: [
          workspace('/workspaces/integration', <IntegrationWorkspace />),
          workspace('/workspaces/inbound', <InboundWorkspace />),
          workspace('/workspaces/outbound', <OutboundWorkspace />),
          workspace('/workspaces/on-hand', <OnHandWorkspace />),
          workspace('/workspaces/counting', <CountingWorkspace />),
          workspace('/workspaces/reconciliation', <ReconciliationWorkspace />),
          workspace('/workspaces/setup', <SetupWorkspace />),
          workspace('/workspaces/users', <UsersWorkspace />),
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
]);

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <AuthProvider>
        <RouterProvider router={router} />
      </AuthProvider>
    </QueryClientProvider>
  );
}
