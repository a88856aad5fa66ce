import {
  DOSSIER_RESOLVED_V1,
  DossierResolvedV1,
  PackageV1,
  PickupV1,
  ResolutionOutcome,
  ResultDeliveryMethod,
  ShipmentFailureReason,
  ShipmentV1,
  Timeliness,
  TrackingStatus,
} from '@motcua/contracts';
import { readPdfText } from '@motcua/documents/test';
import { EVENTS_EXCHANGE, createEnvelope } from '@motcua/messaging';
import { PostalSimulator, ReceptionBody, TestSystem, receptionFor, waitFor } from '@motcua/testing';
import { connect } from 'amqplib';
import { randomUUID } from 'node:crypto';

interface ErrorBody {
  code: string;
  message: string;
  details?: { field: string; constraint: string; message: string }[];
}

interface UnitBody {
  code: string;
  name?: string;
  hasContactPoint: boolean;
  heldShipments: number;
  contactPoints: unknown[];
}

interface OutboxEvent {
  type: string;
  payload: { kind: string; shipmentId: string; destinationUnitCode?: string; reason?: string };
}

const CENTER = '000.00.01.H41';
const SO_TU_PHAP = '000.00.20.H41';
const WEBHOOK = '/api/v1/courier/webhooks/tracking';
const key = () => `courier-${randomUUID()}`;
const CONTACT = { fullName: 'Trần Thị Hằng', phone: '02383844123', hours: '07:30–11:30, 13:30–16:30' };

