import { DOMAIN_SERVICE_NAMES } from '@motcua/contracts';
import { ReceptionBody, ServiceInstance, TestSystem, receptionFor } from '@motcua/testing';
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

describe('Scale-out: two replicas of every service change nothing but speed', () => {
  let system: TestSystem;
  let reception: string;
  let template: ReceptionBody;

  beforeAll(async () => {
    system = await TestSystem.start('scale-out');
    await Promise.all(SECOND_REPLICAS.map((replica) => system.startService(replica)));
    reception = await system.login('reception');
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
