import { SHIPMENT_CREATED_V1, SHIPMENT_RELEASED_V1 } from '@motcua/contracts';
import { TestSystem, waitFor } from '@motcua/testing';
import Redis from 'ioredis';
import { insertHeldShipments } from './held-shipments';

interface UnitBody {
  code: string;
  hasContactPoint: boolean;
  heldShipments: number;
  releasingShipments?: number;
}

const SO_TU_PHAP = '000.00.20.H41';
const SO_XAY_DUNG = '000.00.12.H41';
const HELD = 3000;
const CONTACT = { fullName: 'Trần Thị Hằng', phone: '02383844123', hours: '07:30–11:30, 13:30–16:30' };

describe('Courier: naming the contact point of a unit with thousands of held shipments', () => {
  let system: TestSystem;
  let redis: Redis;
  let admin: string;

  beforeAll(async () => {
    system = await TestSystem.start('courier-held-release', { services: ['gateway', 'courier'] });
    redis = new Redis(system.env.MOTCUA_REDIS_URL);
    admin = await system.login('admin');
  }, 180_000);

  afterAll(async () => {
    redis?.disconnect();
    await system?.stop();
  });

  const sql = async <T>(text: string, values: unknown[] = []): Promise<T[]> => {
    const db = await system.db();
    try {
      return (await db.query(text, values)).rows as T[];
    } finally {
      await db.end();
    }
  };

  const hold = (unitCode: string, serialFrom: number) =>
    insertHeldShipments((text, values) => sql(text, values), unitCode, HELD, serialFrom);

  const name = (unitCode: string) =>
    system.request<UnitBody>('PUT', `/api/v1/courier/units/${unitCode}/contact-points`, {
      token: admin,
      body: { contactPoints: [CONTACT] },
    });

  const stillHeld = async (unitCode: string): Promise<number> => {
    const [row] = await sql<{ count: number }>(
      `SELECT count(*)::int AS count FROM courier.shipments WHERE destination_unit_code = $1 AND status = 'held'`,
      [unitCode],
    );
    return row.count;
  };

  // Events of the type for the unit's shipments: how many, for how many shipments, how many still unpublished.
  const announced = async (unitCode: string, type: string) => {
    const [row] = await sql<{ events: number; shipments: number; unpublished: number }>(
      `SELECT count(*)::int AS events, count(DISTINCT envelope->'payload'->>'shipmentId')::int AS shipments,
              count(*) FILTER (WHERE published_at IS NULL)::int AS unpublished
         FROM courier.outbox
        WHERE message_type = $1 AND envelope->'payload'->>'destinationUnitCode' = $2`,
      [type, unitCode],
    );
    return row;
  };

  // Only this system's keys: other systems share the Redis server.
  const flushRedis = async (): Promise<void> => {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${system.database}:*`, 'COUNT', 1000);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  };

  it('should answer the naming at once, then release every held shipment exactly once', async () => {
    await hold(SO_TU_PHAP, 0);

    const namingStarted = performance.now();
    const named = await name(SO_TU_PHAP);
    const namingMs = performance.now() - namingStarted;
    await waitFor(async () => (await stillHeld(SO_TU_PHAP)) === 0, {
      description: `the release of ${HELD} held shipments`,
      timeoutMs: 60_000,
      intervalMs: 20,
    });
    const releasedMs = performance.now() - namingStarted;
    await waitFor(async () => (await announced(SO_TU_PHAP, SHIPMENT_RELEASED_V1)).unpublished === 0, {
      description: 'every release published',
      timeoutMs: 60_000,
      intervalMs: 20,
    });
    const publishedMs = performance.now() - namingStarted;
    const units = await system.request<{ items: UnitBody[] }>('GET', '/api/v1/courier/units', {
      token: admin,
    });
    // The figures for the record (docs/courier.md), one JSON line.
    process.stdout.write(
      `${JSON.stringify({ held: HELD, namingMs: Math.round(namingMs), releasedMs: Math.round(releasedMs), publishedMs: Math.round(publishedMs) })}\n`,
    );

    expect(named.status).toBe(200);
    expect(named.body).toMatchObject({ hasContactPoint: true, heldShipments: 0, releasingShipments: HELD });
    expect(namingMs).toBeLessThan(2000);
    expect(await announced(SO_TU_PHAP, SHIPMENT_RELEASED_V1)).toEqual({
      events: HELD,
      shipments: HELD,
      unpublished: 0,
    });
    expect(await announced(SO_TU_PHAP, SHIPMENT_CREATED_V1)).toMatchObject({ events: 2000, shipments: 2000 });
    expect(units.body.items.find((u) => u.code === SO_TU_PHAP)).toMatchObject({
      heldShipments: 0,
      releasingShipments: 0,
    });
  });

  it('should finish a release after courier was killed and Redis lost its job', async () => {
    await hold(SO_XAY_DUNG, HELD);

    const named = await name(SO_XAY_DUNG);
    await system.stopService('courier', 'SIGKILL');
    const heldAfterCrash = await stillHeld(SO_XAY_DUNG);
    await flushRedis();
    await system.startService('courier');
    await waitFor(async () => (await stillHeld(SO_XAY_DUNG)) === 0, {
      description: 'the release resumed at boot',
      timeoutMs: 60_000,
    });

    expect(named.status).toBe(200);
    expect(heldAfterCrash).toBeGreaterThan(0);
    expect(await announced(SO_XAY_DUNG, SHIPMENT_RELEASED_V1)).toMatchObject({
      events: HELD,
      shipments: HELD,
    });
    expect(await announced(SO_XAY_DUNG, SHIPMENT_CREATED_V1)).toMatchObject({
      events: 2000,
      shipments: 2000,
    });
  });
});
