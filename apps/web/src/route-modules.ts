// Which module (from apps/web/src) draws each path: the router loads them lazily, the entry loads a visited path's
// before the first render, and index.html starts downloading them beside the entry (vite-route-preload.ts).
// Plain data without imports, so the Vite config reads it too.

/** The staff frame around every page behind the login. */
export const STAFF_LAYOUT = './layout/staff-layout.tsx';

/** Pages anyone opens, no login: the slip's QR code opens /tra-cuu?ma=<code>. */
export const PUBLIC_ROUTES: Readonly<Record<string, string>> = {
  '/login': './pages/login-page.tsx',
  '/tra-cuu': './pages/public/lookup-page.tsx',
  '/lay-so': './pages/public/kiosk-page.tsx',
  '/man-hinh': './pages/public/display-board-page.tsx',
};

/** Pages behind the login, drawn in the staff frame; `*` is every other path. */
export const STAFF_ROUTES: Readonly<Record<string, string>> = {
  '/reception': './pages/reception/reception-page.tsx',
  '/queue': './pages/queue/queue-page.tsx',
  '/queue-stats': './pages/queue/queue-stats-page.tsx',
  '/work': './pages/work/work-page.tsx',
  '/dashboard': './pages/dashboard/dashboard-page.tsx',
  '/dossiers': './pages/dossiers/dossier-list-page.tsx',
  '/inbox': './pages/inbox/inbox-page.tsx',
  '/postal': './pages/postal/postal-desk-page.tsx',
  '/cashier': './pages/fees/cashier-page.tsx',
  '/return': './pages/dossiers/return-page.tsx',
  '/dossiers/:id': './pages/dossiers/dossier-page.tsx',
  '/catalog': './pages/admin/catalog-page.tsx',
  '/calendar': './pages/admin/calendar-page.tsx',
  '/admin/users': './pages/admin/users-page.tsx',
  '/admin/api-clients': './pages/admin/api-clients-page.tsx',
  '/admin/dead-letters': './pages/admin/dead-letters-page.tsx',
  '/admin/templates': './pages/admin/templates-page.tsx',
  '/admin/processes': './pages/admin/processes-page.tsx',
  '/admin/assignment-rules': './pages/admin/assignment-rules-page.tsx',
  '/admin/receipt-series': './pages/admin/receipt-series-page.tsx',
  '/admin/contact-points': './pages/admin/contact-points-page.tsx',
  '*': './pages/not-found-page.tsx',
};

/** A route's path as a regular expression source over a URL's pathname (`:name` is one segment). */
export function pathPattern(path: string): string {
  const segments = path
    .split('/')
    .map((segment) => (segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  return `^${segments.join('/')}/?$`;
}

/** Each path a visit may open directly and the modules it draws at once, the catch-all last. */
export function routeModules(): [path: string, modules: string[]][] {
  return [
    ...Object.entries(PUBLIC_ROUTES).map(([path, page]): [string, string[]] => [path, [page]]),
    // The home path sends the user to their first page, in the frame.
    ['/', [STAFF_LAYOUT]],
    ...Object.entries(STAFF_ROUTES)
      .filter(([path]) => path !== '*')
      .map(([path, page]): [string, string[]] => [path, [STAFF_LAYOUT, page]]),
    ['*', [STAFF_LAYOUT, STAFF_ROUTES['*']]],
  ];
}

/** The modules a visit to `pathname` draws at once. */
export function modulesAt(pathname: string): string[] {
  const routes = routeModules();
  const found = routes.find(([path]) => path !== '*' && new RegExp(pathPattern(path)).test(pathname));
  return (found ?? routes[routes.length - 1])[1];
}
