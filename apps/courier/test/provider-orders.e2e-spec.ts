import { ShipmentV1 } from '@motcua/contracts';
import { PostalSimulator, TestSystem, receptionFor, waitFor } from '@motcua/testing';
import { randomUUID } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';

interface OutboxEnvelope {
  type: string;
  payload: { trackingNumber?: string; attempts?: number; errorCode?: string };
}

interface InboxBody {
  items: { dossierId?: string; eventType: string; title: string; body: string; isUrgent: boolean }[];
}

const ORDER_STALLED = 'courier.shipment.order-stalled.v1';

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
  let manager: string;

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

  const shipmentOfDossier = (dossierId: string, status: string) =>
    waitFor(
      async () =>
        (
          await api<{ items: ShipmentV1[] }>(
            'GET',
            `/api/v1/courier/shipments?dossierId=${dossierId}`,
            postal,
          )
        ).body.items.find((s) => s.status === status) ?? null,
      { description: `the shipment of dossier ${dossierId} ${status}`, timeoutMs: 30_000, intervalMs: 50 },
    );

  const inboxItems = async (token: string, dossierId: string, eventType: string) =>
    (await api<InboxBody>('GET', '/api/v1/inbox?limit=200', token)).body.items.filter(
      (i) => i.dossierId === dossierId && i.eventType === eventType,
    );

  // A dossier for Sở Tư pháp, whose contact point is named so its shipment is ordered at once.
  const receiveForSoTuPhap = async () => {
    await api('PUT', `/api/v1/courier/units/${SO_TU_PHAP}/contact-points`, admin, {
      contactPoints: [CONTACT],
    });
    const body = await receptionFor(system, reception, '2.000488');
    return (await api<{ id: string; code: string }>('POST', '/api/v1/dossiers', reception, body)).body;
  };

  const withdraw = (dossierId: string) =>
    api('POST', `/api/v1/dossiers/${dossierId}/withdraw`, reception, {
      reason: 'Công dân không còn nhu cầu',
    });

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
      services: ['gateway', 'intake', 'courier', 'notifications'],
      env: {
        MOTCUA_COURIER_PROVIDER_URL: simulator.url,
        MOTCUA_COURIER_PROVIDER_API_KEY: 'simulated-provider-key',
        MOTCUA_COURIER_ORDER_BACKOFF_MS: '400',
        // A round of an order is three calls: 400 ms, then 800 ms apart.
        MOTCUA_COURIER_ORDER_ATTEMPTS: '3',
      },
    });
    [admin, postal, reception, manager] = await Promise.all(
      ['admin', 'postal', 'reception', 'manager'].map((user) => system.login(user)),
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
    simulator.refuseNextOrders(2);

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
    expect(simulator.orderCallCount).toBeGreaterThanOrEqual(3);
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

  it('should tell the managers once when a round of order calls is spent, and go on ordering until the provider takes it', async () => {
    simulator.refuseNextOrders(6);

    const posted = await api<ShipmentV1>('POST', '/api/v1/courier/shipments', postal, {
      kind: 'result_to_citizen',
      dossiers: [{ dossierId: uuidv7(), code: `${CENTER}-261128-0043` }],
      recipient: { fullName: 'Lê Thị Bình', phone: '0912345679', address: 'Số 9 Nguyễn Du, Vinh' },
    });
    const dossierId = posted.body.dossiers[0].dossierId;
    const [note] = await waitFor(
      async () => {
        const notes = await inboxItems(manager, dossierId, ORDER_STALLED);
        return notes.length > 0 ? notes : null;
      },
      { description: "the stalled order in the manager's inbox", timeoutMs: 30_000 },
    );
    const created = await shipmentInStatus(posted.body.id, 'created');

    expect(note).toMatchObject({
      isUrgent: true,
      title: `Bưu điện chưa nhận gửi hồ sơ ${CENTER}-261128-0043`,
    });
    expect(note.body).toContain('sau 3 lần gửi yêu cầu (lỗi COURIER_PROVIDER_UNAVAILABLE)');
    expect(note.body).toContain('địa chỉ của người nhận');
    const orders = simulator.orders.filter((o) => o.idempotencyKey === posted.body.id);
    expect(orders).toHaveLength(1);
    expect(created.trackingNumber).toBe(orders[0].trackingNumber);
    const events = (await outboxTypes(posted.body.id)).map((e) => e.type);
    expect(events).toEqual([ORDER_STALLED, 'courier.shipment.created.v1']);
    expect(await inboxItems(manager, dossierId, ORDER_STALLED)).toHaveLength(1);
    expect(await inboxItems(reception, dossierId, ORDER_STALLED)).toHaveLength(0);
  });

  it('should cancel with the provider the order of a dossier withdrawn after it was placed, retrying while the provider refuses', async () => {
    const dossier = await receiveForSoTuPhap();
    const created = await shipmentOfDossier(dossier.id, 'created');
    simulator.refuseNextCancellations(2);
    const cancellationCalls = simulator.cancellationCallCount;

    const withdrawn = await withdraw(dossier.id);
    await shipmentOfDossier(dossier.id, 'cancelled');
    const order = await waitFor(
      async () => simulator.orders.find((o) => o.idempotencyKey === created.id && o.isCancelled) ?? null,
      { description: 'the order cancelled with the provider', timeoutMs: 30_000 },
    );

    expect(withdrawn.status).toBe(200);
    expect(order.trackingNumber).toBe(created.trackingNumber);
    expect(simulator.cancellationCallCount - cancellationCalls).toBe(3);
    expect(simulator.orders.filter((o) => o.idempotencyKey === created.id)).toHaveLength(1);
  });

  it('should leave no order with the provider when the dossier is withdrawn while its order is being refused', async () => {
    simulator.refuseNextOrders(1_000);
    const dossier = await receiveForSoTuPhap();
    const awaiting = await shipmentOfDossier(dossier.id, 'awaiting_order');
    const cancellationCalls = simulator.cancellationCallCount;

    await withdraw(dossier.id);
    await shipmentOfDossier(dossier.id, 'cancelled');
    await waitFor(async () => (simulator.cancellationCallCount > cancellationCalls ? true : null), {
      description: 'the cancellation sent to the provider',
      timeoutMs: 30_000,
    });
    simulator.refuseNextOrders(0);

    expect(simulator.orders.some((o) => o.idempotencyKey === awaiting.id)).toBe(false);
    expect((await outboxTypes(awaiting.id)).map((e) => e.type)).not.toContain('courier.shipment.created.v1');
  });
});
