import type { FastifyInstance } from 'fastify';
import { httpRequestDuration } from './metrics';

/** Times every Fastify request; call once on the HTTP adapter's instance before `listen`. */
export function registerHttpMetrics(fastify: FastifyInstance): void {
  fastify.addHook('onResponse', (request, reply, done) => {
    httpRequestDuration.observe(
      {
        method: request.method,
        route: request.routeOptions.url ?? 'unmatched',
        status: String(reply.statusCode),
      },
      reply.elapsedTime / 1000,
    );
    done();
  });
}
