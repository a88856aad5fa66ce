import { DOMAIN_SERVICE_NAMES } from '@motcua/contracts';
import { ReceptionBody, ServiceInstance, TestSystem, receptionFor, waitFor } from '@motcua/testing';
import { expectEachHandledOnce, receiveMany } from './support/dossier-flow';

const SECOND_REPLICAS: ServiceInstance[] = [
  'gateway#2',
  ...DOMAIN_SERVICE_NAMES.map((s) => `${s}#2` as ServiceInstance),
];
const BOTH_GATEWAYS: ServiceInstance[] = ['gateway', 'gateway#2'];

async function metric(system: TestSystem, instance: ServiceInstance, pattern: RegExp): Promise<number> {
  const text = await (await fetch(`${system.serviceUrl(instance)}/metrics`)).text();
  return text
    .split('\n')
    .filter((line) => pattern.test(line))
    .reduce((sum, line) => sum + Number(line.split(' ').pop()), 0);
}

/** Sequences of today's dossier codes for a unit, in order. */
async function sequencesOf(system: TestSystem, unitCode: string): Promise<number[]> {
  const db = await system.db();
  try {
    const { rows } = await db.query(`SELECT code FROM intake.dossiers WHERE receiving_unit_code = $1`, [
      unitCode,
    ]);
    return rows
      .map((row: { code: string }) => Number(row.code.slice(-4)))
      .sort((a: number, b: number) => a - b);
  } finally {
    await db.end();
  }
}

/** Receipt numbers of a unit's series this year, in order. */
async function receiptNumbers(system: TestSystem, unitCode: string): Promise<number[]> {
  const db = await system.db();
  try {
    const { rows } = await db.query(
      'SELECT number FROM fees.receipts WHERE unit_code = $1 AND number IS NOT NULL ORDER BY number',
      [unitCode],
    );
    return rows.map((row: { number: number }) => row.number);
  } finally {
    await db.end();
  }
}

/** Waits until fees has assessed every dossier (what a cashier can be asked to collect). */
async function waitForAssessments(system: TestSystem, dossiers: { id: string }[]): Promise<void> {
  const db = await system.db();
  try {
    await waitFor(
      async () => {
        const { rows } = await db.query(
          'SELECT count(*)::int AS n FROM fees.assessments WHERE dossier_id = ANY($1::uuid[])',
          [dossiers.map((d) => d.id)],
        );
        return rows[0].n === dossiers.length ? rows : null;
      },
      { description: 'every dossier assessed' },
    );
  } finally {
    await db.end();
  }
}

