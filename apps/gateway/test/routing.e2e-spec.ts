import {
  DOSSIER_RECEIVED_V1,
  DOSSIER_SUPPLEMENTED_V1,
  DossierRoutingV1,
  ProcessDefinitionV1,
  ProcessV1,
  ProcessValidationV1,
  SHIPMENT_DELIVERED_V1,
  SHIPMENT_PICKED_UP_V1,
  ShipmentKind,
  TimeUnit,
  WorkPageV1,
} from '@motcua/contracts';
import { dossierReceivedV1, procedureDefinitionV1, processDefinitionV1 } from '@motcua/contracts/test';
import { readPdfText } from '@motcua/documents/test';
import { EVENTS_EXCHANGE, createEnvelope } from '@motcua/messaging';
import { TestSystem, receptionFor, waitFor } from '@motcua/testing';
import { connect } from 'amqplib';
import { createHmac } from 'node:crypto';
import { AddressInfo } from 'node:net';
import { Server, createServer } from 'node:http';
import { v7 as uuidv7 } from 'uuid';

interface ErrorBody {
  code: string;
  message: string;
  details?: { field: string; constraint: string; message: string }[];
}

const UNIT = {
  CENTER: '000.00.01.H41',
  SO_KHDT: '000.00.10.H41',
  SO_XAY_DUNG: '000.00.12.H41',
  UBND_TINH: '000.00.00.H41',
  SO_TU_PHAP: '000.00.20.H41',
};

// An inter-agency procedure decided by UBND tỉnh, with a demo process Sở KH&ĐT → Sở Xây dựng → UBND tỉnh.
const INTER_AGENCY = '9.800001';
// A procedure of the catalog no demo process covers.
const WITHOUT_PROCESS = '2.000635';
// A procedure this suite adds: 4 working hours, so less than a working day is ever left before its deadline.
const FAST = '9.990009';

