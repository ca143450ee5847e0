import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createBrowserRouter, Navigate, Outlet, RouterProvider, useLocation, useSearchParams } from 'react-router';
import { isProblem } from '../api/problem';
import { AuthProvider, useAuth, useUser } from '../auth/AuthProvider';
import { ChangePasswordPage } from '../auth/ChangePasswordPage';
import { SignInPage } from '../auth/SignInPage';
import { mobileRoutes, mobileScreen } from '../mobile/routes';
import { i18n, loadDeskCatalogues, useTranslation } from '../i18n';
import { Alert, Loading, PageHeader } from '../ui';
import { DesktopShell } from './DesktopShell';
import { homeFor, WORKSPACES } from './menus';
import type { ComponentType, ReactNode } from 'react';

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
  const { t } = useTranslation('shell');
  const entry = WORKSPACES.find((w) => w.to === to);
  if (entry && !entry.roles.includes(user.role)) {
    return (
      <>
        <PageHeader title={t(`menu.${entry.key}`)} />
        <Alert tone="warn">{t('notForRole', { role: t(`roles.${user.role}`) })}</Alert>
      </>
    );
  }
  return <>{children}</>;
}

function NotFound() {
  const { t } = useTranslation('shell');
  return (
    <>
      <PageHeader title={t('notFound')} />
      <p>{t('noPage')}</p>
    </>
  );
}

/**
 * Each workspace is its own chunk, fetched the first time someone opens it: the router waits for it (the
 * shell says it is loading), so the sign-in page and the mobile app never download the desk's screens.
 */
const workspace = (to: string, load: () => Promise<ComponentType>) => ({
  path: `${to.slice(1)}/*`,
  lazy: async () => {
    const [Workspace] = await Promise.all([load(), loadDeskCatalogues()]);
    return {
      element: (
        <RoleGate to={to}>
          <Workspace />
        </RoleGate>
      ),
    };
  },
});

const router = createBrowserRouter([
  {
    // Shown while the first page's chunks arrive (a reload deep in a workspace or the mobile app).
    hydrateFallbackElement: <Loading what={i18n.t('shell:loadingApp')} />,
    children: [
      { path: '/sign-in', element: <SignInRoute /> },
      {
        element: <RequireSession />,
        children: [
          { index: true, element: <Home /> },
          { path: 'password', element: <ChangePasswordPage /> },
          { path: 'mobile', lazy: mobileScreen('MobileShell'), children: [{ index: true, lazy: mobileScreen('MobileMenu') }, ...mobileRoutes] },
          {
            element: <DesktopShell />,
            children: [
              workspace('/workspaces/integration', async () => (await import('../workspaces/integration/IntegrationWorkspace')).IntegrationWorkspace),
              workspace('/workspaces/inbound', async () => (await import('../workspaces/inbound/InboundWorkspace')).InboundWorkspace),
              workspace('/workspaces/outbound', async () => (await import('../workspaces/outbound/OutboundWorkspace')).OutboundWorkspace),
              workspace('/workspaces/on-hand', async () => (await import('../workspaces/on-hand/OnHandWorkspace')).OnHandWorkspace),
              workspace('/workspaces/counting', async () => (await import('../workspaces/counting/CountingWorkspace')).CountingWorkspace),
              workspace('/workspaces/reconciliation', async () => (await import('../workspaces/reconciliation/ReconciliationWorkspace')).ReconciliationWorkspace),
              workspace('/workspaces/setup', async () => (await import('../workspaces/setup/SetupWorkspace')).SetupWorkspace),
              workspace('/workspaces/users', async () => (await import('../workspaces/users/UsersWorkspace')).UsersWorkspace),
              workspace('/workspaces/audit-log', async () => (await import('../workspaces/audit/AuditLogWorkspace')).AuditLogWorkspace),
              { path: '*', element: <NotFound /> },
            ],
          },
        ],
      },
    ],
  },
]);

/**
 * A change of language renders every screen again, dates and numbers included (their formatters read the
 * language when called): the router's tree is keyed on the language. The session, the query cache and the
 * address stay; only what was typed into an open form is lost.
 */
export function App() {
  const { i18n: current } = useTranslation();
  return (
    <QueryClientProvider client={queryClient}>
      <AuthProvider>
        <RouterProvider key={current.language} router={router} />
      </AuthProvider>
    </QueryClientProvider>
  );
}