describe('Scale-out: two replicas of every service change nothing but speed', () => {
  let system: TestSystem;
  let reception: string;
  let cashierToken: string;
  let template: ReceptionBody;

  beforeAll(async () => {
    system = await TestSystem.start('scale-out', { env: { MOTCUA_DEADLINES_RECONCILE_MS: '1000' } });
    await Promise.all(SECOND_REPLICAS.map((replica) => system.startService(replica)));
    [reception, cashierToken] = await Promise.all([system.login('reception'), system.login('cashier')]);
    template = await receptionFor(system, reception, '2.000488');
  }, 120_000);

  afterAll(async () => {
    await system?.stop();
  });

  it('should handle every dossier once, share the work between replicas and keep dossier codes gap-free', async () => {
    const dossiers = await receiveMany(system, {
      token: reception,
      template,
      count: 300,
      concurrency: 20,
      gateways: BOTH_GATEWAYS,
    });

    await expectEachHandledOnce(system, dossiers);
    const sequences = await sequencesOf(system, '000.00.20.H41');
    expect(sequences).toEqual(Array.from({ length: sequences.length }, (_, i) => i + 1));
    expect(sequences).toHaveLength(dossiers.length);
    const handled =
      /^motcua_messages_handled_total\{type="intake\.dossier\.received\.v1",outcome="applied"\}/;
    expect(await metric(system, 'routing', handled)).toBeGreaterThan(0);
    expect(await metric(system, 'routing#2', handled)).toBeGreaterThan(0);
    expect(await metric(system, 'intake', /^motcua_outbox_published_total /)).toBeGreaterThan(0);
    expect(await metric(system, 'intake#2', /^motcua_outbox_published_total /)).toBeGreaterThan(0);
  }, 180_000);

  it('should number receipts without gaps when two fees replicas take payments from two gateways', async () => {
    const dossiers = await receiveMany(system, {
      token: reception,
      template,
      count: 60,
      concurrency: 10,
      gateways: BOTH_GATEWAYS,
    });
    await waitForAssessments(system, dossiers);

    let next = 0;
    const cashier = async () => {
      while (next < dossiers.length) {
        const index = next++;
        const paid = await system.request('POST', `/api/v1/dossiers/${dossiers[index].id}/payments`, {
          via: BOTH_GATEWAYS[index % 2],
          token: cashierToken,
          headers: { 'Idempotency-Key': `scale-pay-${dossiers[index].id}` },
          body: { method: 'cash', amountDong: 200_000, counterNumber: 36 },
        });
        if (paid.status !== 201)
          throw new Error(`payment refused: ${paid.status} ${JSON.stringify(paid.body)}`);
      }
    };
    await Promise.all(Array.from({ length: 10 }, cashier));

    const numbers = await waitFor(
      async () => {
        const found = await receiptNumbers(system, '000.00.20.H41');
        return found.length >= dossiers.length ? found : null;
      },
      { description: 'a numbered receipt per payment' },
    );
    expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => i + 1));
    expect(numbers).toHaveLength(dossiers.length);
  }, 180_000);

  it('should fire each due-day and overdue alert once with two routing replicas checking the clocks', async () => {
    const dossiers = await receiveMany(system, {
      token: reception,
      template,
      count: 40,
      concurrency: 10,
      gateways: BOTH_GATEWAYS,
    });
    const ids = dossiers.map((d) => d.id);
    const db = await system.db();
    try {
      await waitFor(async () => {
        const { rows } = await db.query(
          'SELECT count(*)::int AS n FROM routing.dossier_clocks WHERE dossier_id = ANY($1::uuid[])',
          [ids],
        );
        return rows[0].n === ids.length ? rows : null;
      });
      // Every clock runs out in a few seconds: both replicas' checkers and reconcilers race for each alert.
      await db.query(
        `UPDATE routing.dossier_clocks SET due_at = now() + interval '3 seconds', three_days_notified_at = NULL,
           one_day_notified_at = NULL, due_day_notified_at = NULL WHERE dossier_id = ANY($1::uuid[])`,
        [ids],
      );
      const alerts = await waitFor(
        async () => {
          const { rows } = await db.query(
            `SELECT envelope->'payload'->>'dossierId' AS dossier, message_type AS type,
                    envelope->'payload'->>'threshold' AS threshold
               FROM routing.outbox WHERE message_type IN ('routing.dossier.due-soon.v1', 'routing.dossier.overdue.v1')
                AND envelope->'payload'->>'dossierId' = ANY($1::text[])`,
            [ids],
          );
          return rows.filter((r) => r.type === 'routing.dossier.overdue.v1').length >= ids.length
            ? rows
            : null;
        },
        { description: 'an overdue alert for every dossier', timeoutMs: 60_000 },
      );
      const fired = alerts.map((a) => `${a.dossier} ${a.threshold ?? 'overdue'}`);
      expect(new Set(fired).size).toBe(fired.length);
      expect(fired.filter((f) => f.endsWith('overdue'))).toHaveLength(ids.length);
    } finally {
      await db.end();
    }
  }, 180_000);

  it('should lose and double nothing when one replica of each consuming service is stopped under load', async () => {
    const stopped: Promise<number | string>[] = [];

    const dossiers = await receiveMany(system, {
      token: reception,
      template,
      count: 200,
      concurrency: 20,
      gateways: BOTH_GATEWAYS,
      during: async (i) => {
        if (i === 60)
          for (const service of DOMAIN_SERVICE_NAMES)
            stopped.push(system.stopService(`${service}#2`, 'SIGTERM'));
      },
    });

    expect(await Promise.all(stopped)).toEqual(DOMAIN_SERVICE_NAMES.map(() => 0));
    await expectEachHandledOnce(system, dossiers);
    const sequences = await sequencesOf(system, '000.00.20.H41');
    expect(sequences).toEqual(Array.from({ length: sequences.length }, (_, i) => i + 1));
  }, 180_000);
});