describe('Routing: internal processes, work queues, hand-overs and the control slip through the gateway', () => {
  let system: TestSystem;
  const tokens: Record<string, string> = {};

  const receive = async (procedureCode: string): Promise<string> => {
    const body = await receptionFor(system, tokens.reception, procedureCode);
    const posted = await system.request<{ id: string }>('POST', '/api/v1/dossiers', {
      token: tokens.reception,
      body,
    });
    if (posted.status !== 201) throw new Error(`reception: ${posted.status} ${JSON.stringify(posted.body)}`);
    return posted.body.id;
  };

  const routingOf = (id: string, token: string) =>
    system.request<DossierRoutingV1 & ErrorBody>('GET', `/api/v1/work/dossiers/${id}`, { token });

  // The routing view once the dossier's current step is at `unitCode`.
  const awaitStepAt = (id: string, token: string, unitCode: string) =>
    waitFor(
      async () => {
        const { status, body } = await routingOf(id, token);
        return status === 200 &&
          body.assignments.some((a) => a.status === 'active' && a.unitCode === unitCode)
          ? body
          : null;
      },
      { description: `the dossier at ${unitCode}` },
    );

  const act = (id: string, token: string, body: Record<string, unknown>, path = '/api/v1/work/dossiers') =>
    system.request<DossierRoutingV1 & ErrorBody>('POST', `${path}/${id}/actions`, { token, body });

  const clientToken = async (clientId: string): Promise<string> => {
    const response = await system.request<{ accessToken: string }>('POST', '/api/v1/auth/token', {
      body: { clientId, clientSecret: system.env.MOTCUA_DEMO_PASSWORD },
    });
    return response.body.accessToken;
  };

  beforeAll(async () => {
    // Dossiers left without their supplement are looked for every half second.
    // Webhook retries wait 200 ms, then 400 ms, then give up.
    system = await TestSystem.start('routing', {
      env: { MOTCUA_SUPPLEMENT_SWEEP_MS: '500', MOTCUA_WEBHOOK_RETRY_LADDER_MS: '200,400' },
    });
    const users = [
      'reception',
      'admin',
      'manager',
      'officer',
      'unit_lead',
      'officer.khdt',
      'officer.xd',
      'lead.ubnd',
    ];
    for (const user of users) tokens[user] = await system.login(user);
    tokens.xdSystem = await clientToken('demo-so-xay-dung');
    tokens.tuPhapSystem = await clientToken('demo-so-tu-phap');
    // Routing checks processes against its copy of the catalog, which intake's events fill.
    await waitFor(
      async () =>
        (
          await system.request<ProcessValidationV1>('POST', '/api/v1/processes/validate', {
            token: tokens.admin,
            body: processDefinitionV1(),
          })
        ).body.timeLimitHours !== undefined,
      { timeoutMs: 30_000, description: "routing's copy of the catalog" },
    );
  }, 180_000);

  afterAll(async () => {
    await system?.stop();
  });

  describe('an inter-agency dossier: Center → Sở KH&ĐT → Sở Xây dựng → UBND tỉnh → Center', () => {
    let dossierId: string;
    let atUbnd: DossierRoutingV1;

    beforeAll(async () => {
      dossierId = await receive(INTER_AGENCY);
    });

    it('should start the published process and give the first step to Sở KH&ĐT', async () => {
      const routing = await awaitStepAt(dossierId, tokens['officer.khdt'], UNIT.SO_KHDT);

      expect(routing).toMatchObject({
        status: 'processing',
        version: 1,
        isDefaultProcess: false,
        processVersion: 1,
      });
      expect(routing.assignments).toHaveLength(1);
      expect(routing.assignments[0]).toMatchObject({ stepName: 'Thẩm định hồ sơ', officerId: null });
      expect(routing.history?.[0]).toMatchObject({
        kind: 'received',
        fromUnitCode: UNIT.CENTER,
        toUnitCode: UNIT.SO_KHDT,
      });
    });

    it('should show the unclaimed step in the unit queue as new, and not in another unit’s', async () => {
      const own = await system.request<WorkPageV1>('GET', '/api/v1/work?filter=new', {
        token: tokens['officer.khdt'],
      });
      const other = await system.request<WorkPageV1>('GET', '/api/v1/work?filter=all', {
        token: tokens.officer,
      });

      expect(own.status).toBe(200);
      expect(own.body.items.map((item) => item.dossierId)).toContain(dossierId);
      expect(other.body.items.map((item) => item.dossierId)).not.toContain(dossierId);
    });

    it('should refuse with 403 an officer of another unit who acts on the dossier', async () => {
      const response = await act(dossierId, tokens.officer, { action: 'claim', expectedVersion: 1 });

      expect(response.status).toBe(403);
      expect(response.body.code).toBe('ROUTING_UNIT_FORBIDDEN');
    });

    it('should let one of two simultaneous actions on the same version win and refuse the other with 409', async () => {
      const results = await Promise.all([
        act(dossierId, tokens['officer.khdt'], { action: 'claim', expectedVersion: 1 }),
        act(dossierId, tokens['officer.khdt'], { action: 'claim', expectedVersion: 1 }),
      ]);

      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
      expect(results.find((r) => r.status === 409)?.body.code).toBe('ROUTING_VERSION_STALE');
      expect(results.find((r) => r.status === 200)?.body.version).toBe(2);
    });

    it('should hand the dossier to Sở Xây dựng when the Sở KH&ĐT officer forwards it', async () => {
      const response = await act(dossierId, tokens['officer.khdt'], {
        action: 'forward',
        expectedVersion: 2,
        note: 'Đã thẩm định, đề nghị Sở Xây dựng cho ý kiến',
      });

      expect(response.status).toBe(200);
      expect(response.body.assignments.filter((a) => a.status === 'active')).toEqual([
        expect.objectContaining({
          unitCode: UNIT.SO_XAY_DUNG,
          stepName: 'Cho ý kiến về quy hoạch, xây dựng',
        }),
      ]);
    });

    it('should list the dossier for the Sở Xây dựng system and let it forward to UBND tỉnh, while Sở Tư pháp’s system sees nothing of it', async () => {
      const listed = await system.request<WorkPageV1>('GET', '/api/v1/departments/dossiers', {
        token: tokens.xdSystem,
      });
      const item = listed.body.items.find((i) => i.dossierId === dossierId);
      const foreignList = await system.request<WorkPageV1>('GET', '/api/v1/departments/dossiers', {
        token: tokens.tuPhapSystem,
      });
      const foreignView = await system.request<ErrorBody>(
        'GET',
        `/api/v1/departments/dossiers/${dossierId}`,
        {
          token: tokens.tuPhapSystem,
        },
      );
      const foreignAct = await act(
        dossierId,
        tokens.tuPhapSystem,
        { action: 'forward', expectedVersion: 3 },
        '/api/v1/departments/dossiers',
      );

      const forwarded = await act(
        dossierId,
        tokens.xdSystem,
        { action: 'forward', expectedVersion: item?.version ?? 0 },
        '/api/v1/departments/dossiers',
      );

      expect(item).toMatchObject({ unitCode: UNIT.SO_XAY_DUNG, code: expect.any(String), version: 3 });
      expect(foreignList.body.items.map((i) => i.dossierId)).not.toContain(dossierId);
      expect(foreignView.status).toBe(403);
      expect(foreignAct.status).toBe(403);
      expect(forwarded.status).toBe(200);
      atUbnd = forwarded.body;
      expect(atUbnd.assignments.find((a) => a.status === 'active')).toMatchObject({
        unitCode: UNIT.UBND_TINH,
      });
    });

    it('should refuse a staff token on the department endpoints', async () => {
      const response = await system.request<ErrorBody>('GET', '/api/v1/departments/dossiers', {
        token: tokens['officer.xd'],
      });

      expect(response.status).toBe(403);
      expect(response.body.code).toBe('AUTH_ROLE_FORBIDDEN');
    });

    it('should let the UBND tỉnh lead extend the date once, with a reason, and refuse a second extension', async () => {
      const newDueAt = new Date(new Date(atUbnd.dueAt as string).getTime() + 5 * 24 * 3600_000).toISOString();

      const first = await act(dossierId, tokens['lead.ubnd'], {
        action: 'extend',
        expectedVersion: atUbnd.version,
        reason: 'Cần lấy thêm ý kiến của Bộ Kế hoạch và Đầu tư',
        newDueAt,
      });
      const second = await act(dossierId, tokens['lead.ubnd'], {
        action: 'extend',
        expectedVersion: first.body.version,
        reason: 'Lần hai',
        newDueAt: new Date(new Date(newDueAt).getTime() + 24 * 3600_000).toISOString(),
      });

      expect(first.status).toBe(200);
      expect(first.body.dueAt).toBe(newDueAt);
      expect(second.status).toBe(409);
      expect(second.body.code).toBe('ROUTING_ALREADY_EXTENDED');
      atUbnd = first.body;
    });

    it('should resolve at UBND tỉnh and send the result back to the Center with a complete history', async () => {
      const response = await act(dossierId, tokens['lead.ubnd'], {
        action: 'resolve',
        expectedVersion: atUbnd.version,
        outcome: 'approved',
        resultReference: '1234/QĐ-UBND',
      });

      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        status: 'resolved',
        outcome: 'approved',
        resultReference: '1234/QĐ-UBND',
        timeliness: 'early',
      });
      const hops = (response.body.history ?? [])
        .filter((line) => line.fromUnitCode && line.toUnitCode)
        .map((line) => [line.kind, line.fromUnitCode, line.toUnitCode, line.onTime]);
      expect(hops).toEqual([
        ['received', UNIT.CENTER, UNIT.SO_KHDT, true],
        ['forwarded', UNIT.SO_KHDT, UNIT.SO_XAY_DUNG, true],
        ['forwarded', UNIT.SO_XAY_DUNG, UNIT.UBND_TINH, true],
        ['resolved', UNIT.UBND_TINH, UNIT.CENTER, true],
      ]);
      expect(response.body.history?.map((line) => line.actorName)).toContain('Nguyễn Văn Thẩm Định');
    });

    it('should announce each hand-over and the resolution through the outbox', async () => {
      const db = await system.db();
      try {
        const { rows } = await db.query(
          `SELECT message_type AS type, count(*)::int AS n FROM routing.outbox
            WHERE envelope->'payload'->>'dossierId' = $1 GROUP BY message_type ORDER BY message_type`,
          [dossierId],
        );
        expect(rows).toEqual([
          { type: 'routing.dossier.assigned.v1', n: 3 },
          { type: 'routing.dossier.extended.v1', n: 1 },
          { type: 'routing.dossier.handed-over.v1', n: 3 },
          { type: 'routing.dossier.resolved.v1', n: 1 },
        ]);
      } finally {
        await db.end();
      }
    });

    it('should print the control slip (form 05) listing every hop with its result', async () => {
      const response = await fetch(`${system.gatewayUrl}/api/v1/dossiers/${dossierId}/control-slip.pdf`, {
        headers: { authorization: `Bearer ${tokens.manager}` },
      });
      const { flat, lines } = await readPdfText(Buffer.from(await response.arrayBuffer()));

      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('application/pdf');
      expect(flat).toContain('PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ');
      expect(flat).toContain('Cơ quan (bộ phận) giải quyết hồ sơ: Ủy ban nhân dân tỉnh Nghệ An');
      for (const [n, from, to] of [
        [1, 'Trung tâm PVHCC', 'Sở KH&ĐT'],
        [2, 'Sở KH&ĐT', 'Sở Xây dựng'],
        [3, 'Sở Xây dựng', 'UBND tỉnh'],
        [4, 'UBND tỉnh', 'Trung tâm PVHCC'],
      ]) {
        expect(lines.find((line) => line.startsWith(`${n}. Giao: ${from}`))).toContain('Đúng hạn');
        expect(lines).toContainEqual(expect.stringContaining(`Nhận: ${to}`));
      }
    });

    it('should show current step, history and deadlines in the combined dossier view', async () => {
      const view = await system.request<{ routing: DossierRoutingV1 }>(
        'GET',
        `/api/v1/dossiers/${dossierId}`,
        {
          token: tokens.manager,
        },
      );

      expect(view.body.routing).toMatchObject({ status: 'resolved', dueAt: atUbnd.dueAt });
      expect(view.body.routing.history?.length).toBeGreaterThanOrEqual(6);
    });

    it('should refuse any action once the dossier is resolved', async () => {
      const { body } = await routingOf(dossierId, tokens['lead.ubnd']);

      const response = await act(dossierId, tokens['lead.ubnd'], {
        action: 'stop',
        expectedVersion: body.version,
        reason: 'Dừng thử',
      });

      expect(response.status).toBe(409);
      expect(response.body.code).toBe('ROUTING_WRONG_STATUS');
    });
  });

  describe('supplements, returns and extensions', () => {
    // As intake will announce it when the applicant brings the documents to a counter.
    const publishSupplemented = async (dossierId: string, code: string): Promise<string> => {
      const supplementedAt = new Date().toISOString();
      const envelope = createEnvelope(
        DOSSIER_SUPPLEMENTED_V1,
        {
          dossierId,
          code,
          handlingUnitCode: UNIT.SO_TU_PHAP,
          documents: ['Tờ khai bổ sung'],
          supplementedAt,
          receivedBy: uuidv7(),
        },
        { producer: 'intake' },
      );
      const connection = await connect(system.brokerUrl);
      const channel = await connection.createConfirmChannel();
      channel.publish(EVENTS_EXCHANGE, DOSSIER_SUPPLEMENTED_V1, Buffer.from(JSON.stringify(envelope)), {
        persistent: true,
        messageId: envelope.id,
        type: DOSSIER_SUPPLEMENTED_V1,
      });
      await channel.waitForConfirms();
      await connection.close();
      return supplementedAt;
    };

    it('should ask for a supplement once, resume when it arrives, and refuse a second request', async () => {
      const dossierId = await receive('2.000488');
      const start = await awaitStepAt(dossierId, tokens.officer, UNIT.SO_TU_PHAP);

      const requested = await act(dossierId, tokens.officer, {
        action: 'request_supplement',
        expectedVersion: start.version,
        reason: 'Tờ khai chưa ghi đủ quá trình cư trú',
        documents: ['Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp'],
      });
      const whileWaiting = await act(dossierId, tokens.officer, {
        action: 'forward',
        expectedVersion: requested.body.version,
      });
      const supplementedAt = await publishSupplemented(dossierId, start.code as string);
      const resumed = await waitFor(async () => {
        const { body } = await routingOf(dossierId, tokens.officer);
        return body.status === 'processing' ? body : null;
      });
      const restarted = await system.request<{ dueAt: string }>(
        'GET',
        `/api/v1/calendar/due-date?from=${encodeURIComponent(supplementedAt)}&amount=10&unit=calendar_days`,
        { token: tokens.officer },
      );
      const second = await act(dossierId, tokens.officer, {
        action: 'request_supplement',
        expectedVersion: resumed.version,
        reason: 'Thiếu giấy tờ khác',
        documents: ['Giấy tờ chứng minh nơi thường trú'],
      });

      expect(requested.status).toBe(200);
      expect(requested.body.status).toBe('supplement_requested');
      const closesIn =
        Date.parse(requested.body.supplementClosesAt as string) -
        Date.parse(requested.body.supplementRequestedAt as string);
      expect(closesIn).toBe(15 * 24 * 3600_000);
      expect(whileWaiting.status).toBe(409);
      expect(whileWaiting.body.code).toBe('ROUTING_WRONG_STATUS');
      // Decree 118/2025: the 10 days of this procedure count again from the supplement.
      expect(resumed.dueAt).toBe(restarted.body.dueAt);
      expect(resumed.history?.map((line) => line.kind)).toContain('supplemented');
      expect(second.status).toBe(409);
      expect(second.body.code).toBe('ROUTING_SUPPLEMENT_ALREADY_REQUESTED');
      expect(second.body.message).toContain('một lần');
    });

    it('should close a dossier whose supplement has not come 15 days after the request', async () => {
      const dossierId = await receive('2.000488');
      const start = await awaitStepAt(dossierId, tokens.officer, UNIT.SO_TU_PHAP);
      await act(dossierId, tokens.officer, {
        action: 'request_supplement',
        expectedVersion: start.version,
        reason: 'Thiếu giấy tờ chứng minh nơi thường trú',
        documents: ['Giấy tờ chứng minh nơi thường trú'],
      });
      const db = await system.db();
      try {
        // As if the 15 days had passed.
        await db.query(
          `UPDATE routing.process_instances SET supplement_closes_at = now() - interval '1 minute' WHERE dossier_id = $1`,
          [dossierId],
        );

        const closed = await waitFor(async () => {
          const { body } = await routingOf(dossierId, tokens.officer);
          return body.status === 'stopped' ? body : null;
        });

        expect(closed.history?.at(-1)).toMatchObject({
          kind: 'stopped',
          note: expect.stringContaining('15 ngày'),
        });
        const { rows } = await db.query(
          `SELECT envelope->'payload'->>'cause' AS cause FROM routing.outbox
            WHERE message_type = 'routing.dossier.stopped.v1' AND envelope->'payload'->>'dossierId' = $1`,
          [dossierId],
        );
        expect(rows).toEqual([{ cause: 'supplement_expired' }]);
      } finally {
        await db.end();
      }
    });

    it('should send the dossier back to the previous step, and refuse to go back from the first', async () => {
      const dossierId = await receive('2.000488');
      const start = await awaitStepAt(dossierId, tokens.officer, UNIT.SO_TU_PHAP);
      const fromFirst = await act(dossierId, tokens.officer, {
        action: 'return',
        expectedVersion: start.version,
        reason: 'Không có bước trước',
      });
      const forwarded = await act(dossierId, tokens.officer, {
        action: 'forward',
        expectedVersion: start.version,
      });
      const byOfficer = await act(dossierId, tokens.officer, {
        action: 'resolve',
        expectedVersion: forwarded.body.version,
        outcome: 'approved',
      });

      const returned = await act(dossierId, tokens.unit_lead, {
        action: 'return',
        expectedVersion: forwarded.body.version,
        reason: 'Đề nghị thẩm định lại nơi cư trú',
      });

      expect(fromFirst.status).toBe(409);
      expect(fromFirst.body.code).toBe('ROUTING_NO_PREVIOUS_STEP');
      expect(byOfficer.status).toBe(403);
      expect(byOfficer.body.code).toBe('ROUTING_ROLE_FORBIDDEN');
      expect(returned.status).toBe(200);
      expect(returned.body.assignments.filter((a) => a.status === 'active')).toEqual([
        expect.objectContaining({ stepName: 'Thẩm định hồ sơ' }),
      ]);
      expect(returned.body.history?.at(-1)).toMatchObject({
        kind: 'returned',
        note: 'Đề nghị thẩm định lại nơi cư trú',
      });
    });

    it('should refuse an extension asked less than one working day before the deadline, and one by an officer', async () => {
      const created = await system.request('POST', '/api/v1/procedures', {
        token: tokens.admin,
        body: procedureDefinitionV1({
          code: FAST,
          name: 'Thủ tục thử nghiệm giải quyết trong 4 giờ làm việc (demo)',
          handlingUnitCodes: [UNIT.SO_TU_PHAP],
          processingTime: { amount: 4, unit: TimeUnit.WorkingHours },
          isDemoData: true,
        }),
      });
      expect(created.status).toBe(201);
      const dossierId = await receive(FAST);
      const start = await awaitStepAt(dossierId, tokens.unit_lead, UNIT.SO_TU_PHAP);
      const newDueAt = new Date(Date.parse(start.dueAt as string) + 3 * 24 * 3600_000).toISOString();

      const byOfficer = await act(dossierId, tokens.officer, {
        action: 'extend',
        expectedVersion: start.version,
        reason: 'Chậm',
        newDueAt,
      });
      const late = await act(dossierId, tokens.unit_lead, {
        action: 'extend',
        expectedVersion: start.version,
        reason: 'Cần xác minh thêm',
        newDueAt,
      });
      const withoutReason = await act(dossierId, tokens.unit_lead, {
        action: 'extend',
        expectedVersion: start.version,
        newDueAt,
      });

      expect(start.isDefaultProcess).toBe(true);
      expect(byOfficer.status).toBe(403);
      expect(byOfficer.body.code).toBe('ROUTING_ROLE_FORBIDDEN');
      expect(late.status).toBe(409);
      expect(late.body.code).toBe('ROUTING_EXTENSION_TOO_LATE');
      expect(late.body.message).toContain('01 ngày làm việc');
      expect(withoutReason.status).toBe(400);
      expect(withoutReason.body.details).toContainEqual(
        expect.objectContaining({ field: 'reason', message: 'Lý do là bắt buộc' }),
      );
    });

    it('should stop the process when the applicant withdraws', async () => {
      const dossierId = await receive('2.000488');
      await awaitStepAt(dossierId, tokens.officer, UNIT.SO_TU_PHAP);

      const withdrawn = await system.request('POST', `/api/v1/dossiers/${dossierId}/withdraw`, {
        token: tokens.reception,
        body: { reason: 'Công dân không còn nhu cầu' },
      });

      expect(withdrawn.status).toBe(200);
      const routing = await waitFor(async () => {
        const { body } = await routingOf(dossierId, tokens.officer);
        return body.status === 'withdrawn' ? body : null;
      });
      expect(routing.assignments.every((a) => a.status === 'cancelled')).toBe(true);
    });
  });

  describe('queues and redeliveries', () => {
    it('should list a dossier as due soon, then as overdue once its appointment has passed', async () => {
      const dossierId = await receive(FAST);
      await awaitStepAt(dossierId, tokens.officer, UNIT.SO_TU_PHAP);
      const listed = async (filter: string) =>
        (
          await system.request<WorkPageV1>('GET', `/api/v1/work?filter=${filter}&pageSize=200`, {
            token: tokens.officer,
          })
        ).body.items.map((item) => item.dossierId);

      const dueSoon = await listed('due_soon');
      const overdueBefore = await listed('overdue');
      const db = await system.db();
      try {
        await db.query(
          `UPDATE routing.process_instances SET due_at = now() - interval '1 hour' WHERE dossier_id = $1`,
          [dossierId],
        );
      } finally {
        await db.end();
      }
      const overdue = await listed('overdue');
      const dueSoonAfter = await listed('due_soon');

      expect(dueSoon).toContain(dossierId);
      expect(overdueBefore).not.toContain(dossierId);
      expect(overdue).toContain(dossierId);
      expect(dueSoonAfter).not.toContain(dossierId);
    });

    it('should put the post’s delivery of the paper dossier on the control slip and tell the lead of a result picked up', async () => {
      const dossierId = await receive(WITHOUT_PROCESS);
      const routing = await awaitStepAt(dossierId, tokens.officer, UNIT.SO_TU_PHAP);
      const dossier = { dossierId, code: routing.code };
      const facts = { trackingNumber: 'EA000000203VN', dossiers: [dossier] };
      await system.publishEvent(
        SHIPMENT_DELIVERED_V1,
        {
          ...facts,
          shipmentId: uuidv7(),
          kind: ShipmentKind.DossierToUnit,
          originUnitCode: '000.00.01.H41',
          destinationUnitCode: UNIT.SO_TU_PHAP,
          deliveredAt: new Date().toISOString(),
          receivedByName: 'Trần Văn Chuyên Viên',
        },
        'courier',
      );
      const pickup = await system.publishEvent(
        SHIPMENT_PICKED_UP_V1,
        {
          ...facts,
          shipmentId: uuidv7(),
          kind: ShipmentKind.ResultToCenter,
          originUnitCode: UNIT.SO_TU_PHAP,
          destinationUnitCode: '000.00.01.H41',
          pickedUpAt: new Date().toISOString(),
        },
        'courier',
      );
      await system.publishEvent(SHIPMENT_PICKED_UP_V1, pickup.payload, 'courier', {
        ...pickup,
        id: uuidv7(),
      });

      const withPaper = await waitFor(
        async () => {
          const { body } = await routingOf(dossierId, tokens.officer);
          return body.history?.some((line) => line.kind === 'paper_handed_over') ? body : null;
        },
        { description: 'the paper hand-over in the history' },
      );
      const slip = await system.request<string>('GET', `/api/v1/dossiers/${dossierId}/control-slip.pdf`, {
        token: tokens.officer,
      });
      const db = await system.db();
      try {
        const signals = await waitFor(async () => {
          const { rows } = await db.query(
            `SELECT envelope->'payload'->>'signal' AS signal FROM routing.outbox
              WHERE message_type = 'routing.dossier.done-unconfirmed.v1' AND envelope->'payload'->>'dossierId' = $1`,
            [dossierId],
          );
          return rows.length > 0 ? rows : null;
        });
        expect(signals).toEqual([{ signal: 'result_package_picked_up' }]);
        // The unit's leads hear of it once in their inbox, however often the pickup was reported.
        const alerts = await waitFor(async () => {
          const { rows } = await db.query(
            `SELECT audience, channel FROM notifications.messages
              WHERE dossier_id = $1 AND event_type = 'routing.dossier.done-unconfirmed.v1'`,
            [dossierId],
          );
          return rows.length > 0 ? rows : null;
        });
        expect(alerts).toEqual([{ audience: 'unit_lead', channel: 'inbox' }]);
      } finally {
        await db.end();
      }
      expect(withPaper.history?.find((line) => line.kind === 'paper_handed_over')).toMatchObject({
        fromUnitCode: '000.00.01.H41',
        toUnitCode: UNIT.SO_TU_PHAP,
      });
      expect(slip.status).toBe(200);
    });

    it('should start one process only when the reception event arrives twice', async () => {
      const dossierId = uuidv7();
      const payload = dossierReceivedV1({
        dossierId,
        code: '000.00.20.H41-261127-9101',
        receivedAt: new Date().toISOString(),
      });
      const envelopes = [1, 2].map(() =>
        createEnvelope(DOSSIER_RECEIVED_V1, payload, { producer: 'intake' }),
      );
      const connection = await connect(system.brokerUrl);
      const channel = await connection.createConfirmChannel();
      // Two envelopes (two message ids), as when intake's relay publishes again after a crash.
      for (const envelope of envelopes) {
        channel.publish(EVENTS_EXCHANGE, DOSSIER_RECEIVED_V1, Buffer.from(JSON.stringify(envelope)), {
          persistent: true,
          messageId: envelope.id,
          type: DOSSIER_RECEIVED_V1,
        });
      }
      await channel.waitForConfirms();
      await connection.close();
      const db = await system.db();
      try {
        const handled = await waitFor(async () => {
          const { rows } = await db.query(
            'SELECT count(*)::int AS n FROM routing.inbox WHERE message_id = ANY($1::uuid[])',
            [envelopes.map((e) => e.id)],
          );
          return rows[0].n === 2;
        });
        const { rows } = await db.query(
          `SELECT (SELECT count(*)::int FROM routing.process_instances WHERE dossier_id = $1) AS instances,
                  (SELECT count(*)::int FROM routing.assignments WHERE dossier_id = $1) AS assignments`,
          [dossierId],
        );

        expect(handled).toBe(true);
        expect(rows[0]).toEqual({ instances: 1, assignments: 1 });
      } finally {
        await db.end();
      }
    });
  });

  describe('process administration', () => {
    const publish = (definition: ProcessDefinitionV1, token = tokens.admin) =>
      system.request<ProcessV1 & ErrorBody>('POST', '/api/v1/processes', { token, body: definition });

    it('should refuse a process with a cycle, naming it', async () => {
      const base = processDefinitionV1();
      const cyclic = {
        ...base,
        steps: base.steps.map((s, i) => (i === 2 ? { ...s, next: ['tham-dinh'] } : s)),
      };

      const validation = await system.request<ProcessValidationV1>('POST', '/api/v1/processes/validate', {
        token: tokens.admin,
        body: cyclic,
      });
      const published = await publish(cyclic);

      expect(validation.body.isValid).toBe(false);
      expect(validation.body.problems).toContainEqual(expect.objectContaining({ constraint: 'cycle' }));
      expect(published.status).toBe(400);
      expect(published.body.code).toBe('PROCESS_INVALID');
      expect(published.body.message).toContain('vòng lặp');
    });

    it('should refuse an unreachable step and a process longer than the statutory time limit', async () => {
      const base = processDefinitionV1();
      const orphan = { ...base, steps: base.steps.map((s, i) => (i === 1 ? { ...s, next: [] } : s)) };
      const tooLong = {
        ...base,
        steps: base.steps.map((s, i) =>
          i === 0 ? { ...s, duration: { amount: 30, unit: TimeUnit.WorkingDays } } : s,
        ),
      };

      const unreachable = await publish(orphan as ProcessDefinitionV1);
      const long = await publish(tooLong as ProcessDefinitionV1);

      expect(unreachable.status).toBe(400);
      expect(unreachable.body.details).toContainEqual(
        expect.objectContaining({ field: 'steps.2', constraint: 'unreachable' }),
      );
      expect(long.status).toBe(400);
      expect(long.body.details).toContainEqual(expect.objectContaining({ constraint: 'exceedsTimeLimit' }));
    });

    it('should refuse a malformed step with the field named, and a non-admin', async () => {
      const base = processDefinitionV1();
      const malformed = { ...base, steps: [{ ...base.steps[0], unitCode: 'Sở KH&ĐT' }] };

      const invalid = await publish(malformed);
      const officer = await publish(base, tokens.officer);

      expect(invalid.status).toBe(400);
      expect(invalid.body.details).toContainEqual(expect.objectContaining({ field: 'steps.0.unitCode' }));
      expect(officer.status).toBe(403);
    });

    it('should publish a new version that new dossiers start on, while running ones keep theirs', async () => {
      const running = await receive(INTER_AGENCY);
      await awaitStepAt(running, tokens['officer.khdt'], UNIT.SO_KHDT);
      const base = processDefinitionV1();
      const direct = { ...base, steps: [{ ...base.steps[0], next: ['quyet-dinh'] }, base.steps[2]] };

      const published = await publish(direct);
      const next = await receive(INTER_AGENCY);
      await awaitStepAt(next, tokens['officer.khdt'], UNIT.SO_KHDT);
      const forwardedOld = await act(running, tokens['officer.khdt'], {
        action: 'forward',
        expectedVersion: 1,
      });
      const forwardedNew = await act(next, tokens['officer.khdt'], { action: 'forward', expectedVersion: 1 });

      expect(published.status).toBe(201);
      expect(published.body.versions.map((v) => v.version)).toEqual([1, 2]);
      expect(forwardedOld.body.assignments.at(-1)?.unitCode).toBe(UNIT.SO_XAY_DUNG);
      expect(forwardedNew.body).toMatchObject({ processVersion: 2 });
      expect(forwardedNew.body.assignments.at(-1)?.unitCode).toBe(UNIT.UBND_TINH);
    });

    it('should list procedures left on the default process for the admin', async () => {
      const defaults = await system.request<{ items: { procedureCode: string }[] }>(
        'GET',
        '/api/v1/processes/defaults',
        { token: tokens.admin },
      );

      const codes = defaults.body.items.map((item) => item.procedureCode);
      expect(codes).toContain(WITHOUT_PROCESS);
      expect(codes).not.toContain(INTER_AGENCY);
      expect(codes).not.toContain('2.000488');
    });

    it('should give a procedure without a process the default step at its deciding unit', async () => {
      const dossierId = await receive(WITHOUT_PROCESS);

      const routing = await awaitStepAt(dossierId, tokens.officer, UNIT.SO_TU_PHAP);

      expect(routing.isDefaultProcess).toBe(true);
      expect(routing.assignments[0]).toMatchObject({ stepName: 'Thẩm định hồ sơ', stepKey: 'tham-dinh' });
    });
  });

  describe('assignment rules', () => {
    const idOf = async (token: string) =>
      (await system.request<{ id: string }>('GET', '/api/v1/auth/me', { token })).body.id;
    const setRule = (token: string, body: Record<string, unknown>, unitCode = UNIT.SO_TU_PHAP) =>
      system.request<ErrorBody>('PUT', `/api/v1/work/units/${unitCode}/assignment-rule`, { token, body });

    afterAll(async () => {
      await setRule(tokens.unit_lead, { rule: 'none' });
    });

    it('should give new steps to the unit officers in turn once the lead sets round-robin', async () => {
      const [officerId, leadId] = await Promise.all([idOf(tokens.officer), idOf(tokens.unit_lead)]);
      const set = await setRule(tokens.unit_lead, { rule: 'round_robin', officerIds: [officerId, leadId] });

      const first = await receive('2.000488');
      const firstRouting = await awaitStepAt(first, tokens.officer, UNIT.SO_TU_PHAP);
      const second = await receive('2.000488');
      const secondRouting = await awaitStepAt(second, tokens.officer, UNIT.SO_TU_PHAP);

      expect(set.status).toBe(200);
      expect(firstRouting.assignments[0].officerId).toBe(officerId);
      expect(secondRouting.assignments[0].officerId).toBe(leadId);
    });

    it('should refuse a rule set by the lead of another unit, or without officers', async () => {
      const foreign = await setRule(tokens['lead.ubnd'], { rule: 'none' });
      const empty = await setRule(tokens.unit_lead, { rule: 'round_robin', officerIds: [] });

      expect(foreign.status).toBe(403);
      expect(foreign.body.code).toBe('ROUTING_UNIT_FORBIDDEN');
      expect(empty.status).toBe(400);
      expect(empty.body.details).toContainEqual(expect.objectContaining({ field: 'officerIds' }));
    });

    it("should show a unit's rule and its officers to its lead and the admin, and to nobody else", async () => {
      const [officerId, leadId] = await Promise.all([idOf(tokens.officer), idOf(tokens.unit_lead)]);
      const before = await system.request<{ rule: string; officerIds: string[] }>(
        'GET',
        `/api/v1/work/units/${UNIT.UBND_TINH}/assignment-rule`,
        { token: tokens.admin },
      );
      await setRule(tokens.admin, { rule: 'round_robin', officerIds: [leadId] });

      const shown = await system.request<{ rule: string; officerIds: string[] }>(
        'GET',
        `/api/v1/work/units/${UNIT.SO_TU_PHAP}/assignment-rule`,
        { token: tokens.unit_lead },
      );
      const officers = await system.request<{ items: { id: string; fullName: string }[] }>(
        'GET',
        `/api/v1/work/units/${UNIT.SO_TU_PHAP}/officers`,
        { token: tokens.admin },
      );
      const foreignRule = await system.request<ErrorBody>(
        'GET',
        `/api/v1/work/units/${UNIT.SO_TU_PHAP}/assignment-rule`,
        { token: tokens['lead.ubnd'] },
      );
      const foreignOfficers = await system.request<ErrorBody>(
        'GET',
        `/api/v1/work/units/${UNIT.SO_TU_PHAP}/officers`,
        { token: tokens['lead.ubnd'] },
      );
      const officerAsks = await system.request<ErrorBody>(
        'GET',
        `/api/v1/work/units/${UNIT.SO_TU_PHAP}/assignment-rule`,
        { token: tokens.officer },
      );
      const badCode = await system.request<ErrorBody>(
        'GET',
        '/api/v1/work/units/so-tu-phap/assignment-rule',
        {
          token: tokens.admin,
        },
      );

      expect(before.body).toEqual({ unitCode: UNIT.UBND_TINH, rule: 'none', officerIds: [] });
      expect(shown.body).toEqual({ unitCode: UNIT.SO_TU_PHAP, rule: 'round_robin', officerIds: [leadId] });
      expect(officers.body.items).toEqual([
        expect.objectContaining({ id: leadId, fullName: 'Lê Văn Lãnh Đạo' }),
        expect.objectContaining({ id: officerId, fullName: 'Trần Văn Chuyên Viên' }),
      ]);
      expect(foreignRule).toMatchObject({ status: 403, body: { code: 'ROUTING_UNIT_FORBIDDEN' } });
      expect(foreignOfficers).toMatchObject({ status: 403, body: { code: 'AUTH_UNIT_FORBIDDEN' } });
      expect(officerAsks).toMatchObject({ status: 403, body: { code: 'AUTH_ROLE_FORBIDDEN' } });
      expect(badCode.status).toBe(400);
      expect(badCode.body.details).toContainEqual(expect.objectContaining({ field: 'unitCode' }));
    });
  });

  it('should document the department endpoints and the action body in OpenAPI', async () => {
    const document = (await (await fetch(`${system.gatewayUrl}/api/docs-json`)).json()) as {
      paths: Record<string, unknown>;
      components: { schemas: Record<string, { properties: Record<string, unknown> }> };
    };

    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/departments/dossiers',
        '/api/v1/departments/dossiers/{id}/actions',
        '/api/v1/departments/dossiers/{id}/result',
        '/api/v1/processes',
        '/api/v1/work',
      ]),
    );
    const actionBody = document.components.schemas.DossierActionBody.properties;
    expect(Object.keys(actionBody)).toEqual(expect.arrayContaining(['action', 'expectedVersion', 'reason']));
    expect(actionBody).not.toHaveProperty('actor');
  });

  describe('webhooks to department systems', () => {
    interface Received {
      path: string;
      headers: Record<string, string | string[] | undefined>;
      body: string;
    }
    const received: Received[] = [];
    let server: Server;
    let hookBase: string;

    beforeAll(async () => {
      let calls = 0;
      // The department's endpoint: the first request fails, later ones succeed.
      server = createServer((request, response) => {
        let body = '';
        request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
        request.on('end', () => {
          calls += 1;
          received.push({ path: request.url ?? '', headers: request.headers, body });
          response.statusCode = calls === 1 ? 500 : 200;
          response.end();
        });
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      hookBase = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });

    afterAll(async () => {
      await new Promise((resolve) => server.close(resolve));
    });

    const subscribe = (token: string, body: Record<string, unknown>) =>
      system.request<{ id: string; secret: string } & ErrorBody>('POST', '/api/v1/departments/webhooks', {
        token,
        body,
      });

    it('should post signed events about the unit’s dossiers, retry a failure, log every delivery, and send nothing to another unit', async () => {
      const events = ['routing.dossier.assigned.v1', 'routing.dossier.handed-over.v1'];
      const xd = await subscribe(tokens.xdSystem, { url: `${hookBase}/so-xay-dung`, eventTypes: events });
      const tuPhap = await subscribe(tokens.tuPhapSystem, {
        url: `${hookBase}/so-tu-phap`,
        eventTypes: events,
      });
      // Back to the demo chain (an earlier test published a shortcut past Sở Xây dựng).
      const republished = await system.request('POST', '/api/v1/processes', {
        token: tokens.admin,
        body: processDefinitionV1(),
      });
      const dossierId = await receive(INTER_AGENCY);
      await awaitStepAt(dossierId, tokens['officer.khdt'], UNIT.SO_KHDT);

      await act(dossierId, tokens['officer.khdt'], { action: 'forward', expectedVersion: 1 });

      const ofDossier = () => received.filter((r) => JSON.parse(r.body).payload.dossierId === dossierId);
      const ours = await waitFor(() => (ofDossier().length === 3 ? ofDossier() : null));
      const eventIds = new Set(ours.map((r) => JSON.parse(r.body).id as string));
      const log = await waitFor(async () => {
        const { body } = await system.request<{
          items: { eventId: string; status: string; attempts: number; lastStatusCode: number }[];
        }>('GET', `/api/v1/departments/webhooks/${xd.body.id}/deliveries`, { token: tokens.xdSystem });
        const mine = body.items.filter((d) => eventIds.has(d.eventId));
        return mine.length === 2 && mine.every((d) => d.status === 'delivered') ? mine : null;
      });
      expect(republished.status).toBe(201);
      expect(xd.status).toBe(201);
      expect(xd.body.secret).toEqual(expect.any(String));
      expect(tuPhap.status).toBe(201);
      expect(ours.every((r) => r.path === '/so-xay-dung')).toBe(true);
      expect(new Set(ours.map((r) => r.headers['x-motcua-event']))).toEqual(new Set(events));
      for (const request of ours) {
        const timestamp = String(request.headers['x-motcua-timestamp']);
        const expected = createHmac('sha256', xd.body.secret)
          .update(`${timestamp}.${request.body}`)
          .digest('hex');
        expect(request.headers['x-motcua-signature']).toBe(`sha256=${expected}`);
        expect(Math.abs(Date.now() / 1000 - Number(timestamp))).toBeLessThan(300);
      }
      expect(eventIds.size).toBe(2);
      expect(log.map((d) => d.attempts).sort()).toEqual([1, 2]);
      expect(log.every((d) => d.lastStatusCode === 200)).toBe(true);
    });

    it('should refuse a staff token and an unknown event type', async () => {
      const staff = await subscribe(tokens['officer.xd'], {
        url: `${hookBase}/x`,
        eventTypes: ['routing.dossier.assigned.v1'],
      });
      const unknown = await subscribe(tokens.xdSystem, {
        url: `${hookBase}/x`,
        eventTypes: ['intake.dossier.received.v1'],
      });

      expect(staff.status).toBe(403);
      expect(unknown.status).toBe(400);
      expect(unknown.body.details).toContainEqual(expect.objectContaining({ field: 'eventTypes' }));
    });
  });
});
