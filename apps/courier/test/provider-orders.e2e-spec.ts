import { ShipmentV1 } from '@motcua/contracts';
import { PostalSimulator, TestSystem, receptionFor, waitFor } from '@motcua/testing';
import { randomUUID } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';

interface OutboxEnvelope {
  type: string;
  payload: { trackingNumber?: string };
}

const CENTER = '000.00.01.H41';
const SO_TU_PHAP = '000.00.20.H41';
const CONTACT = { fullName: 'Trần Thị Hằng', phone: '02383844123', hours: '07:30–11:30, 13:30–16:30' };
const key = () => `orders-${randomUUID()}`;

describe('Courier with the postal provider order API: tracking numbers come from the provider', () => {
  let system: TestSystem;
  let simulator: PostalSimulator;
  let admin: string;
  let postal: string;
  let reception: string;

  const api = <T>(method: string, path: string, token: string, body?: unknown) =>
    system.request<T>(method, path, { token, body, headers: { 'idempotency-key': key() } });

  const shipment = async (id: string) =>
    (await api<ShipmentV1>('GET', `/api/v1/courier/shipments/${id}`, postal)).body;

  const shipmentInStatus = (id: string, status: string) =>
    waitFor(
      async () => {
        const found = await shipment(id);
        return found.status === status ? found : null;
      },
      { description: `shipment ${id} ${status}`, timeoutMs: 30_000, intervalMs: 50 },
    );

  const outboxTypes = async (shipmentId: string): Promise<OutboxEnvelope[]> => {
    const db = await system.db();
    try {
      const { rows } = await db.query(
        `SELECT envelope FROM courier.outbox WHERE envelope->'payload'->>'shipmentId' = $1 ORDER BY created_at`,
        [shipmentId],
      );
      return rows.map((row: { envelope: OutboxEnvelope }) => row.envelope);
    } finally {
      await db.end();
    }
  };

  beforeAll(async () => {
    simulator = await PostalSimulator.start();
    simulator.requireApiKey('simulated-provider-key');
    system = await TestSystem.start('courier-orders', {
      services: ['gateway', 'intake', 'courier'],
      env: {
        MOTCUA_COURIER_PROVIDER_URL: simulator.url,
        MOTCUA_COURIER_PROVIDER_API_KEY: 'simulated-provider-key',
        MOTCUA_COURIER_ORDER_BACKOFF_MS: '400',
      },
    });
    [admin, postal, reception] = await Promise.all(
      ['admin', 'postal', 'reception'].map((user) => system.login(user)),
    );
    await api('PUT', `/api/v1/courier/units/${CENTER}/contact-points`, admin, {
      contactPoints: [{ ...CONTACT, fullName: 'Nguyễn Thị Lan' }],
    });
  }, 180_000);

  afterAll(async () => {
    await system?.stop();
    await simulator?.stop();
  });

  it('should order a held dossier only once released, show it awaiting its order while the provider refuses, then number it from the provider', async () => {
    const body = await receptionFor(system, reception, '2.000488');
    const dossier = await api<{ id: string; code: string }>('POST', '/api/v1/dossiers', reception, body);
    const held = await waitFor(
      async () =>
        (
          await api<{ items: ShipmentV1[] }>(
            'GET',
            `/api/v1/courier/shipments?dossierId=${dossier.body.id}`,
            postal,
          )
        ).body.items.find((s) => s.status === 'held') ?? null,
      { description: 'the dossier held for Sở Tư pháp' },
    );
    const callsWhileHeld = simulator.orderCallCount;
    simulator.refuseNextOrders(4);

    await api('PUT', `/api/v1/courier/units/${SO_TU_PHAP}/contact-points`, admin, {
      contactPoints: [CONTACT],
    });
    const awaiting = await shipmentInStatus(held.id, 'awaiting_order');
    const created = await shipmentInStatus(held.id, 'created');

    expect(held.trackingNumber).toBeUndefined();
    expect(callsWhileHeld).toBe(0);
    expect(awaiting.trackingNumber).toBeUndefined();
    const orders = simulator.orders.filter((o) => o.idempotencyKey === held.id);
    expect(orders).toHaveLength(1);
    expect(created.trackingNumber).toBe(orders[0].trackingNumber);
    expect(created.trackingNumber).toMatch(/^EE\d{9}VN$/);
    expect(simulator.orderCallCount).toBeGreaterThanOrEqual(5);
    expect(orders[0].body).toMatchObject({
      reference: held.id,
      service: 'BCCI',
      sender: { unitCode: CENTER, contactName: 'Nguyễn Thị Lan', phone: CONTACT.phone },
      recipient: {
        unitCode: SO_TU_PHAP,
        name: 'Sở Tư pháp tỉnh Nghệ An',
        contactName: CONTACT.fullName,
        phone: CONTACT.phone,
      },
      package: { kind: 'dossier_to_unit', dossierCodes: [dossier.body.code] },
    });
    const events = await outboxTypes(held.id);
    expect(events.map((e) => e.type)).toEqual([
      'courier.shipment.held.v1',
      'courier.shipment.released.v1',
      'courier.shipment.created.v1',
    ]);
    expect(events[2].payload.trackingNumber).toBe(created.trackingNumber);
  });

  it('should never make a second order when the provider took one but its answer was lost', async () => {
    simulator.loseNextOrderAnswers(2);

    const posted = await api<ShipmentV1>('POST', '/api/v1/courier/shipments', postal, {
      kind: 'result_to_citizen',
      dossiers: [{ dossierId: uuidv7(), code: `${CENTER}-261128-0042` }],
      recipient: { fullName: 'Nguyễn Văn An', phone: '0912345678', address: 'Số 5 Lê Hồng Phong, Vinh' },
    });
    const created = await shipmentInStatus(posted.body.id, 'created');

    expect(posted.status).toBe(201);
    expect(posted.body.status).toBe('awaiting_order');
    expect(posted.body.trackingNumber).toBeUndefined();
    const orders = simulator.orders.filter((o) => o.idempotencyKey === posted.body.id);
    expect(orders).toHaveLength(1);
    expect(orders[0].calls).toBe(3);
    expect(orders[0].body).toMatchObject({
      recipient: { name: 'Nguyễn Văn An', phone: '0912345678', address: 'Số 5 Lê Hồng Phong, Vinh' },
    });
    expect(created.trackingNumber).toBe(orders[0].trackingNumber);
  });

  it('should keep a tracking number typed at the desk and order nothing', async () => {
    const posted = await api<ShipmentV1>('POST', '/api/v1/courier/shipments', postal, {
      kind: 'dossier_from_citizen',
      dossiers: [],
      trackingNumber: 'EB123456785VN',
    });

    expect(posted.status).toBe(201);
    expect(posted.body).toMatchObject({ status: 'created', trackingNumber: 'EB123456785VN' });
    expect(simulator.orders.some((o) => o.idempotencyKey === posted.body.id)).toBe(false);
  });
});
