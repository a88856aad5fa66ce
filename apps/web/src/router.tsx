import { Spin } from 'antd';
import { lazy, Suspense, type ComponentType } from 'react';
import { Navigate, useRoutes, type RouteObject } from 'react-router-dom';
import { RequireLogin } from './auth/require-login';
import { homePath } from './auth/roles';
import { useActor } from './auth/session';

// Every page, the login and the staff frame are chunks of their own: the first screen loads only what it shows
// (the entry keeps React, the router, TanStack Query and Ant Design's core).
function page(load: () => Promise<{ default: ComponentType }>) {
  const Page = lazy(load);
  return (
    <Suspense fallback={<Spin size="large" style={{ display: 'block', margin: '20vh auto' }} />}>
      <Page />
    </Suspense>
  );
}

function Home() {
  return <Navigate to={homePath(useActor().roles)} replace />;
}

const ROUTES: RouteObject[] = [
  {
    path: '/login',
    element: page(() => import('./pages/login-page').then(({ LoginPage }) => ({ default: LoginPage }))),
  },
  // Public pages, no login: the slip's QR code opens /tra-cuu?ma=<code>.
  { path: '/tra-cuu', element: page(() => import('./pages/public/lookup-page')) },
  { path: '/lay-so', element: page(() => import('./pages/public/kiosk-page')) },
  { path: '/man-hinh', element: page(() => import('./pages/public/display-board-page')) },
  {
    element: <RequireLogin />,
    children: [
      {
        element: page(() =>
          import('./layout/staff-layout').then(({ StaffLayout }) => ({ default: StaffLayout })),
        ),
        children: [
          { path: '/', element: <Home /> },
          { path: '/reception', element: page(() => import('./pages/reception/reception-page')) },
          { path: '/queue', element: page(() => import('./pages/queue/queue-page')) },
          { path: '/queue-stats', element: page(() => import('./pages/queue/queue-stats-page')) },
          { path: '/work', element: page(() => import('./pages/work/work-page')) },
          { path: '/dashboard', element: page(() => import('./pages/dashboard/dashboard-page')) },
          { path: '/dossiers', element: page(() => import('./pages/dossiers/dossier-list-page')) },
          { path: '/inbox', element: page(() => import('./pages/inbox/inbox-page')) },
          { path: '/postal', element: page(() => import('./pages/postal/postal-desk-page')) },
          { path: '/cashier', element: page(() => import('./pages/fees/cashier-page')) },
          { path: '/return', element: page(() => import('./pages/dossiers/return-page')) },
          { path: '/dossiers/:id', element: page(() => import('./pages/dossiers/dossier-page')) },
          { path: '/catalog', element: page(() => import('./pages/admin/catalog-page')) },
          { path: '/calendar', element: page(() => import('./pages/admin/calendar-page')) },
          { path: '/admin/users', element: page(() => import('./pages/admin/users-page')) },
          { path: '/admin/api-clients', element: page(() => import('./pages/admin/api-clients-page')) },
          { path: '/admin/dead-letters', element: page(() => import('./pages/admin/dead-letters-page')) },
          { path: '/admin/templates', element: page(() => import('./pages/admin/templates-page')) },
          { path: '/admin/processes', element: page(() => import('./pages/admin/processes-page')) },
          {
            path: '/admin/assignment-rules',
            element: page(() => import('./pages/admin/assignment-rules-page')),
          },
          {
            path: '/admin/receipt-series',
            element: page(() => import('./pages/admin/receipt-series-page')),
          },
          {
            path: '/admin/contact-points',
            element: page(() => import('./pages/admin/contact-points-page')),
          },
          { path: '*', element: page(() => import('./pages/not-found-page')) },
        ],
      },
    ],
  },
];

// The routes in declarative mode: no loaders or actions, so React Router's data router stays out of the build.
/** Every page of the UI under its path. */
export function AppRoutes() {
  return useRoutes(ROUTES);
}
