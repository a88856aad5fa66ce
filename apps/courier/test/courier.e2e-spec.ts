import {
  DOSSIER_RESOLVED_V1,
  DossierResolvedV1,
  SHIPMENT_HELD_V1,
  ShipmentHeldV1,
  ShipmentHoldReason,
  ShipmentKind,
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
import { EVENTS_EXCHANGE, Envelope, createEnvelope } from '@motcua/messaging';
import { PostalSimulator, ReceptionBody, TestSystem, receptionFor, waitFor } from '@motcua/testing';
import { connect } from 'amqplib';
import { randomUUID } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';

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
  id: string;
  type: string;
  payload: {
    kind: string;
    shipmentId: string;
    destinationUnitCode?: string;
    destinationUnitName?: string;
    reason?: string;
  };
}

interface InboxBody {
  items: {
    id: string;
    dossierId?: string;
    eventType: string;
    title: string;
    body: string;
    isUrgent: boolean;
  }[];
}

const CENTER = '000.00.01.H41';
const SO_TU_PHAP = '000.00.20.H41';
const SO_XAY_DUNG = '000.00.12.H41';
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
  let unitLead: string;
  let homeDelivery: ReceptionBody;
  let handedOverPickupId: string;
  let citizenPackageId: string;

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
    (await api<{ items: ShipmentV1[] }>('GET', `/api/v1/courier/shipments?dossierId=${dossierId}`, postal))
      .body.items;

  // Courier numbers every shipment itself in this suite (no provider order API configured).
  const shipmentOf = (dossierId: string, kind: string, status?: string) =>
    waitFor(
      async () =>
        (await shipmentsOf(dossierId)).find(
          (s): s is ShipmentV1 & { trackingNumber: string } =>
            s.kind === kind && (!status || s.status === status) && s.trackingNumber !== undefined,
        ) ?? null,
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

  const pdfText = async (path: string, token: string) => {
    const response = await fetch(`${system.gatewayUrl}${path}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/pdf');
    return (await readPdfText(Buffer.from(await response.arrayBuffer()))).flat;
  };

  // Puts an envelope on the exchange as its producer's relay does (the same id when redelivering).
  const deliver = async (envelope: Envelope) => {
    const connection = await connect(system.brokerUrl);
    const channel = await connection.createConfirmChannel();
    channel.publish(EVENTS_EXCHANGE, envelope.type, Buffer.from(JSON.stringify(envelope)), {
      persistent: true,
      messageId: envelope.id,
      type: envelope.type,
    });
    await channel.waitForConfirms();
    await connection.close();
  };

  const inboxItems = async (token: string, dossierId: string, eventType: string) =>
    (await api<InboxBody>('GET', '/api/v1/inbox?limit=200', token)).body.items.filter(
      (i) => i.dossierId === dossierId && i.eventType === eventType,
    );

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
    await deliver(createEnvelope(DOSSIER_RESOLVED_V1, payload, { producer: 'routing' }));
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
    // Fees plays no part in moving paper: the suite runs without it.
    system = await TestSystem.start('courier', {
      services: ['gateway', 'intake', 'routing', 'courier', 'notifications'],
      env: {
        MOTCUA_COURIER_PICKUP_TIMES: '09:30,10:30,11:30,15:00',
        MOTCUA_COURIER_TRACKING_POLL_URL: simulator.url,
        MOTCUA_COURIER_TRACKING_POLL_MS: '1000',
      },
    });
    simulator.deliverTo(`${system.gatewayUrl}${WEBHOOK}`, system.env.MOTCUA_COURIER_WEBHOOK_SECRET);
    [admin, manager, postal, reception, officer, unitLead] = await Promise.all(
      ['admin', 'manager', 'postal', 'reception', 'officer', 'unit_lead'].map((user) => system.login(user)),
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
    it('should hold a received dossier for a unit without a contact point, alert the managers and the unit leads once, and release it once named', async () => {
      const dossier = await receive(homeDelivery);

      const held = await shipmentOf(dossier.id, 'dossier_to_unit', 'held');
      const flagged = await api<{ items: UnitBody[] }>(
        'GET',
        '/api/v1/courier/units?withoutContactPoint=true',
        manager,
      );
      const alert = await waitFor(
        async () => (await inboxItems(manager, dossier.id, SHIPMENT_HELD_V1))[0] ?? null,
        { description: "the hold in the manager's inbox" },
      );
      const [holdEvent] = await outboxEvents(held.id);
      await deliver(holdEvent as unknown as Envelope);
      await deliver(holdEvent as unknown as Envelope);
      // A later hold of another shipment: once its alert is in, the redelivered copies were handled before it.
      const later = { dossierId: uuidv7(), code: `${SO_TU_PHAP}-261128-9999` };
      const laterHold: ShipmentHeldV1 = {
        shipmentId: uuidv7(),
        kind: ShipmentKind.DossierToUnit,
        dossiers: [later],
        originUnitCode: CENTER,
        destinationUnitCode: SO_TU_PHAP,
        reason: ShipmentHoldReason.NoContactPoint,
        heldAt: new Date().toISOString(),
      };
      await deliver(createEnvelope(SHIPMENT_HELD_V1, laterHold, { producer: 'courier' }));
      await waitFor(async () => (await inboxItems(manager, later.dossierId, SHIPMENT_HELD_V1))[0] ?? null, {
        description: 'the later hold in the inbox',
      });
      const otherLead = await system.login('lead.khdt');

      expect(held).toMatchObject({ originUnitCode: CENTER, destinationUnitCode: SO_TU_PHAP });
      expect(held.trackingNumber).toMatch(/^EA\d{9}VN$/);
      expect(flagged.body.items.find((u) => u.code === SO_TU_PHAP)).toMatchObject({
        hasContactPoint: false,
        heldShipments: 1,
      });
      expect(holdEvent).toMatchObject({
        type: SHIPMENT_HELD_V1,
        payload: {
          destinationUnitCode: SO_TU_PHAP,
          destinationUnitName: 'Sở Tư pháp tỉnh Nghệ An',
          reason: 'no_contact_point',
        },
      });
      expect(alert.isUrgent).toBe(true);
      expect(alert.title).toContain('Sở Tư pháp tỉnh Nghệ An');
      expect(alert.body).toContain(dossier.code);
      expect(await inboxItems(manager, dossier.id, SHIPMENT_HELD_V1)).toHaveLength(1);
      expect(await inboxItems(unitLead, dossier.id, SHIPMENT_HELD_V1)).toHaveLength(1);
      expect(await inboxItems(otherLead, dossier.id, SHIPMENT_HELD_V1)).toHaveLength(0);
      expect(await inboxItems(officer, dossier.id, SHIPMENT_HELD_V1)).toHaveLength(0);

      const named = await api<UnitBody>('PUT', `/api/v1/courier/units/${SO_TU_PHAP}/contact-points`, admin, {
        contactPoints: [CONTACT],
      });
      await api('PUT', `/api/v1/courier/units/${CENTER}/contact-points`, admin, {
        contactPoints: [{ ...CONTACT, fullName: 'Nguyễn Thị Lan' }],
      });
      const released = await shipmentOf(dossier.id, 'dossier_to_unit', 'created');
      const releasedNote = await waitFor(
        async () => (await inboxItems(manager, dossier.id, 'courier.shipment.released.v1'))[0] ?? null,
        { description: "the release in the manager's inbox" },
      );

      expect(named.body).toMatchObject({ code: SO_TU_PHAP, hasContactPoint: true, heldShipments: 0 });
      expect(released.id).toBe(held.id);
      expect((await outboxEvents(held.id)).map((e) => e.type)).toEqual([
        'courier.shipment.held.v1',
        'courier.shipment.released.v1',
        'courier.shipment.created.v1',
      ]);
      expect(releasedNote.title).toContain('gửi tiếp');
      expect(await inboxItems(manager, dossier.id, SHIPMENT_HELD_V1)).toHaveLength(1);
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
      handedOverPickupId = handed.id;
      const record = await pdfText(`/api/v1/courier/pickups/${handed.id}/record.pdf`, postal);
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
      expect(record).toContain('BIÊN BẢN GIAO NHẬN HỒ SƠ, KẾT QUẢ');
      expect(record).toContain(dossier.code);
      expect(record).toContain('NP-0930-0001');
      expect(record).toContain(shipment.trackingNumber);
      expect(record).toContain('Bên nhận: Bưu điện — Phạm Quốc Việt');
      expect(moving).toMatchObject({ status: 200, body: { applied: 1, duplicates: 0 } });
      expect(received.status).toBe(200);
      expect(received.body.status).toBe('received');
      const receipt = await pdfText(`/api/v1/courier/packages/${pack.id}/record.pdf`, officer);
      expect(receipt).toContain('Bên giao: Bưu điện — Phạm Quốc Việt');
      expect(receipt).toContain('Bên nhận: Sở Tư pháp tỉnh Nghệ An');
      expect(receipt).toContain('Kiểm tra niêm phong: Đúng số niêm phong, niêm phong nguyên vẹn');
      expect(receipt).toContain(dossier.code);
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
      citizenPackageId = (await sendOff(CENTER, '10:30', shipment.id, 'NP-1030-0002')).pack.id;
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
      const view = await api<{ shipments: ShipmentV1[] | null }>(
        'GET',
        `/api/v1/dossiers/${dossier.id}`,
        reception,
      );
      expect((view.body.shipments ?? []).map((s) => [s.kind, s.status]).sort()).toEqual([
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
      expect(await pdfText(`/api/v1/courier/packages/${pack.id}/record.pdf`, officer)).toContain(
        'Kiểm tra niêm phong: Số niêm phong NP-1130-0199 khác số đã niêm phong NP-1130-0101',
      );
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

      const officerView = await api<{ items: ShipmentV1[] }>('GET', '/api/v1/courier/shipments', officer);

      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ status: 'created', destinationUnitCode: CENTER });
      expect(officerView.body.items.length).toBeGreaterThan(0);
      expect(officerView.body.items.map((s) => s.id)).not.toContain(created.body.id);
      expect(
        officerView.body.items.every((s) => [s.originUnitCode, s.destinationUnitCode].includes(SO_TU_PHAP)),
      ).toBe(true);
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

  describe('withdrawal', () => {
    it('should keep the paper of a withdrawn dossier at the Center: its unpacked shipment is cancelled', async () => {
      const dossier = await receive(homeDelivery);
      await shipmentOf(dossier.id, 'dossier_to_unit', 'created');

      const withdrawn = await api('POST', `/api/v1/dossiers/${dossier.id}/withdraw`, reception, {
        reason: 'Công dân không còn nhu cầu',
      });

      expect(withdrawn.status).toBe(200);
      await shipmentOf(dossier.id, 'dossier_to_unit', 'cancelled');
    });
  });

  describe('desk mistakes', () => {
    it('should refuse what cannot be done at the desk with a stable code', async () => {
      const unknown = randomUUID();
      const construction = await api<{ items: { code: string }[] }>(
        'GET',
        `/api/v1/procedures?unitCode=${SO_XAY_DUNG}`,
        reception,
      );
      await api('PUT', `/api/v1/courier/units/${SO_XAY_DUNG}/contact-points`, admin, {
        contactPoints: [CONTACT],
      });
      const dossier = await receive(await receptionFor(system, reception, construction.body.items[0].code));
      await shipmentOf(dossier.id, 'dossier_to_unit', 'created');
      const pickup = await api<PickupV1>('POST', '/api/v1/courier/pickups', postal, {
        originUnitCode: CENTER,
        slot: '15:00',
      });
      const pack = pickup.body.packages[0];

      const codes = await Promise.all([
        api('GET', `/api/v1/courier/shipments/${unknown}`, postal),
        api('POST', `/api/v1/courier/pickups/${unknown}/hand-over`, postal, {
          takenByName: 'Phạm Quốc Việt',
        }),
        api('POST', `/api/v1/courier/packages/${unknown}/seal`, postal, { sealNumber: 'NP-0001' }),
        api('POST', `/api/v1/courier/pickups/${handedOverPickupId}/hand-over`, postal, {
          takenByName: 'Phạm Quốc Việt',
        }),
        api('POST', `/api/v1/courier/packages/${pack.id}/seal`, postal, { sealNumber: 'NP-0930-0001' }),
        api('GET', `/api/v1/courier/pickups/${pickup.body.id}/record.pdf`, postal),
        api('POST', `/api/v1/courier/packages/${pack.id}/receive`, postal, {
          sealNumber: 'NP-0001',
          sealIntact: true,
          givenByName: 'Phạm Quốc Việt',
        }),
        api('GET', `/api/v1/courier/packages/${pack.id}/record.pdf`, postal),
        api('POST', `/api/v1/courier/packages/${pack.id}/receive`, officer, {
          sealNumber: 'NP-0001',
          sealIntact: true,
          givenByName: 'Phạm Quốc Việt',
        }),
        api('POST', `/api/v1/courier/packages/${citizenPackageId}/receive`, postal, {
          sealNumber: 'NP-1030-0002',
          sealIntact: true,
          givenByName: 'Phạm Quốc Việt',
        }),
        simulator.push([], { rawBody: 'not json' }),
      ]);
      const again = await api('POST', '/api/v1/courier/pickups', postal, {
        originUnitCode: SO_XAY_DUNG,
        slot: '15:00',
      });

      expect(pack.destinationUnitCode).toBe(SO_XAY_DUNG);
      expect(codes.map((c) => [c.status, (c.body as ErrorBody).code])).toEqual([
        [404, 'COURIER_SHIPMENT_NOT_FOUND'],
        [404, 'COURIER_PICKUP_NOT_FOUND'],
        [404, 'COURIER_PACKAGE_NOT_FOUND'],
        [409, 'COURIER_PICKUP_HANDED_OVER'],
        [409, 'COURIER_SEAL_NUMBER_TAKEN'],
        [409, 'COURIER_PICKUP_NOT_HANDED_OVER'],
        [409, 'COURIER_PICKUP_NOT_HANDED_OVER'],
        [409, 'COURIER_PACKAGE_NOT_RECEIVED'],
        [403, 'COURIER_PACKAGE_OF_OTHER_UNIT'],
        [409, 'COURIER_PACKAGE_TO_CITIZEN'],
        [400, 'MALFORMED_REQUEST'],
      ]);
      expect(again).toMatchObject({ status: 409, body: { code: 'COURIER_NOTHING_TO_PICK_UP' } });
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

    it('should document the courier operations in the OpenAPI document', async () => {
      const document = (await (await fetch(`${system.gatewayUrl}/api/docs-json`)).json()) as {
        paths: Record<string, unknown>;
      };

      expect(Object.keys(document.paths)).toEqual(
        expect.arrayContaining([
          '/api/v1/courier/units/{code}/contact-points',
          '/api/v1/courier/shipments',
          '/api/v1/courier/pickups/{id}/hand-over',
          '/api/v1/courier/packages/{id}/receive',
          '/api/v1/courier/webhooks/tracking',
          '/api/v1/courier/figures',
        ]),
      );
    });
  });
});
