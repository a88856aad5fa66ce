import { Histogram, register } from 'prom-client';

/** HTTP latency per route template (never per raw URL: ids would explode the label set). */
export const httpRequestDuration = new Histogram({
  name: 'motcua_http_request_duration_seconds',
  help: 'HTTP request latency by method, route template and status code',
  labelNames: ['method', 'route', 'status'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
});

export { register as metricsRegistry };
