import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

// What each page of the web UI makes the browser download on a direct visit (a staff page after a stored login):
// the shell that index.html loads (entry and modulepreloads), the page's chunks and what they import, and the
// chunks the page loads lazily but shows at once. Date pickers load when the user reaches their field, drawers and
// modals when opened. `npm run bench:web` after a build; prints one JSON line with gzipped kilobytes. Not part of
// `npm test`.

const WEB_DIR = 'dist/web';
const MANIFEST = 'dist/web/.vite/manifest.json';
const LAYOUT = 'src/layout/staff-layout.tsx';
// Each route's modules besides the shell: staff pages load inside the staff frame.
const ROUTES: Record<string, string[]> = {
  '/login': ['src/pages/login-page.tsx'],
  '/reception': [LAYOUT, 'src/pages/reception/reception-page.tsx'],
  '/queue': [LAYOUT, 'src/pages/queue/queue-page.tsx'],
  '/queue-stats': [LAYOUT, 'src/pages/queue/queue-stats-page.tsx'],
  '/work': [LAYOUT, 'src/pages/work/work-page.tsx'],
  '/dashboard': [LAYOUT, 'src/pages/dashboard/dashboard-page.tsx'],
  '/dossiers': [LAYOUT, 'src/pages/dossiers/dossier-list-page.tsx'],
  '/dossiers/:id': [LAYOUT, 'src/pages/dossiers/dossier-page.tsx'],
  '/inbox': [LAYOUT, 'src/pages/inbox/inbox-page.tsx'],
  '/postal': [LAYOUT, 'src/pages/postal/postal-desk-page.tsx'],
  // A cashier's counter is remembered on the browser: its day's reconciliation shows at once.
  '/cashier': [LAYOUT, 'src/pages/fees/cashier-page.tsx', 'src/pages/fees/day-close.tsx'],
  '/return': [LAYOUT, 'src/pages/dossiers/return-page.tsx'],
  '/catalog': [LAYOUT, 'src/pages/admin/catalog-page.tsx'],
  '/calendar': [LAYOUT, 'src/pages/admin/calendar-page.tsx'],
  '/admin/users': [LAYOUT, 'src/pages/admin/users-page.tsx'],
  '/admin/api-clients': [LAYOUT, 'src/pages/admin/api-clients-page.tsx'],
  '/admin/dead-letters': [LAYOUT, 'src/pages/admin/dead-letters-page.tsx'],
  '/admin/templates': [LAYOUT, 'src/pages/admin/templates-page.tsx'],
  '/admin/processes': [LAYOUT, 'src/pages/admin/processes-page.tsx'],
  '/admin/assignment-rules': [LAYOUT, 'src/pages/admin/assignment-rules-page.tsx'],
  '/admin/receipt-series': [LAYOUT, 'src/pages/admin/receipt-series-page.tsx'],
  '/admin/contact-points': [LAYOUT, 'src/pages/admin/contact-points-page.tsx'],
  '/tra-cuu': ['src/pages/public/lookup-page.tsx'],
  '/lay-so': ['src/pages/public/kiosk-page.tsx'],
  '/man-hinh': ['src/pages/public/display-board-page.tsx'],
};

interface Chunk {
  readonly file: string;
  readonly name?: string;
  readonly isDynamicEntry?: boolean;
  readonly imports?: string[];
}

const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, Chunk>;
const gzippedBytes = (file: string) => gzipSync(readFileSync(join(WEB_DIR, file))).length;

function withImports(key: string, into = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk || into.has(chunk.file)) return into;
  into.add(chunk.file);
  for (const imported of chunk.imports ?? []) withImports(imported, into);
  return into;
}

// A page whose chunk also holds a module other chunks import has no facade: the manifest keys it by file.
// A package module is keyed by its path from the app (../../node_modules/...).
function keyOf(source: string): string {
  const name = source.replace(/^.*\//, '').replace(/\.tsx?$/, '');
  const key =
    source in manifest
      ? source
      : Object.keys(manifest).find(
          (file) =>
            file.endsWith(`/node_modules/${source}`) ||
            (manifest[file].isDynamicEntry && manifest[file].name === name),
        );
  if (!key) throw new Error(`${source} is not in the build`);
  return key;
}

const shell = withImports('index.html');
const kilobytes = (files: Iterable<string>) =>
  Math.round([...files].reduce((sum, file) => sum + gzippedBytes(file), 0) / 102.4) / 10;
const routes = Object.fromEntries(
  Object.entries(ROUTES).map(([route, sources]) => {
    const files = new Set(shell);
    for (const source of sources) withImports(keyOf(source), files);
    return [route, kilobytes(files)];
  }),
);
const all = Object.values(manifest)
  .map((chunk) => chunk.file)
  .filter((file) => file.endsWith('.js'));
const [heaviest] = Object.entries(routes).sort(([, a], [, b]) => b - a);
process.stdout.write(
  `${JSON.stringify({ unit: 'KB gzipped JS', shell: kilobytes(shell), heaviest, routes, allChunks: kilobytes(new Set(all)) })}\n`,
);
