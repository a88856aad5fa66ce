import { resolve } from 'node:path';
import type { Rollup } from 'vite';
import { preloadScript } from './vite-route-preload';

const SRC = '/app/src';

function chunk(fileName: string, modules: string[], imports: string[] = []): Rollup.OutputChunk {
  const moduleIds = modules.map((module) => resolve(SRC, module));
  return { type: 'chunk', fileName, facadeModuleId: moduleIds[0], moduleIds, imports } as Rollup.OutputChunk;
}

// The entry and its shared chunk, the staff frame, two pages sharing the table chunk; every other page module in
// one chunk, so each route of the table finds its module.
const ENTRY = chunk('assets/index.js', ['./main.tsx'], ['assets/react.js']);
const BUNDLE: Rollup.OutputBundle = Object.fromEntries(
  [
    ENTRY,
    chunk('assets/react.js', ['react']),
    chunk('assets/staff-layout.js', ['./layout/staff-layout.tsx'], ['assets/react.js', 'assets/button.js']),
    chunk('assets/button.js', ['button']),
    chunk('assets/calendar-page.js', ['./pages/admin/calendar-page.tsx'], ['assets/table.js']),
    chunk('assets/users-page.js', ['./pages/admin/users-page.tsx'], ['assets/table.js', 'assets/button.js']),
    chunk('assets/table.js', ['table']),
    chunk('assets/lookup-page.js', ['./pages/public/lookup-page.tsx']),
    chunk('assets/pages.js', [
      'other',
      './pages/login-page.tsx',
      './pages/public/kiosk-page.tsx',
      './pages/public/display-board-page.tsx',
      ...[
        'reception/reception-page',
        'queue/queue-page',
        'queue/queue-stats-page',
        'work/work-page',
        'dashboard/dashboard-page',
        'dossiers/dossier-list-page',
        'inbox/inbox-page',
        'postal/postal-desk-page',
        'fees/cashier-page',
        'dossiers/return-page',
        'dossiers/dossier-page',
        'admin/catalog-page',
        'admin/api-clients-page',
        'admin/dead-letters-page',
        'admin/templates-page',
        'admin/processes-page',
        'admin/assignment-rules-page',
        'admin/receipt-series-page',
        'admin/contact-points-page',
        'not-found-page',
      ].map((page) => `./pages/${page}.tsx`),
    ]),
  ].map((output) => [output.fileName, output]),
);

/** What the script preloads when index.html is opened at `pathname`. */
function preloadedAt(pathname: string): string[] {
  const links: { rel: string; href: string; crossOrigin: string }[] = [];
  const document = {
    createElement: () => ({ rel: '', href: '', crossOrigin: 'unset' }),
    head: { appendChild: (link: (typeof links)[number]) => links.push(link) },
  };
  new Function('document', 'location', preloadScript(BUNDLE, ENTRY, SRC))(document, { pathname });
  expect(links.every((link) => link.rel === 'modulepreload' && link.crossOrigin === '')).toBe(true);
  return links.map((link) => link.href).sort();
}

describe(preloadScript.name, () => {
  it("should preload the staff frame, the page and their chunks, not the entry's, when a staff page is opened", () => {
    const preloaded = preloadedAt('/calendar');

    expect(preloaded).toEqual([
      '/assets/button.js',
      '/assets/calendar-page.js',
      '/assets/staff-layout.js',
      '/assets/table.js',
    ]);
  });

  it('should preload the page alone when a public page is opened', () => {
    const preloaded = preloadedAt('/tra-cuu');

    expect(preloaded).toEqual(['/assets/lookup-page.js']);
  });

  it('should preload nothing when the path is no route', () => {
    const preloaded = preloadedAt('/no/such/page');

    expect(preloaded).toEqual([]);
  });
});
