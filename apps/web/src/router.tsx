import { Navigate, useRoutes, type RouteObject } from 'react-router-dom';
import { RequireLogin } from './auth/require-login';
import { homePath } from './auth/roles';
import { useActor } from './auth/session';
import { lazyPage } from './lazy-pages';
import { PUBLIC_ROUTES, STAFF_LAYOUT, STAFF_ROUTES } from './route-modules';

function Home() {
  return <Navigate to={homePath(useActor().roles)} replace />;
}

const ROUTES: RouteObject[] = [
  ...Object.entries(PUBLIC_ROUTES).map(([path, module]) => ({ path, element: lazyPage(module) })),
  {
    element: <RequireLogin />,
    children: [
      {
        element: lazyPage(STAFF_LAYOUT),
        children: [
          { path: '/', element: <Home /> },
          ...Object.entries(STAFF_ROUTES).map(([path, module]) => ({ path, element: lazyPage(module) })),
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