describe('Courier: paper with the post, from the Center to a department and back, and to a citizen home', () => {
  let system: TestSystem;
  let simulator: PostalSimulator;
  let admin: string;
  let manager: string;
  let postal: string;
  let reception: string;
  let officer: string;
  let homeDelivery: ReceptionBody;

  const api = <T>(
    method: string,
    path: string,
    token: string,
    body?: unknown,
    headers?: Record<string, string>,
  ) => system.request<T & ErrorBody>(method, path, { token, body, headers });

  const receive = async (body: ReceptionBody) => {
    const posted = await api<{ id: string; code: string }>('POST', '/api/v1/dossiers', reception, body, {
      'idempotency-key': key(),
    });
    expect(posted.status).toBe(201);
    return posted.body;
  };

  const shipmentsOf = async (dossierId: string) =>
    (await api<{ shipments: ShipmentV1[] | null }>('GET', `/api/v1/dossiers/${dossierId}`, reception)).body
      .shipments ?? [];

  const shipmentOf = (dossierId: string, kind: string, status?: string) =>
    waitFor(
      async () =>
        (await shipmentsOf(dossierId)).find((s) => s.kind === kind && (!status || s.status === status)) ??
        null,
      { description: `${kind} shipment${status ? ` ${status}` : ''} of ${dossierId}` },
    );

  const outboxEvents = async (shipmentId: string): Promise<OutboxEvent[]> => {
    const db = await system.db();
    try {
      const { rows } = await db.query(
        `SELECT envelope FROM courier.outbox WHERE envelope->'payload'->>'shipmentId' = $1 ORDER BY created_at`,
        [shipmentId],
      );
      return rows.map((row: { envelope: OutboxEvent }) => row.envelope);
    } finally {
      await db.end();
    }
  };

  // Routing's resolution, as routing will publish it.
  const publishResolved = async (dossier: { id: string; code: string }, paperResult: boolean) => {
    const payload: DossierResolvedV1 = {
      dossierId: dossier.id,
      code: dossier.code,
      unitCode: SO_TU_PHAP,
      outcome: ResolutionOutcome.Approved,
      resolvedAt: new Date().toISOString(),
      confirmedAt: new Date().toISOString(),
      timeliness: Timeliness.Early,
      paperResult,
    };
    const envelope = createEnvelope(DOSSIER_RESOLVED_V1, payload, { producer: 'routing' });
    const connection = await connect(system.brokerUrl);
    const channel = await connection.createConfirmChannel();
    channel.publish(EVENTS_EXCHANGE, DOSSIER_RESOLVED_V1, Buffer.from(JSON.stringify(envelope)), {
      persistent: true,
      messageId: envelope.id,
      type: DOSSIER_RESOLVED_V1,
    });
    await channel.waitForConfirms();
    await connection.close();
  };

  // Prepare the pickup, seal each package, hand it over: the packages of the shipment asked for.
  const sendOff = async (origin: string, slot: string, shipmentId: string, seal: string) => {
    const pickup = await api<PickupV1>('POST', '/api/v1/courier/pickups', postal, {
      originUnitCode: origin,
      slot,
    });
    expect(pickup.status).toBe(200);
    const pack = pickup.body.packages.find((p) => p.shipments.some((s) => s.id === shipmentId)) as PackageV1;
    expect(pack).toBeDefined();
    const sealed = await api<PackageV1>('POST', `/api/v1/courier/packages/${pack.id}/seal`, postal, {
      sealNumber: seal,
    });
    expect(sealed.body).toMatchObject({ status: 'sealed', sealNumber: seal });
    for (const other of pickup.body.packages.filter((p) => p.id !== pack.id && p.status === 'packing')) {
      await api('POST', `/api/v1/courier/packages/${other.id}/seal`, postal, {
        sealNumber: `NP-${randomUUID().slice(0, 8).toUpperCase()}`,
      });
    }
    const handed = await api<PickupV1>(
      'POST',
      `/api/v1/courier/pickups/${pickup.body.id}/hand-over`,
      postal,
      {
        takenByName: 'Phạm Quốc Việt',
      },
      { 'idempotency-key': key() },
    );
    expect(handed.status).toBe(200);
    return { pickup: handed.body, pack };
  };

  beforeAll(async () => {
    simulator = await PostalSimulator.start();
    system = await TestSystem.start('courier', {
      env: {
        MOTCUA_COURIER_PICKUP_TIMES: '09:30,10:30,11:30,15:00',
        MOTCUA_COURIER_TRACKING_POLL_URL: simulator.url,
        MOTCUA_COURIER_TRACKING_POLL_MS: '1000',
      },
    });
    simulator.deliverTo(`${system.gatewayUrl}${WEBHOOK}`, system.env.MOTCUA_COURIER_WEBHOOK_SECRET);
    [admin, manager, postal, reception, officer] = await Promise.all(
      ['admin', 'manager', 'postal', 'reception', 'officer'].map((user) => system.login(user)),
    );
    const base = await receptionFor(system, reception, '2.000488');
    homeDelivery = {
      ...base,
      resultDelivery: {
        method: ResultDeliveryMethod.Post,
        address: 'Số 5 Lê Hồng Phong, phường Vinh Phú, Nghệ An',
      },
    };
    // Units come from intake's directory, announced at the seed.
    await waitFor(
      async () => {
        const units = await api<{ items: UnitBody[] }>('GET', '/api/v1/courier/units', manager);
        return units.body.items?.some((u) => u.code === SO_TU_PHAP && u.name) ? true : null;
      },
      { description: 'the unit directory copied', timeoutMs: 30_000 },
    );
  }, 180_000);

  afterAll(async () => {
    await system?.stop();
    await simulator?.stop();
  });

  describe('contact points', () => {
    it('should hold a dossier for a unit without a contact point, tell the manager, and release it once named', async () => {
      const dossier = await receive(homeDelivery);

      const held = await shipmentOf(dossier.id, 'dossier_to_unit', 'held');
      const flagged = await api<{ items: UnitBody[] }>(
        'GET',
        '/api/v1/courier/units?withoutContactPoint=true',
        manager,
      );
      const named = await api<UnitBody>('PUT', `/api/v1/courier/units/${SO_TU_PHAP}/contact-points`, admin, {
        contactPoints: [CONTACT],
      });
      await api('PUT', `/api/v1/courier/units/${CENTER}/contact-points`, admin, {
        contactPoints: [{ ...CONTACT, fullName: 'Nguyễn Thị Lan' }],
      });

      expect(held).toMatchObject({ originUnitCode: CENTER, destinationUnitCode: SO_TU_PHAP });
      expect(held.trackingNumber).toMatch(/^EA\d{9}VN$/);
      expect(flagged.body.items.find((u) => u.code === SO_TU_PHAP)).toMatchObject({
        hasContactPoint: false,
        heldShipments: 1,
      });
      expect(named.body).toMatchObject({ code: SO_TU_PHAP, hasContactPoint: true, heldShipments: 0 });
      const released = await shipmentOf(dossier.id, 'dossier_to_unit', 'created');
      expect(released.id).toBe(held.id);
      expect((await outboxEvents(held.id)).map((e) => e.type)).toEqual(['courier.shipment.created.v1']);
    });

    it('should refuse a contact point without a valid phone, naming the field', async () => {
      const refused = await api('PUT', `/api/v1/courier/units/${SO_TU_PHAP}/contact-points`, admin, {
        contactPoints: [{ ...CONTACT, phone: '12345' }],
      });

      expect(refused.status).toBe(400);
      expect(refused.body.code).toBe('VALIDATION_FAILED');
      expect(refused.body.details?.[0]).toMatchObject({ field: 'contactPoints.0.phone' });
      expect(refused.body.details?.[0].message).toContain('Số điện thoại đầu mối');
    });

    it('should let only admins and managers name contact points', async () => {
      const refused = await api('PUT', `/api/v1/courier/units/${SO_TU_PHAP}/contact-points`, postal, {
        contactPoints: [CONTACT],
      });

      expect(refused.status).toBe(403);
    });
  });

  describe('a paper dossier to its department, its result back, and the result to the citizen home', () => {
    let dossier: { id: string; code: string };

    beforeAll(async () => {
      dossier = await receive(homeDelivery);
    });

    it('should pack, seal, hand over with a record and track the dossier to the department', async () => {
      const shipment = await shipmentOf(dossier.id, 'dossier_to_unit', 'created');
      const pickup = await api<PickupV1>('POST', '/api/v1/courier/pickups', postal, {
        originUnitCode: CENTER,
        slot: '09:30',
      });
      const early = await api('POST', `/api/v1/courier/pickups/${pickup.body.id}/hand-over`, postal, {
        takenByName: 'Phạm Quốc Việt',
      });

      const { pickup: handed, pack } = await sendOff(CENTER, '09:30', shipment.id, 'NP-0930-0001');
      const pdf = await fetch(`${system.gatewayUrl}/api/v1/courier/pickups/${handed.id}/record.pdf`, {
        headers: { authorization: `Bearer ${postal}` },
      });
      const moving = await simulator.push([
        simulator.event(shipment.trackingNumber, TrackingStatus.InTransit),
      ]);
      const received = await api<PackageV1>(
        'POST',
        `/api/v1/courier/packages/${pack.id}/receive`,
        officer,
        {
          sealNumber: 'NP-0930-0001',
          sealIntact: true,
          givenByName: 'Phạm Quốc Việt',
        },
        { 'idempotency-key': key() },
      );

      expect(early.status).toBe(409);
      expect(early.body.code).toBe('COURIER_PACKAGE_NOT_SEALED');
      expect(handed).toMatchObject({ status: 'handed_over', takenByName: 'Phạm Quốc Việt' });
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get('content-type')).toContain('application/pdf');
      const text = await readPdfText(Buffer.from(await pdf.arrayBuffer()));
      expect(text.flat).toContain('BIÊN BẢN GIAO NHẬN HỒ SƠ, KẾT QUẢ');
      expect(text.flat).toContain(dossier.code);
      expect(text.flat).toContain('NP-0930-0001');
      expect(text.flat).toContain(shipment.trackingNumber);
      expect(text.flat).toContain('Phạm Quốc Việt');
      expect(moving).toMatchObject({ status: 200, body: { applied: 1, duplicates: 0 } });
      expect(received.status).toBe(200);
      expect(received.body.status).toBe('received');
      const delivered = await shipmentOf(dossier.id, 'dossier_to_unit', 'delivered');
      expect(delivered.tracking.map((t) => [t.status, t.source])).toEqual([
        ['picked_up', 'hand_over'],
        ['in_transit', 'webhook'],
        ['delivered', 'receipt'],
      ]);
      const events = await outboxEvents(shipment.id);
      expect(events.map((e) => e.type)).toEqual([
        'courier.shipment.created.v1',
        'courier.shipment.picked-up.v1',
        'courier.shipment.delivered.v1',
      ]);
      expect(events[2].payload).toMatchObject({ kind: 'dossier_to_unit', destinationUnitCode: SO_TU_PHAP });
    });

    it('should bring the paper result back to the Center when the department resolves it', async () => {
      await publishResolved(dossier, true);
      const shipment = await shipmentOf(dossier.id, 'result_to_center', 'created');

      const { pack } = await sendOff(SO_TU_PHAP, '15:00', shipment.id, 'NP-1500-0001');
      const received = await api<PackageV1>(
        'POST',
        `/api/v1/courier/packages/${pack.id}/receive`,
        reception,
        {
          sealNumber: 'NP-1500-0001',
          sealIntact: true,
          givenByName: 'Phạm Quốc Việt',
        },
      );

      expect(shipment).toMatchObject({ originUnitCode: SO_TU_PHAP, destinationUnitCode: CENTER });
      expect(received.body.status).toBe('received');
      const events = await outboxEvents(shipment.id);
      expect(events.at(-1)).toMatchObject({
        type: 'courier.shipment.delivered.v1',
        payload: { kind: 'result_to_center', destinationUnitCode: CENTER },
      });
    });

    it('should send the result to the citizen address and follow the post until delivered, whatever the order of events', async () => {
      const shipment = await shipmentOf(dossier.id, 'result_to_citizen', 'created');
      await sendOff(CENTER, '10:30', shipment.id, 'NP-1030-0002');
      const transit = simulator.event(shipment.trackingNumber, TrackingStatus.InTransit, {
        occurredAt: new Date(Date.now() + 60_000).toISOString(),
      });
      const home = simulator.event(shipment.trackingNumber, TrackingStatus.Delivered, {
        occurredAt: new Date(Date.now() + 120_000).toISOString(),
        location: 'Phường Vinh Phú',
      });

      const first = await simulator.push([home]);
      const late = await simulator.push([transit]);

      expect(shipment.recipient).toMatchObject({
        fullName: 'Nguyễn Văn An',
        address: homeDelivery.resultDelivery.address,
      });
      expect(first.body).toMatchObject({ applied: 1 });
      expect(late.body).toMatchObject({ applied: 0, stale: 1 });
      const delivered = await shipmentOf(dossier.id, 'result_to_citizen', 'delivered');
      expect(delivered.tracking.find((t) => t.status === 'in_transit')).toMatchObject({ applied: false });
      const events = await outboxEvents(shipment.id);
      expect(events.at(-1)).toMatchObject({
        type: 'courier.shipment.delivered.v1',
        payload: { kind: 'result_to_citizen' },
      });
      expect((await shipmentsOf(dossier.id)).map((s) => [s.kind, s.status]).sort()).toEqual([
        ['dossier_to_unit', 'delivered'],
        ['result_to_center', 'delivered'],
        ['result_to_citizen', 'delivered'],
      ]);
    });
  });

  describe('seals', () => {
    it('should record an incident and fail the shipments when the seal read differs', async () => {
      const dossier = await receive(homeDelivery);
      const shipment = await shipmentOf(dossier.id, 'dossier_to_unit', 'created');
      const { pack } = await sendOff(CENTER, '11:30', shipment.id, 'NP-1130-0101');

      const received = await api<PackageV1>('POST', `/api/v1/courier/packages/${pack.id}/receive`, officer, {
        sealNumber: 'NP-1130-0199',
        sealIntact: true,
        givenByName: 'Phạm Quốc Việt',
      });
      const again = await api('POST', `/api/v1/courier/packages/${pack.id}/receive`, officer, {
        sealNumber: 'NP-1130-0101',
        sealIntact: true,
        givenByName: 'Phạm Quốc Việt',
      });

      expect(received.body.status).toBe('incident');
      expect(received.body.incident).toContain('NP-1130-0199');
      expect(again.body.code).toBe('COURIER_PACKAGE_ALREADY_RECEIVED');
      const failed = await shipmentOf(dossier.id, 'dossier_to_unit', 'failed');
      expect(failed.failureReason).toBe(ShipmentFailureReason.SealMismatch);
      expect((await outboxEvents(shipment.id)).at(-1)).toMatchObject({
        type: 'courier.shipment.failed.v1',
        payload: { reason: 'seal_mismatch' },
      });
    });
  });

  describe('tracking callbacks', () => {
    let trackingNumber: string;

    beforeAll(async () => {
      const dossier = await receive(homeDelivery);
      trackingNumber = (await shipmentOf(dossier.id, 'dossier_to_unit', 'created')).trackingNumber;
    });

    it('should refuse unsigned, forged and stale callbacks and change nothing', async () => {
      const event = simulator.event(trackingNumber, TrackingStatus.Failed, {
        reason: ShipmentFailureReason.Lost,
      });

      const unsigned = await simulator.push([event], { unsigned: true });
      const forged = await simulator.push([event], { secret: 'not-the-shared-secret-0123' });
      const stale = await simulator.push([event], { timestamp: Math.floor(Date.now() / 1000) - 600 });

      expect([unsigned.status, forged.status, stale.status]).toEqual([401, 401, 401]);
      expect(unsigned.body).toMatchObject({ code: 'COURIER_WEBHOOK_SIGNATURE_INVALID' });
      expect(forged.body).toMatchObject({ code: 'COURIER_WEBHOOK_SIGNATURE_INVALID' });
      expect(stale.body).toMatchObject({ code: 'COURIER_WEBHOOK_STALE' });
      const shipment = (
        await api<{ items: ShipmentV1[] }>('GET', '/api/v1/courier/shipments', postal)
      ).body.items.find((s) => s.trackingNumber === trackingNumber);
      expect(shipment?.status).toBe('created');
    });

    it('should refuse a signed body that is not a list of events, naming the field', async () => {
      const refused = await simulator.push([], { rawBody: JSON.stringify({ events: [{ eventId: 'x' }] }) });

      expect(refused.status).toBe(400);
      expect(refused.body).toMatchObject({ code: 'VALIDATION_FAILED' });
      expect(JSON.stringify(refused.body)).toContain('events.0.trackingNumber');
    });

    it('should ignore a replayed event, keep an unknown tracking number as an incident, and alert on a loss', async () => {
      const lost = simulator.event(trackingNumber, TrackingStatus.Failed, {
        reason: ShipmentFailureReason.Lost,
      });
      const stranger = simulator.event('EA999999996VN', TrackingStatus.InTransit);

      const first = await simulator.push([lost, stranger]);
      const replay = await simulator.push([lost]);

      expect(first.body).toMatchObject({ applied: 1, unknown: [stranger.eventId] });
      expect(replay.body).toMatchObject({ applied: 0, duplicates: 1 });
      const shipment = (
        await api<{ items: ShipmentV1[] }>('GET', '/api/v1/courier/shipments?status=failed', postal)
      ).body.items.find((s) => s.trackingNumber === trackingNumber);
      expect(shipment).toMatchObject({ failureReason: 'lost' });
      expect((await outboxEvents(shipment?.id as string)).at(-1)).toMatchObject({
        type: 'courier.shipment.failed.v1',
        payload: { reason: 'lost' },
      });
    });
  });

  describe('shipments made by hand and the polling adapter', () => {
    it('should take a dossier the citizen posted, then follow it by polling the provider', async () => {
      const created = await api<ShipmentV1>(
        'POST',
        '/api/v1/courier/shipments',
        postal,
        {
          kind: 'dossier_from_citizen',
          dossiers: [],
          trackingNumber: 'EB123456785VN',
        },
        { 'idempotency-key': key() },
      );
      simulator.record('EB123456785VN', TrackingStatus.PickedUp, { location: 'Bưu cục Diễn Châu' });
      simulator.record('EB123456785VN', TrackingStatus.Delivered, { location: 'Trung tâm PVHCC' });

      const followed = await waitFor(
        async () => {
          const { body } = await api<ShipmentV1>(
            'GET',
            `/api/v1/courier/shipments/${created.body.id}`,
            postal,
          );
          return body.status === 'delivered' ? body : null;
        },
        { description: 'the polled shipment delivered', timeoutMs: 30_000 },
      );

      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ status: 'created', destinationUnitCode: CENTER });
      expect(followed.tracking.map((t) => t.source)).toEqual(['poll', 'poll']);
    });

    it('should refuse a mistyped tracking number, a number in use and a journey without its destination', async () => {
      const mistyped = await api('POST', '/api/v1/courier/shipments', postal, {
        kind: 'dossier_from_citizen',
        dossiers: [],
        trackingNumber: 'EB123456784VN',
      });
      const taken = await api('POST', '/api/v1/courier/shipments', postal, {
        kind: 'dossier_from_citizen',
        dossiers: [],
        trackingNumber: 'EB123456785VN',
      });
      const nowhere = await api('POST', '/api/v1/courier/shipments', postal, {
        kind: 'dossier_to_unit',
        dossiers: [{ dossierId: randomUUID(), code: '000.00.20.H41-261128-0001' }],
      });

      expect([mistyped.status, taken.status, nowhere.status]).toEqual([400, 409, 400]);
      expect(mistyped.body.code).toBe('COURIER_TRACKING_NUMBER_INVALID');
      expect(taken.body.code).toBe('COURIER_TRACKING_NUMBER_TAKEN');
      expect(nowhere.body).toMatchObject({
        code: 'COURIER_SHIPMENT_INCOMPLETE',
        details: [{ field: 'destinationUnitCode' }],
      });
    });

    it('should refuse a pickup time that is not on the schedule', async () => {
      const refused = await api('POST', '/api/v1/courier/pickups', postal, {
        originUnitCode: CENTER,
        slot: '11:00',
      });

      expect(refused.status).toBe(400);
      expect(refused.body.code).toBe('COURIER_UNKNOWN_PICKUP_TIME');
    });
  });

  describe('figures for the manager', () => {
    it('should give transport times per route and unit, packages per pickup and incidents', async () => {
      const from = new Date(Date.now() - 86_400_000).toISOString();
      const to = new Date(Date.now() + 86_400_000).toISOString();

      const figures = await api<{
        routes: { originUnitCode?: string; destinationUnitCode?: string; delivered: number }[];
        units: { unitCode: string; delivered: number }[];
        pickups: { packages: number }[];
        averagePackagesPerPickup: number;
        incidentCounts: { kind: string; count: number }[];
      }>('GET', `/api/v1/courier/figures?from=${from}&to=${to}`, manager);
      const forbidden = await api('GET', `/api/v1/courier/figures?from=${from}&to=${to}`, postal);

      expect(figures.status).toBe(200);
      expect(figures.body.routes).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ originUnitCode: CENTER, destinationUnitCode: SO_TU_PHAP, delivered: 2 }),
          expect.objectContaining({ originUnitCode: SO_TU_PHAP, destinationUnitCode: CENTER, delivered: 1 }),
        ]),
      );
      expect(figures.body.units).toEqual(
        expect.arrayContaining([expect.objectContaining({ unitCode: SO_TU_PHAP })]),
      );
      expect(figures.body.pickups.length).toBeGreaterThanOrEqual(3);
      expect(figures.body.averagePackagesPerPickup).toBeGreaterThanOrEqual(1);
      expect(figures.body.incidentCounts).toEqual(
        expect.arrayContaining([
          { kind: 'seal_mismatch', count: 1 },
          { kind: 'lost', count: 1 },
          { kind: 'unknown_tracking_number', count: 1 },
        ]),
      );
      expect(forbidden.status).toBe(403);
    });
  });
});
