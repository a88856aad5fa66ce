import { FEE_ASSESSED_V1, SHIPMENT_CREATED_V1 } from '@motcua/contracts';
import { ReceptionBody, ServiceInstance, TestSystem, receptionFor, waitFor } from '@motcua/testing';
import { Dossier, expectEachHandledOnce, receiveMany } from './support/dossier-flow';
import { readFileSync, statSync } from 'node:fs';

const DRAIN_MS = 10_000;
// Sở Tư pháp, which handles procedure 2.000488.
const DECIDING_UNIT = '000.00.20.H41';

interface Shutdown {
  readonly exitCode: number | string;
  readonly elapsedMs: number;
  /** Log lines at level error or worse, or not from the logger, written between SIGTERM and exit. */
  readonly errors: string[];
}

function isErrorLine(line: string): boolean {
  try {
    return ['error', 'fatal'].includes((JSON.parse(line) as { level?: string }).level ?? '');
  } catch {
    return true;
  }
}

/** SIGTERMs an instance and reports how it went: exit code, time to exit and what it logged going down. */
async function shutDown(system: TestSystem, instance: ServiceInstance): Promise<Shutdown> {
  const log = system.logOf(instance);
  const offset = statSync(log).size;
  const sentAt = Date.now();
  const exitCode = await system.stopService(instance, 'SIGTERM');
  const elapsedMs = Date.now() - sentAt;
  const lines = readFileSync(log).subarray(offset).toString('utf8').split('\n');
  return { exitCode, elapsedMs, errors: lines.filter((line) => line.trim() !== '' && isErrorLine(line)) };
}

async function receivedDossierCount(system: TestSystem): Promise<number> {
  const db = await system.db();
  try {
    const { rows } = await db.query('SELECT count(*)::int AS n FROM intake.dossiers');
    return rows[0].n;
  } finally {
    await db.end();
  }
}

/**
 * Every dossier assessed once (one assessment, one `fee.assessed` event, no receipt: nobody paid), the citizen
 * told once what to pay, and its paper sent to the deciding unit once (one shipment, one `shipment.created`
 * event), with the outboxes empty.
 */
async function expectFeesAndPaperHandledOnce(system: TestSystem, dossiers: Dossier[]): Promise<void> {
  const ids = dossiers.map((d) => d.id);
  const db = await system.db();
  try {
    const counts = async () => {
      const { rows } = await db.query(
        `SELECT (SELECT count(*) FROM fees.assessments WHERE dossier_id = ANY($1::uuid[]))::int AS assessments,
                (SELECT count(*) FROM fees.outbox WHERE message_type = $2
                   AND (envelope->'payload'->>'dossierId')::uuid = ANY($1::uuid[]))::int AS assessed,
                (SELECT count(*) FROM fees.receipts WHERE dossier_id = ANY($1::uuid[]))::int AS receipts,
                (SELECT count(*) FROM notifications.messages WHERE dossier_id = ANY($1::uuid[]) AND channel = 'sms'
                   AND event_type = $2)::int AS "feeSms",
                (SELECT count(*) FROM courier.shipments s JOIN courier.shipment_dossiers d ON d.shipment_id = s.id
                   WHERE s.kind = 'dossier_to_unit' AND d.dossier_id = ANY($1::uuid[]))::int AS shipments,
                (SELECT count(*) FROM courier.outbox o, jsonb_array_elements(o.envelope->'payload'->'dossiers') d
                   WHERE o.message_type = $3 AND (d->>'dossierId')::uuid = ANY($1::uuid[]))::int AS shipped,
                (SELECT count(*) FROM fees.outbox WHERE published_at IS NULL)::int
                  + (SELECT count(*) FROM courier.outbox WHERE published_at IS NULL)::int AS unpublished`,
        [ids, FEE_ASSESSED_V1, SHIPMENT_CREATED_V1],
      );
      return rows[0];
    };
    const settled = await waitFor(
      async () => {
        const now = await counts();
        return now.assessments === ids.length &&
          now.feeSms === ids.length &&
          now.shipments === ids.length &&
          now.unpublished === 0
          ? now
          : null;
      },
      { timeoutMs: 60_000, intervalMs: 250, description: 'every dossier assessed, billed and shipped' },
    );
    expect(settled).toEqual({
      assessments: ids.length,
      assessed: ids.length,
      receipts: 0,
      feeSms: ids.length,
      shipments: ids.length,
      shipped: ids.length,
      unpublished: 0,
    });
  } finally {
    await db.end();
  }
}

