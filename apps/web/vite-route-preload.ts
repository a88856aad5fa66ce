import { resolve } from 'node:path';
import type { Plugin, Rollup } from 'vite';
import { pathPattern, routeModules } from './src/route-modules';

// A direct visit used to download the entry, run it, then ask for the staff frame's chunks, run them, then ask for
// the page's: three waits in a row. index.html now starts every chunk the visited path draws beside the entry.

type OutputBundle = Rollup.OutputBundle;
type OutputChunk = Rollup.OutputChunk;

/** The chunk `fileName` and every chunk it imports statically. */
function withImports(bundle: OutputBundle, fileName: string, into = new Set<string>()): Set<string> {
  const chunk = bundle[fileName];
  if (into.has(fileName) || chunk?.type !== 'chunk') return into;
  into.add(fileName);
  for (const imported of chunk.imports) withImports(bundle, imported, into);
  return into;
}

/** The file of the chunk holding `moduleId` (a page whose chunk other chunks import from has no facade). */
function chunkOf(bundle: OutputBundle, moduleId: string): string {
  const owner = Object.values(bundle).find(
    (output) =>
      output.type === 'chunk' && (output.facadeModuleId === moduleId || output.moduleIds.includes(moduleId)),
  );
  if (!owner) throw new Error(`${moduleId} is in no chunk`);
  return owner.fileName;
}

/**
 * The script index.html runs before the entry: for the path visited, a `<link rel="modulepreload">` per chunk it
 * draws at once that the entry does not already load. Files are listed once, routes name them by index.
 */
export function preloadScript(bundle: OutputBundle, entry: OutputChunk, srcDir: string): string {
  const shell = withImports(bundle, entry.fileName);
  const files: string[] = [];
  const routes = routeModules()
    .filter(([path]) => path !== '*')
    .map(([path, modules]) => {
      const wanted = new Set<string>();
      for (const module of modules) withImports(bundle, chunkOf(bundle, resolve(srcDir, module)), wanted);
      const indexes = [...wanted]
        .filter((file) => !shell.has(file))
        .map((file) => (files.includes(file) ? files.indexOf(file) : files.push(file) - 1));
      return [pathPattern(path), indexes];
    });
  return [
    `(function(){var f=${JSON.stringify(files)},r=${JSON.stringify(routes)};`,
    'for(var i=0;i<r.length;i++)if(new RegExp(r[i][0]).test(location.pathname)){',
    'r[i][1].forEach(function(n){var l=document.createElement("link");l.rel="modulepreload";',
    'l.crossOrigin="";l.href="/"+f[n];document.head.appendChild(l)});break}})()',
  ].join('');
}

/** Vite plugin: the preload script in the built index.html. */
export function routePreload(srcDir: string): Plugin {
  return {
    name: 'motcua-route-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle, chunk }) {
        if (!bundle || !chunk) return [];
        return [{ tag: 'script', children: preloadScript(bundle, chunk, srcDir), injectTo: 'head' }];
      },
    },
  };
}
