import { ReceptionBody, ServiceInstance, TestSystem, waitFor } from '@motcua/testing';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';

// Dossier traffic for the resilience, scale-out and shutdown suites: clerks that retry like the web UI, and the
// check that every accepted dossier was assigned and notified exactly once.

const RETRY_PAUSE_MS = 200;
// 30 s of retries: long enough for the broker connections to come back after they were all closed.
const MAX_ATTEMPTS = 150;

export interface Dossier {
  id: string;
  code: string;
}

export interface Traffic {
  readonly token: string;
  readonly template: ReceptionBody;
  readonly count: number;
  readonly concurrency: number;
  /** Runs when the i-th reception starts: where a test injects its fault. */
  readonly during?: (i: number) => Promise<void>;
  /** Gateway replicas the clerks use in turn; the first gateway by default. */
  readonly gateways?: readonly ServiceInstance[];
  /** Where a clerk retries after a network error, as a load balancer would (the same gateway by default). */
  readonly failover?: ServiceInstance;
}

/**
 * Receives `count` dossiers with `concurrency` clerks, each retrying with the same Idempotency-Key on a 5xx
 * or a network error, as the web UI does.
 */
export async function receiveMany(system: TestSystem, traffic: Traffic): Promise<Dossier[]> {
  const { token, template, count, concurrency } = traffic;
  const gateways = traffic.gateways ?? ['gateway'];
  const accepted: Dossier[] = [];
  let next = 0;
  const clerk = async () => {
    while (next < count) {
      const index = next++;
      await traffic.during?.(index);
      const idempotencyKey = `resilience-${randomUUID()}`;
      let via = gateways[index % gateways.length];
      for (let attempt = 1; ; attempt++) {
        const response = await system
          .request<Dossier>('POST', '/api/v1/dossiers', {
            via,
            token,
            headers: { 'idempotency-key': idempotencyKey },
            body: { ...template, applicant: { ...template.applicant, fullName: `Công dân ${index}` } },
          })
          .catch(() => ({ status: 0, body: undefined }));
        if (response.status === 201 && response.body) {
          accepted.push(response.body);
          break;
        }
        if (response.status !== 0 && response.status < 500)
          throw new Error(`reception refused: ${response.status}`);
        if (response.status === 0) via = traffic.failover ?? via;
        if (attempt === MAX_ATTEMPTS) throw new Error('reception never succeeded');
        await sleep(RETRY_PAUSE_MS);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, clerk));
  return accepted;
}

/**
 * Every accepted dossier has exactly one assignment, one reception SMS and one assignment note in the inbox (a
 * held shipment's alerts are notes of their own), and the outboxes are empty.
 */
export async function expectEachHandledOnce(system: TestSystem, dossiers: Dossier[]): Promise<void> {
  const ids = dossiers.map((d) => d.id);
  const db = await system.db();
  try {
    const counts = async () => {
      const { rows } = await db.query(
        `SELECT (SELECT count(*) FROM routing.assignments WHERE dossier_id = ANY($1::uuid[]))::int AS assignments,
                (SELECT count(DISTINCT dossier_id) FROM routing.assignments WHERE dossier_id = ANY($1::uuid[]))::int AS assigned,
                (SELECT count(*) FROM notifications.messages WHERE dossier_id = ANY($1::uuid[]) AND channel = 'sms'
                   AND event_type = 'intake.dossier.received.v1')::int AS sms,
                (SELECT count(*) FROM notifications.messages WHERE dossier_id = ANY($1::uuid[]) AND channel = 'inbox'
                   AND event_type = 'routing.dossier.assigned.v1')::int AS inbox,
                (SELECT count(*) FROM intake.outbox WHERE published_at IS NULL)::int
                  + (SELECT count(*) FROM routing.outbox WHERE published_at IS NULL)::int AS unpublished`,
        [ids],
      );
      return rows[0];
    };
    const settled = await waitFor(
      async () => {
        const now = await counts();
        return now.sms === ids.length && now.inbox === ids.length && now.unpublished === 0 ? now : null;
      },
      { timeoutMs: 60_000, intervalMs: 250, description: 'every dossier assigned and notified' },
    );
    expect(settled).toEqual({
      assignments: ids.length,
      assigned: ids.length,
      sms: ids.length,
      inbox: ids.length,
      unpublished: 0,
    });
    const { rows } = await db.query(
      'SELECT count(*)::int AS n FROM intake.dossiers WHERE id = ANY($1::uuid[])',
      [ids],
    );
    expect(rows[0].n).toBe(ids.length);
  } finally {
    await db.end();
  }
}
