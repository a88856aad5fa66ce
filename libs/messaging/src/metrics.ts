import { Counter, Gauge, Histogram } from 'prom-client';

export const messagesHandled = new Counter({
  name: 'motcua_messages_handled_total',
  help: 'Events handled and acknowledged, by type and outcome (applied or duplicate)',
  labelNames: ['type', 'outcome'] as const,
});

export const messagesFailed = new Counter({
  name: 'motcua_messages_failed_total',
  help: 'Event handling attempts that failed and will be retried, by type and reason',
  labelNames: ['type', 'reason'] as const,
});

export const messagesDeadLettered = new Counter({
  name: 'motcua_messages_dead_lettered_total',
  help: 'Events sent to the dead-letter queue by this service, by type and reason',
  labelNames: ['type', 'reason'] as const,
});

export const messageHandlingDuration = new Histogram({
  name: 'motcua_message_handling_seconds',
  help: 'Time from delivery to acknowledgement of an event',
  labelNames: ['type'] as const,
  buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5],
});

export const outboxPublished = new Counter({
  name: 'motcua_outbox_published_total',
  help: 'Outbox rows published to the broker and confirmed',
});

export const rpcRequests = new Counter({
  name: 'motcua_rpc_requests_total',
  help: 'Requests answered by this service, by key and outcome',
  labelNames: ['key', 'outcome'] as const,
});

/** Figures read from the outbox table when Prometheus scrapes; the relay provides the source. */
export const outboxGauges: { source: (() => Promise<{ pending: number; lagSeconds: number }>) | null } = {
  source: null,
};

async function readOutbox(): Promise<{ pending: number; lagSeconds: number } | null> {
  return outboxGauges.source ? outboxGauges.source().catch(() => null) : null;
}

const outboxPending: Gauge = new Gauge({
  name: 'motcua_outbox_pending',
  help: 'Outbox rows not yet published',
  async collect() {
    const figures = await readOutbox();
    if (figures) outboxPending.set(figures.pending);
  },
});

const outboxLag: Gauge = new Gauge({
  name: 'motcua_outbox_lag_seconds',
  help: 'Age of the oldest unpublished outbox row, 0 when none',
  async collect() {
    const figures = await readOutbox();
    if (figures) outboxLag.set(figures.lagSeconds);
  },
});
