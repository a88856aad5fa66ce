import {
  DOSSIER_RESOLVED_V1,
  DOSSIER_STOPPED_V1,
  DOSSIER_SUPPLEMENT_REQUESTED_V1,
  DOSSIER_EXTENDED_V1,
  DossierPageV1,
  DossierStatus,
  DossierV1,
  PublicDossierV1,
  ResolutionOutcome,
  SHIPMENT_DELIVERED_V1,
  ShipmentKind,
  StopCause,
  Timeliness,
} from '@motcua/contracts';
import { readPdfText } from '@motcua/documents/test';
import { TestSystem, receptionFor, waitFor } from '@motcua/testing';
import { Workbook } from 'exceljs';
import { v7 as uuidv7 } from 'uuid';

interface ErrorBody {
  code: string;
  message: string;
  details?: { field: string; message: string }[];
}

interface DossierView {
  dossier: DossierV1;
}

// Sở Tư pháp: no fees, so nothing waits for a payment.
const MARRIAGE_CONFIRMATION = '2.000908';
// Sở Tư pháp: 200.000 đồng to pay before processing.
const JUDICIAL_RECORD = '2.000488';
const LAND_REGISTRATION = '1.012753';

// Routing's events are published here as routing would publish them: this suite is about what the counter does
// with them; routing's own suites drive the real actions.
describe('After reception: supplements, fees owed, paper results, results handed back, the lists and register 06', () => {
  let system: TestSystem;
  let reception: string;
  let officer: string;
  let manager: string;
  let cashier: string;

  beforeAll(async () => {
    system = await TestSystem.start('counter-follow-up');
    [reception, officer, manager, cashier] = await Promise.all([
      system.login('reception'),
      system.login('officer'),
      system.login('manager'),
      system.login('cashier'),
    ]);
  }, 120_000);

  afterAll(async () => {
    await system?.stop();
  });

  async function receive(procedureCode = MARRIAGE_CONFIRMATION, phone = '0912345678'): Promise<DossierV1> {
    const body = await receptionFor(system, reception, procedureCode);
    const received = await system.request<DossierV1>('POST', '/api/v1/dossiers', {
      token: reception,
      body: { ...body, applicant: { ...body.applicant, phone } },
    });
    expect(received.status).toBe(201);
    return received.body;
  }

  function statusOf(id: string, status: DossierStatus): Promise<DossierV1> {
    return waitFor(
      async () => {
        const view = await system.request<DossierView>('GET', `/api/v1/dossiers/${id}`, { token: reception });
        return view.body.dossier.status === status ? view.body.dossier : null;
      },
      { description: `dossier ${id} ${status}` },
    );
  }

  function resolved(dossier: DossierV1, paperResult: boolean) {
    return system.publishEvent(
      DOSSIER_RESOLVED_V1,
      {
        dossierId: dossier.id,
        code: dossier.code,
        unitCode: dossier.handlingUnitCode,
        outcome: ResolutionOutcome.Approved,
        resultReference: 'LLTP-2026-000123',
        resolvedAt: new Date().toISOString(),
        confirmedAt: new Date().toISOString(),
        timeliness: Timeliness.Early,
        paperResult,
      },
      'routing',
    );
  }

  describe('supplements', () => {
    it('should show the request at the counter, take the documents in once and tell routing', async () => {
      const dossier = await receive();
      await statusOf(dossier.id, DossierStatus.Processing);
      await system.publishEvent(
        DOSSIER_SUPPLEMENT_REQUESTED_V1,
        {
          dossierId: dossier.id,
          code: dossier.code,
          unitCode: dossier.handlingUnitCode,
          reason: 'Thiếu bản sao Căn cước công dân',
          documents: ['Bản sao Căn cước công dân'],
          requestedAt: new Date().toISOString(),
          closesAt: new Date(Date.now() + 15 * 86_400_000).toISOString(),
        },
        'routing',
      );
      const waiting = await statusOf(dossier.id, DossierStatus.SupplementRequested);

      const empty = await system.request<ErrorBody>('POST', `/api/v1/dossiers/${dossier.id}/supplements`, {
        token: reception,
        body: { documents: [] },
      });
      const officerTry = await system.request('POST', `/api/v1/dossiers/${dossier.id}/supplements`, {
        token: officer,
        body: { documents: ['Bản sao Căn cước công dân'] },
      });
      const taken = await system.request<DossierV1>('POST', `/api/v1/dossiers/${dossier.id}/supplements`, {
        token: reception,
        headers: { 'Idempotency-Key': `supplement-${dossier.id}` },
        body: { documents: ['Bản sao Căn cước công dân'] },
      });
      const retried = await system.request<DossierV1>('POST', `/api/v1/dossiers/${dossier.id}/supplements`, {
        token: reception,
        headers: { 'Idempotency-Key': `supplement-${dossier.id}` },
        body: { documents: ['Bản sao Căn cước công dân'] },
      });
      const again = await system.request<ErrorBody>('POST', `/api/v1/dossiers/${dossier.id}/supplements`, {
        token: reception,
        body: { documents: ['Bản sao Căn cước công dân'] },
      });

      expect(waiting.supplementRequest).toMatchObject({
        reason: 'Thiếu bản sao Căn cước công dân',
        documents: ['Bản sao Căn cước công dân'],
      });
      expect(empty.status).toBe(400);
      expect(empty.body.details?.[0]).toMatchObject({ field: 'documents' });
      expect(empty.body.details?.[0].message).toContain('Giấy tờ bổ sung');
      expect(officerTry.status).toBe(403);
      expect(taken.status).toBe(200);
      expect(taken.body).toMatchObject({ status: DossierStatus.Processing });
      expect(taken.body.supplementRequest).toBeUndefined();
      expect(retried.body).toEqual(taken.body);
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('DOSSIER_WRONG_STATUS');
      const db = await system.db();
      try {
        const { rows } = await db.query(
          `SELECT envelope->'payload' AS payload FROM intake.outbox WHERE message_type = 'intake.dossier.supplemented.v1'
             AND envelope->'payload'->>'dossierId' = $1`,
          [dossier.id],
        );
        expect(rows.map((r) => r.payload.documents)).toEqual([['Bản sao Căn cước công dân']]);
      } finally {
        await db.end();
      }
    });

    it('should apply a redelivered routing event once and ignore news for a dossier no longer open', async () => {
      const dossier = await receive();
      await statusOf(dossier.id, DossierStatus.Processing);
      const stop = await system.publishEvent(
        DOSSIER_STOPPED_V1,
        {
          dossierId: dossier.id,
          code: dossier.code,
          unitCode: dossier.handlingUnitCode,
          cause: StopCause.Decision,
          reason: 'Hồ sơ thuộc thẩm quyền cơ quan khác',
          stoppedAt: new Date().toISOString(),
        },
        'routing',
      );
      await statusOf(dossier.id, DossierStatus.Stopped);
      await system.publishEvent(DOSSIER_STOPPED_V1, stop.payload, 'routing', stop);
      const late = [
        await resolved(dossier, false),
        await system.publishEvent(
          DOSSIER_EXTENDED_V1,
          {
            dossierId: dossier.id,
            code: dossier.code,
            unitCode: dossier.handlingUnitCode,
            reason: 'Cần xác minh thêm',
            previousDueAt: dossier.dueAt ?? new Date().toISOString(),
            newDueAt: new Date(Date.now() + 10 * 86_400_000).toISOString(),
            extendedAt: new Date().toISOString(),
          },
          'routing',
        ),
      ];

      const db = await system.db();
      try {
        // Both late events were consumed and changed nothing; the redelivered stop was applied once.
        await waitFor(
          async () => {
            const { rows } = await db.query(
              `SELECT count(*)::int AS n FROM intake.inbox WHERE message_id = ANY($1::uuid[])`,
              [[stop.id, ...late.map((envelope) => envelope.id)]],
            );
            return rows[0].n === 3 ? rows : null;
          },
          { description: 'the three envelopes in the inbox' },
        );
        const { rows: history } = await db.query(
          `SELECT status FROM intake.dossier_history WHERE dossier_id = $1 ORDER BY at`,
          [dossier.id],
        );
        expect(history.map((h) => h.status)).toEqual([
          DossierStatus.Received,
          DossierStatus.Processing,
          DossierStatus.Stopped,
        ]);
      } finally {
        await db.end();
      }
      const view = await system.request<DossierView>('GET', `/api/v1/dossiers/${dossier.id}`, {
        token: reception,
      });
      expect(view.body.dossier.status).toBe(DossierStatus.Stopped);
      expect(view.body.dossier.extendedDueAt).toBeUndefined();
    });
  });

  describe('extension', () => {
    it('should print the apology with the new date (form 04) once the unit extended the appointment', async () => {
      const dossier = await receive();
      await statusOf(dossier.id, DossierStatus.Processing);
      const early = await system.request<ErrorBody>('GET', `/api/v1/dossiers/${dossier.id}/slips/04.pdf`, {
        token: reception,
      });
      const newDueAt = '2026-12-18T09:00:00.000Z';
      await system.publishEvent(
        DOSSIER_EXTENDED_V1,
        {
          dossierId: dossier.id,
          code: dossier.code,
          unitCode: dossier.handlingUnitCode,
          reason: 'Cần xác minh thông tin hộ tịch tại nơi đăng ký khai sinh',
          previousDueAt: dossier.dueAt ?? new Date().toISOString(),
          newDueAt,
          extendedAt: new Date().toISOString(),
        },
        'routing',
      );
      const extended = await waitFor(async () => {
        const view = await system.request<DossierView>('GET', `/api/v1/dossiers/${dossier.id}`, {
          token: reception,
        });
        return view.body.dossier.extendedDueAt ? view.body.dossier : null;
      });
      const slip = await fetch(`${system.gatewayUrl}/api/v1/dossiers/${dossier.id}/slips/04.pdf`, {
        headers: { authorization: `Bearer ${reception}` },
      });
      const { flat } = await readPdfText(Buffer.from(await slip.arrayBuffer()));

      expect(early.status).toBe(409);
      expect(early.body.code).toBe('SLIP_UNAVAILABLE');
      expect(extended.extendedDueAt).toBe(newDueAt);
      expect(slip.status).toBe(200);
      for (const text of [
        'PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ',
        dossier.code,
        'Cần xác minh thông tin hộ tịch tại nơi đăng ký khai sinh',
        '16 giờ 00 phút, ngày 18/12/2026',
        'Nguyễn Văn An',
      ]) {
        expect(flat).toContain(text);
      }
    });
  });

  describe('result return', () => {
    it('should list an electronic result as ready, hand it over against a signature and tell everyone', async () => {
      const dossier = await receive(MARRIAGE_CONFIRMATION, '0987654321');
      await statusOf(dossier.id, DossierStatus.Processing);
      await resolved(dossier, false);
      await statusOf(dossier.id, DossierStatus.Resolved);

      const ready = await system.request<DossierPageV1>(
        'GET',
        '/api/v1/dossiers?view=ready_for_return&pageSize=200',
        {
          token: reception,
        },
      );
      const noSigner = await system.request<ErrorBody>('POST', `/api/v1/dossiers/${dossier.id}/return`, {
        token: reception,
        body: { receivedBy: '', collector: 'owner' },
      });
      const noAuthorisation = await system.request<ErrorBody>(
        'POST',
        `/api/v1/dossiers/${dossier.id}/return`,
        {
          token: reception,
          body: { receivedBy: 'Trần Thị Bình', collector: 'authorised' },
        },
      );
      const returned = await system.request<DossierV1>('POST', `/api/v1/dossiers/${dossier.id}/return`, {
        token: reception,
        body: {
          receivedBy: 'Trần Thị Bình',
          collector: 'authorised',
          authorisation: '15/UQ ngày 01/12/2026',
        },
      });
      const twice = await system.request<ErrorBody>('POST', `/api/v1/dossiers/${dossier.id}/return`, {
        token: reception,
        body: { receivedBy: 'Nguyễn Văn An', collector: 'owner' },
      });
      const lookup = await system.request<PublicDossierV1>(
        'GET',
        `/public/v1/dossiers/${dossier.code}?phone=0987654321`,
      );

      expect(ready.body.items.map((d) => d.id)).toContain(dossier.id);
      expect(noSigner.status).toBe(400);
      expect(noSigner.body.details?.[0]).toMatchObject({ field: 'receivedBy' });
      expect(noAuthorisation.status).toBe(400);
      expect(noAuthorisation.body.details?.[0]).toMatchObject({ field: 'authorisation' });
      expect(noAuthorisation.body.details?.[0].message).toContain('Giấy ủy quyền');
      expect(returned.status).toBe(200);
      expect(returned.body).toMatchObject({
        status: DossierStatus.Returned,
        returnMethod: 'counter',
        returnedTo: 'Trần Thị Bình',
        resolution: { outcome: 'approved', resultReference: 'LLTP-2026-000123' },
      });
      expect(twice.status).toBe(409);
      expect(lookup.body.status).toBe(DossierStatus.Returned);
      expect(lookup.body.milestones.length).toBe(4);
      const db = await system.db();
      try {
        const { rows } = await db.query(
          `SELECT envelope->'payload' AS payload FROM intake.outbox WHERE message_type = 'intake.dossier.returned.v1'
             AND envelope->'payload'->>'dossierId' = $1`,
          [dossier.id],
        );
        expect(rows).toHaveLength(1);
        expect(rows[0].payload).toMatchObject({ method: 'counter', code: dossier.code });
      } finally {
        await db.end();
      }
    });

    it('should refuse to hand over a paper result that has not reached the Center', async () => {
      const dossier = await receive();
      await statusOf(dossier.id, DossierStatus.Processing);
      await resolved(dossier, true);
      await statusOf(dossier.id, DossierStatus.Resolved);

      const attempt = await system.request<ErrorBody>('POST', `/api/v1/dossiers/${dossier.id}/return`, {
        token: reception,
        body: { receivedBy: 'Nguyễn Văn An', collector: 'owner' },
      });
      const ready = await system.request<DossierPageV1>(
        'GET',
        `/api/v1/dossiers?view=ready_for_return&q=${dossier.code}`,
        {
          token: reception,
        },
      );

      expect(attempt.status).toBe(409);
      expect(attempt.body.code).toBe('DOSSIER_RESULT_NOT_AT_CENTER');
      expect(attempt.body.message).toContain('chưa được chuyển về Trung tâm');
      expect(ready.body.total).toBe(0);
    });
  });

  describe('fees and post', () => {
    it('should hold a pay-first dossier in status 6 until the cashier records the payment', async () => {
      const dossier = await receive(JUDICIAL_RECORD);
      await statusOf(dossier.id, DossierStatus.AwaitingFinancialObligation);
      const paid = await system.request('POST', `/api/v1/dossiers/${dossier.id}/payments`, {
        token: cashier,
        headers: { 'Idempotency-Key': `pay-${dossier.id}` },
        body: { method: 'cash', amountDong: 200_000, counterNumber: 36 },
      });

      expect(paid.status).toBe(201);
      const processing = await statusOf(dossier.id, DossierStatus.Processing);
      expect(processing.status).toBe(DossierStatus.Processing);
      const db = await system.db();
      try {
        const { rows } = await db.query(
          `SELECT status, note FROM intake.dossier_history WHERE dossier_id = $1 ORDER BY at`,
          [dossier.id],
        );
        expect(rows).toContainEqual({
          status: DossierStatus.AwaitingFinancialObligation,
          note: 'Phải nộp 200.000 đồng trước khi giải quyết',
        });
        expect(rows.at(-1)).toEqual({ status: DossierStatus.Processing, note: 'Đã nộp phí, lệ phí' });
      } finally {
        await db.end();
      }
    });

    it('should make a paper result ready when the post brings it and return it when the post delivers it home', async () => {
      const atCenter = await receive();
      const home = await receive(MARRIAGE_CONFIRMATION, '0977123456');
      await Promise.all([
        statusOf(atCenter.id, DossierStatus.Processing),
        statusOf(home.id, DossierStatus.Processing),
      ]);
      await Promise.all([resolved(atCenter, true), resolved(home, true)]);
      await Promise.all([
        statusOf(atCenter.id, DossierStatus.Resolved),
        statusOf(home.id, DossierStatus.Resolved),
      ]);
      const deliveredAt = new Date().toISOString();
      await system.publishEvent(
        SHIPMENT_DELIVERED_V1,
        {
          shipmentId: uuidv7(),
          kind: ShipmentKind.ResultToCenter,
          trackingNumber: 'EA000000101VN',
          dossiers: [{ dossierId: atCenter.id, code: atCenter.code }],
          originUnitCode: atCenter.handlingUnitCode,
          destinationUnitCode: '000.00.00.H41',
          deliveredAt,
        },
        'courier',
      );
      const delivery = await system.publishEvent(
        SHIPMENT_DELIVERED_V1,
        {
          shipmentId: uuidv7(),
          kind: ShipmentKind.ResultToCitizen,
          trackingNumber: 'EA000000102VN',
          dossiers: [{ dossierId: home.id, code: home.code }],
          originUnitCode: '000.00.00.H41',
          deliveredAt,
          receivedByName: 'Nguyễn Văn An',
        },
        'courier',
      );
      await system.publishEvent(SHIPMENT_DELIVERED_V1, delivery.payload, 'courier', delivery);

      const returnedHome = await statusOf(home.id, DossierStatus.Returned);
      const ready = await waitFor(async () => {
        const page = await system.request<DossierPageV1>(
          'GET',
          `/api/v1/dossiers?view=ready_for_return&q=${atCenter.code}`,
          { token: reception },
        );
        return page.body.total === 1 ? page.body : null;
      });
      const handedOver = await system.request<DossierV1>('POST', `/api/v1/dossiers/${atCenter.id}/return`, {
        token: reception,
        body: { receivedBy: 'Nguyễn Văn An', collector: 'owner' },
      });

      expect(returnedHome).toMatchObject({
        returnMethod: 'post',
        returnedTo: 'Nguyễn Văn An',
        returnedAt: deliveredAt,
      });
      expect(ready.items[0].resultAtCenterAt).toBe(deliveredAt);
      expect(handedOver.status).toBe(200);
      const db = await system.db();
      try {
        const { rows } = await db.query(
          `SELECT envelope->'payload'->>'method' AS method FROM intake.outbox
            WHERE message_type = 'intake.dossier.returned.v1' AND envelope->'payload'->>'dossierId' = $1`,
          [home.id],
        );
        expect(rows).toEqual([{ method: 'post' }]);
      } finally {
        await db.end();
      }
    });
  });

  describe('lists', () => {
    it('should find a dossier by its code, its applicant phone or part of a name, newest first', async () => {
      const dossier = await receive(MARRIAGE_CONFIRMATION, '0356789012');
      const byCode = await system.request<DossierPageV1>('GET', `/api/v1/dossiers?q=${dossier.code}`, {
        token: reception,
      });
      const byPhone = await system.request<DossierPageV1>('GET', '/api/v1/dossiers?q=0356789012', {
        token: reception,
      });
      const byName = await system.request<DossierPageV1>(
        'GET',
        `/api/v1/dossiers?q=${encodeURIComponent('văn an')}&pageSize=1`,
        { token: reception },
      );
      const badPage = await system.request<ErrorBody>('GET', '/api/v1/dossiers?pageSize=1000', {
        token: reception,
      });

      expect(byCode.body.items.map((d) => d.id)).toEqual([dossier.id]);
      expect(byPhone.body.items.map((d) => d.id)).toEqual([dossier.id]);
      expect(byName.body.total).toBeGreaterThan(1);
      expect(byName.body.items[0].id).toBe(dossier.id);
      expect(badPage.status).toBe(400);
      expect(badPage.body.details?.[0]).toMatchObject({ field: 'pageSize' });
    });

    it("should show a department's staff only their unit's dossiers", async () => {
      const other = await receive(LAND_REGISTRATION);
      const own = await receive(MARRIAGE_CONFIRMATION);
      const mine = await system.request<DossierPageV1>('GET', '/api/v1/dossiers?pageSize=200', {
        token: officer,
      });
      const theirs = await system.request<ErrorBody>(
        'GET',
        `/api/v1/dossiers?handlingUnitCode=${other.handlingUnitCode}`,
        { token: officer },
      );
      const everything = await system.request<DossierPageV1>('GET', '/api/v1/dossiers?pageSize=200', {
        token: manager,
      });

      expect(mine.body.items.map((d) => d.id)).toContain(own.id);
      expect(mine.body.items.every((d) => d.handlingUnitCode === own.handlingUnitCode)).toBe(true);
      expect(theirs.status).toBe(403);
      expect(everything.body.items.map((d) => d.id)).toEqual(expect.arrayContaining([own.id, other.id]));
    });
  });

  describe('register 06', () => {
    it('should export the period as CSV and XLSX with the form 06 columns', async () => {
      const dossier = await receive();
      const day = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
      const csv = await system.request<string>(
        'GET',
        `/api/v1/registers/dossiers.csv?from=${day}&to=${day}`,
        {
          token: manager,
        },
      );
      const xlsx = await fetch(`${system.gatewayUrl}/api/v1/registers/dossiers.xlsx?from=${day}&to=${day}`, {
        headers: { authorization: `Bearer ${manager}` },
      });
      const workbook = new Workbook();
      await workbook.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0];
      const codes = sheet.getColumn(2).values.map(String);
      const backwards = await system.request<ErrorBody>(
        'GET',
        '/api/v1/registers/dossiers.csv?from=2026-12-31&to=2026-01-01',
        { token: manager },
      );
      const pdf = await system.request<ErrorBody>(
        'GET',
        `/api/v1/registers/dossiers.pdf?from=${day}&to=${day}`,
        {
          token: manager,
        },
      );
      const officerOther = await system.request(
        'GET',
        `/api/v1/registers/dossiers.csv?from=${day}&to=${day}&handlingUnitCode=000.00.00.H41`,
        { token: officer },
      );

      expect(csv.status).toBe(200);
      expect(csv.headers.get('content-type')).toContain('text/csv');
      const lines = csv.body
        .replace(/^\ufeff/, '')
        .trim()
        .split('\r\n');
      expect(lines[0]).toContain('Mã hồ sơ,Tên TTHC');
      expect(lines[0]).toContain('Trả kết quả (ngày, ký nhận)');
      expect(lines.some((line) => line.includes(dossier.code))).toBe(true);
      expect(xlsx.status).toBe(200);
      expect(sheet.getCell('A1').value).toBe('SỔ THEO DÕI HỒ SƠ');
      expect(codes).toContain(dossier.code);
      expect(backwards.status).toBe(400);
      expect(backwards.body.details?.[0]).toMatchObject({ field: 'to' });
      expect(pdf.status).toBe(400);
      expect(officerOther.status).toBe(403);
    });
  });
});