describe('Shutdown: SIGTERM to any service under load loses and doubles nothing', () => {
  let system: TestSystem;
  let reception: string;
  let template: ReceptionBody;

  beforeAll(async () => {
    system = await TestSystem.start('shutdown', { env: { MOTCUA_SHUTDOWN_DRAIN_MS: String(DRAIN_MS) } });
    const admin = await system.login('admin');
    // With a contact point, each paper dossier's shipment is created (and announced), not held.
    const contactPoint = { fullName: 'Trần Thị Hằng', phone: '02383844123', hours: '07:30–11:30' };
    const named = await system.request('PUT', `/api/v1/courier/units/${DECIDING_UNIT}/contact-points`, {
      token: admin,
      body: { contactPoints: [contactPoint] },
    });
    expect(named.status).toBe(200);
    reception = await system.login('reception');
    // A paper dossier with a fee, handled outside the Center: fees, courier and notifications all have work.
    template = await receptionFor(system, reception, '2.000488');
  }, 120_000);

  afterAll(async () => {
    await system?.stop();
  });

  it.each(['intake', 'fees', 'courier', 'notifications'] as const)(
    'should drain %s on SIGTERM within the drain time, and lose or double nothing once it is back',
    async (service) => {
      const before = await receivedDossierCount(system);
      let stopped: Promise<Shutdown> | undefined;

      const dossiers = await receiveMany(system, {
        token: reception,
        template,
        count: 32,
        concurrency: 8,
        during: async (i) => {
          if (i === 10)
            stopped = shutDown(system, service).then(async (shutdown) => {
              await system.startService(service);
              return shutdown;
            });
        },
      });
      const shutdown = await stopped!;

      expect(shutdown).toMatchObject({ exitCode: 0, errors: [] });
      expect(shutdown.elapsedMs).toBeLessThan(DRAIN_MS);
      await expectEachHandledOnce(system, dossiers);
      await expectFeesAndPaperHandledOnce(system, dossiers);
      expect(await receivedDossierCount(system)).toBe(before + dossiers.length);
    },
    120_000,
  );

  it('should drain a gateway replica on SIGTERM with a live stream open, while clerks fail over to the other', async () => {
    await system.startService('gateway#2');
    const board = await fetch(`${system.serviceUrl('gateway#2')}/public/v1/display-board/events`);
    const boardClosed = board.body!.pipeTo(new WritableStream()).then(
      () => 'ended',
      () => 'reset',
    );
    const before = await receivedDossierCount(system);
    let stopped: Promise<Shutdown> | undefined;

    const dossiers = await receiveMany(system, {
      token: reception,
      template,
      count: 32,
      concurrency: 8,
      gateways: ['gateway#2'],
      failover: 'gateway',
      during: async (i) => {
        if (i === 10) stopped = shutDown(system, 'gateway#2');
      },
    });
    const shutdown = await stopped!;

    expect(shutdown).toMatchObject({ exitCode: 0, errors: [] });
    expect(shutdown.elapsedMs).toBeLessThan(DRAIN_MS);
    expect(await boardClosed).toBe('ended');
    expect(new Set(dossiers.map((d) => d.id)).size).toBe(dossiers.length);
    await expectEachHandledOnce(system, dossiers);
    await expectFeesAndPaperHandledOnce(system, dossiers);
    expect(await receivedDossierCount(system)).toBe(before + dossiers.length);
  }, 120_000);
});
