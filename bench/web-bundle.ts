import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

// What each page of the web UI makes the browser download before it shows: the shell that index.html loads
// (entry and preloads) plus the page's own chunk and what it imports. `npm run bench:web` after a build;
// prints one JSON line with gzipped kilobytes. Not part of `npm test`.

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
  '/cashier': [LAYOUT, 'src/pages/fees/cashier-page.tsx'],
  '/return': [LAYOUT, 'src/pages/dossiers/return-page.tsx'],
  '/catalog': [LAYOUT, 'src/pages/admin/catalog-page.tsx'],
  '/calendar': [LAYOUT, 'src/pages/admin/calendar-page.tsx'],
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
function keyOf(source: string): string {
  const name = source.replace(/^.*\//, '').replace(/\.tsx?$/, '');
  const key =
    source in manifest
      ? source
      : Object.keys(manifest).find((file) => manifest[file].isDynamicEntry && manifest[file].name === name);
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
process.stdout.write(
  `${JSON.stringify({ unit: 'KB gzipped JS', shell: kilobytes(shell), routes, allChunks: kilobytes(new Set(all)) })}\n`,
);
