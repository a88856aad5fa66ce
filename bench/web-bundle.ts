import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

// What each page of the web UI makes the browser download before it shows: the shell that index.html loads
// (entry and preloads) plus the page's own chunk and what it imports. `npm run bench:web` after a build;
// prints one JSON line with gzipped kilobytes. Not part of `npm test`.

const WEB_DIR = 'dist/web';
const MANIFEST = 'dist/web/.vite/manifest.json';
const ROUTES: Record<string, string> = {
  '/login': 'src/main.tsx',
  '/reception': 'src/pages/reception/reception-page.tsx',
  '/queue': 'src/pages/queue/queue-page.tsx',
  '/dossiers/:id': 'src/pages/dossiers/dossier-page.tsx',
  '/catalog': 'src/pages/admin/catalog-page.tsx',
  '/calendar': 'src/pages/admin/calendar-page.tsx',
  '/work': 'src/pages/work/work-page.tsx',
  '/dashboard': 'src/pages/dashboard/dashboard-page.tsx',
  '/tra-cuu': 'src/pages/public/lookup-page.tsx',
  '/lay-so': 'src/pages/public/kiosk-page.tsx',
  '/man-hinh': 'src/pages/public/display-board-page.tsx',
};

interface Chunk {
  readonly file: string;
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

const shell = withImports('index.html');
const kilobytes = (files: Iterable<string>) =>
  Math.round([...files].reduce((sum, file) => sum + gzippedBytes(file), 0) / 102.4) / 10;
const routes = Object.fromEntries(
  Object.entries(ROUTES).map(([route, source]) => [
    route,
    kilobytes(new Set([...shell, ...withImports(source)])),
  ]),
);
const all = Object.values(manifest)
  .map((chunk) => chunk.file)
  .filter((file) => file.endsWith('.js'));
process.stdout.write(
  `${JSON.stringify({ unit: 'KB gzipped JS', shell: kilobytes(shell), routes, allChunks: kilobytes(new Set(all)) })}\n`,
);
