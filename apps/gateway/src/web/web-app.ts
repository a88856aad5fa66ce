import fastifyStatic from '@fastify/static';
import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { existsSync, readFileSync } from 'node:fs';
import type { FastifyReply } from 'fastify';
import { join, resolve, sep } from 'node:path';
import { isWebAppRoute } from './web-routes';

/** Where `npm run build` puts the web app: dist/web, beside dist/apps (this file runs from dist/apps/gateway/src/web). */
export const WEB_ROOT = resolve(__dirname, '../../../../web');

function cacheHeaders(reply: FastifyReply, path: string): void {
  // Vite puts a content hash in every asset name: they never change, index.html always may.
  reply.header(
    'cache-control',
    path.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
  );
}

/**
 * Serves the staff UI and the public pages at `/`: built files as they are, and index.html for every other GET
 * outside /api, /public, /health and /metrics (client routes such as /tra-cuu?ma=… from the slip's QR code).
 * Without a build (`dist/web/index.html` missing) the gateway runs as an API only.
 */
export async function serveWebApp(app: NestFastifyApplication, root = WEB_ROOT): Promise<boolean> {
  const indexFile = join(root, 'index.html');
  if (!existsSync(indexFile)) {
    new Logger('WebApp').warn(`no web app at ${root}: run \`npm run build\` to serve the UI`);
    return false;
  }
  await app.register(fastifyStatic, { root, wildcard: false, index: false, setHeaders: cacheHeaders });
  const indexHtml = readFileSync(indexFile);
  app
    .getHttpAdapter()
    .getInstance()
    .get('/*', (request, reply) => {
      if (!isWebAppRoute(request.url)) return reply.callNotFound();
      return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(indexHtml);
    });
  return true;
}
