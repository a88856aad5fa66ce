import { DossierV1, ProcedureV1 } from '@motcua/contracts';
import { readPdfText } from '@motcua/documents/test';
import { ReceptionBody, TestSystem, receptionFor } from '@motcua/testing';

interface ErrorBody {
  code: string;
  message: string;
  details?: { field: string; constraint: string; message: string }[];
}

const JUDICIAL_RECORDS = '2.000488';

describe('Reception against the procedure catalog and the working calendar', () => {
  let system: TestSystem;
  let reception: string;
  let admin: string;
  let judicialRecords: ReceptionBody;

  const receive = (body: unknown) =>
    system.request<DossierV1 & ErrorBody>('POST', '/api/v1/dossiers', { token: reception, body });

  const dossierCount = async () => {
    const db = await system.db();
    try {
      return (await db.query('SELECT count(*)::int AS n FROM intake.dossiers')).rows[0].n as number;
    } finally {
      await db.end();
    }
  };

  beforeAll(async () => {
    system = await TestSystem.start('reception', { env: { MOTCUA_PUBLIC_RATE_LIMIT: '15' } });
    [reception, admin] = await Promise.all([system.login('reception'), system.login('admin')]);
    judicialRecords = await receptionFor(system, reception, JUDICIAL_RECORDS);
  }, 120_000);

  afterAll(async () => {
    await system?.stop();
  });

  it('should pin the version in force, copy the checklist and promise the due date the calendar gives', async () => {
    const procedure = await system.request<ProcedureV1>('GET', `/api/v1/procedures/${JUDICIAL_RECORDS}`, {
      token: reception,
    });

    const received = await receive(judicialRecords);

    expect(received.status).toBe(201);
    expect(received.body.procedureVersionId).toBe(procedure.body.currentVersion.id);
    expect(received.body.documents?.map((d) => d.name)).toEqual(
      judicialRecords.documents.map((d) => procedure.body.definition.requiredDocuments[d.index].name),
    );
    const { amount, unit } = procedure.body.definition.processingTime;
    const preview = await system.request<{ dueAt: string }>(
      'GET',
      `/api/v1/calendar/due-date?from=${encodeURIComponent(received.body.receivedAt)}&amount=${amount}&unit=${unit}`,
      { token: reception },
    );
    expect(received.body.dueAt).toBe(preview.body.dueAt);
    expect(new Date(received.body.dueAt ?? 0).getTime()).toBeGreaterThan(
      new Date(received.body.receivedAt).getTime(),
    );
  });

  it('should keep the pinned version when the procedure is revised after reception', async () => {
    const before = await receive(judicialRecords);
    const procedure = await system.request<ProcedureV1>('GET', `/api/v1/procedures/${JUDICIAL_RECORDS}`, {
      token: admin,
    });
    await system.request('PUT', `/api/v1/procedures/${JUDICIAL_RECORDS}`, {
      token: admin,
      body: {
        expectedVersion: procedure.body.currentVersion.version,
        definition: { ...procedure.body.definition, processingTime: { amount: 7, unit: 'working_days' } },
      },
    });

    const after = await receive(judicialRecords);
    const kept = await system.request<{ dossier: DossierV1 }>('GET', `/api/v1/dossiers/${before.body.id}`, {
      token: reception,
    });

    expect(kept.body.dossier.procedureVersionId).toBe(before.body.procedureVersionId);
    expect(after.body.procedureVersionId).not.toBe(before.body.procedureVersionId);
  });

  describe('refusals that store nothing', () => {
    it('should refuse an unknown procedure naming procedureCode', async () => {
      const before = await dossierCount();

      const response = await receive({ ...judicialRecords, procedureCode: '9.999999' });

      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({
        code: 'RECEPTION_UNKNOWN_PROCEDURE',
        details: [{ field: 'procedureCode' }],
      });
      expect(await dossierCount()).toBe(before);
    });

    it('should refuse a retired procedure naming procedureCode', async () => {
      const created = await system.request<ProcedureV1>('GET', `/api/v1/procedures/${JUDICIAL_RECORDS}`, {
        token: admin,
      });
      await system.request('POST', '/api/v1/procedures', {
        token: admin,
        body: {
          ...created.body.definition,
          code: '9.990101',
          name: 'Thủ tục thử nghiệm sẽ bãi bỏ (demo)',
          isDemoData: true,
        },
      });
      await system.request('POST', '/api/v1/procedures/9.990101/retire', {
        token: admin,
        body: { reason: 'Thử nghiệm', expectedVersion: 1 },
      });

      const response = await receive({ ...judicialRecords, procedureCode: '9.990101' });

      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({
        code: 'RECEPTION_PROCEDURE_RETIRED',
        details: [{ field: 'procedureCode' }],
      });
    });

    it('should refuse a missing mandatory document, naming it', async () => {
      const before = await dossierCount();

      const response = await receive({ ...judicialRecords, documents: judicialRecords.documents.slice(1) });

      expect(response.status).toBe(400);
      expect(response.body.details).toEqual([
        expect.objectContaining({ field: 'documents', constraint: 'mandatoryDocuments' }),
      ]);
      expect(response.body.details?.[0].message).toContain('Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp');
      expect(await dossierCount()).toBe(before);
    });

    it('should refuse postal return without an address, and a channel the procedure does not allow', async () => {
      const catalog = await system.request<{ items: { code: string }[] }>(
        'GET',
        '/api/v1/procedures?pageSize=100',
        { token: reception },
      );
      const definitions = await Promise.all(
        catalog.body.items.map(
          async (item) =>
            (
              await system.request<ProcedureV1>('GET', `/api/v1/procedures/${item.code}`, {
                token: reception,
              })
            ).body,
        ),
      );
      const noPostalSubmission = definitions.find((p) => !p.definition.channels.includes('postal' as never));
      if (!noPostalSubmission)
        throw new Error('the demo catalog has no procedure excluded from postal submission');
      const excluded = await receptionFor(system, reception, noPostalSubmission.code);

      const noAddress = await receive({ ...judicialRecords, resultDelivery: { method: 'post' } });
      const wrongChannel = await receive({ ...excluded, channel: 'postal' });

      expect(noAddress.status).toBe(400);
      expect(noAddress.body.details).toEqual([expect.objectContaining({ field: 'resultDelivery.address' })]);
      expect(wrongChannel.status).toBe(400);
      expect(wrongChannel.body.details).toEqual([
        expect.objectContaining({ field: 'channel', constraint: 'channelAllowed' }),
      ]);
    });

    it('should refuse a malformed citizen ID in Vietnamese, naming the field', async () => {
      const response = await receive({
        ...judicialRecords,
        applicant: { ...judicialRecords.applicant, idNumber: '040995001234' },
      });

      expect(response.status).toBe(400);
      expect(response.body.details).toEqual([
        {
          field: 'applicant.idNumber',
          constraint: 'isCitizenId',
          message: 'Số định danh cá nhân không phải số định danh cá nhân (CCCD) 12 chữ số hợp lệ',
        },
      ]);
    });
  });

  it('should send a postal-return dossier with its address in the received event', async () => {
    const address = 'Xóm 3, xã Nghi Phú, tỉnh Nghệ An';

    const received = await receive({ ...judicialRecords, resultDelivery: { method: 'post', address } });

    const db = await system.db();
    try {
      const { rows } = await db.query(
        `SELECT envelope->'payload' AS payload FROM intake.outbox WHERE envelope->'payload'->>'dossierId' = $1`,
        [received.body.id],
      );
      expect(rows[0].payload).toMatchObject({
        resultDelivery: { method: 'post', address },
        procedureVersionId: received.body.procedureVersionId,
        dueAt: received.body.dueAt,
      });
      expect(rows[0].payload.applicant.idNumber).toBeUndefined();
    } finally {
      await db.end();
    }
  });

  describe('slip 01', () => {
    it('should print the reception and appointment slip with the code, the applicant and the appointment hour', async () => {
      const received = await receive({
        ...judicialRecords,
        applicant: { ...judicialRecords.applicant, fullName: 'Nguyễn Văn Ánh' },
      });

      const response = await fetch(`${system.gatewayUrl}/api/v1/dossiers/${received.body.id}/slips/01.pdf`, {
        headers: { authorization: `Bearer ${reception}` },
      });
      const pdf = Buffer.from(await response.arrayBuffer());
      const text = await readPdfText(pdf);

      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('application/pdf');
      expect(text.flat).toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
      expect(text.flat).toContain(received.body.code);
      expect(text.flat).toContain('Nguyễn Văn Ánh');
      expect(text.flat).toContain('Độc lập - Tự do - Hạnh phúc');
      const due = new Date(new Date(received.body.dueAt ?? 0).getTime() + 7 * 3600_000);
      const dueDay = `${String(due.getUTCDate()).padStart(2, '0')}/${String(due.getUTCMonth() + 1).padStart(2, '0')}/${due.getUTCFullYear()}`;
      expect(text.flat).toContain(dueDay);
      expect(text.flat).toContain('Nguyễn Thị Tiếp Nhận');
    });

    it("should print on the 80 mm roll, refuse an unknown form naming it, and hide another unit's slip", async () => {
      const received = await receive(judicialRecords);
      const construction = await system.request<{ items: { code: string }[] }>(
        'GET',
        '/api/v1/procedures?unitCode=000.00.12.H41',
        {
          token: reception,
        },
      );
      const other = await receive(await receptionFor(system, reception, construction.body.items[0].code));
      const client = await system.request<{ accessToken: string }>('POST', '/api/v1/auth/token', {
        body: { clientId: 'demo-so-tu-phap', clientSecret: system.env.MOTCUA_DEMO_PASSWORD },
      });

      const roll = await fetch(
        `${system.gatewayUrl}/api/v1/dossiers/${received.body.id}/slips/01.pdf?format=roll80`,
        {
          headers: { authorization: `Bearer ${reception}` },
        },
      );
      const unknownForm = await system.request<ErrorBody>(
        'GET',
        `/api/v1/dossiers/${received.body.id}/slips/07.pdf`,
        { token: reception },
      );
      const ownUnit = await fetch(`${system.gatewayUrl}/api/v1/dossiers/${received.body.id}/slips/01.pdf`, {
        headers: { authorization: `Bearer ${client.body.accessToken}` },
      });
      const otherUnit = await system.request<ErrorBody>(
        'GET',
        `/api/v1/dossiers/${other.body.id}/slips/01.pdf`,
        {
          token: client.body.accessToken,
        },
      );

      expect(roll.status).toBe(200);
      expect((await readPdfText(Buffer.from(await roll.arrayBuffer()))).flat).toContain(received.body.code);
      expect(unknownForm.status).toBe(400);
      expect(unknownForm.body.details).toEqual([expect.objectContaining({ field: 'form' })]);
      expect(ownUnit.status).toBe(200);
      expect(otherUnit.status).toBe(403);
    });
  });

  describe('incomplete and refused visits', () => {
    it('should record guidance for an incomplete dossier, without a code, and print form 02 listing what is missing', async () => {
      const before = await dossierCount();

      const recorded = await system.request<{
        id: string;
        outcome: string;
        missing: { name: string; detail?: string }[];
      }>('POST', '/api/v1/receptions/incomplete', {
        token: reception,
        body: {
          procedureCode: JUDICIAL_RECORDS,
          channel: 'direct',
          applicant: { fullName: 'Lê Thị Hồng', phone: '0987654321' },
          missing: [
            { index: 0, detail: 'Tờ khai chưa có chữ ký của người yêu cầu' },
            { name: 'Giấy khai sinh (bản sao)', detail: 'Cần để xác định họ tên cha mẹ' },
          ],
          reason: 'Hồ sơ chưa đầy đủ thành phần theo quy định',
        },
      });
      const slip = await fetch(`${system.gatewayUrl}/api/v1/receptions/${recorded.body.id}/slip.pdf`, {
        headers: { authorization: `Bearer ${reception}` },
      });
      const text = await readPdfText(Buffer.from(await slip.arrayBuffer()));

      expect(recorded.status).toBe(201);
      expect(recorded.body.outcome).toBe('incomplete');
      expect(recorded.body.missing.map((m) => m.name)).toEqual([
        expect.stringContaining('Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp'),
        'Giấy khai sinh (bản sao)',
      ]);
      expect(await dossierCount()).toBe(before);
      expect(slip.status).toBe(200);
      expect(text.flat).toContain('PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ');
      expect(text.flat).toContain('Lê Thị Hồng');
      expect(text.flat).toContain('Tờ khai chưa có chữ ký của người yêu cầu');
    });

    it('should record a refusal with its reason and print form 03', async () => {
      const refused = await system.request<{ id: string; outcome: string }>(
        'POST',
        '/api/v1/receptions/refused',
        {
          token: reception,
          body: {
            procedureCode: JUDICIAL_RECORDS,
            channel: 'direct',
            applicant: { fullName: 'Phạm Văn Đức' },
            reason: 'Yêu cầu cấp Phiếu cho người khác mà không có văn bản ủy quyền',
          },
        },
      );
      const slip = await fetch(`${system.gatewayUrl}/api/v1/receptions/${refused.body.id}/slip.pdf`, {
        headers: { authorization: `Bearer ${reception}` },
      });
      const text = await readPdfText(Buffer.from(await slip.arrayBuffer()));

      expect(refused.status).toBe(201);
      expect(refused.body.outcome).toBe('refused');
      expect(text.flat).toContain('PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ');
      expect(text.flat).toContain('không có văn bản ủy quyền');
    });

    it('should refuse guidance without anything missing, or naming a checklist line that does not exist', async () => {
      const body = {
        procedureCode: JUDICIAL_RECORDS,
        channel: 'direct',
        applicant: { fullName: 'Lê Thị Hồng' },
        reason: 'Thiếu giấy tờ',
      };

      const empty = await system.request<ErrorBody>('POST', '/api/v1/receptions/incomplete', {
        token: reception,
        body: { ...body, missing: [] },
      });
      const unknownLine = await system.request<ErrorBody>('POST', '/api/v1/receptions/incomplete', {
        token: reception,
        body: { ...body, missing: [{ index: 42 }] },
      });

      expect(empty.status).toBe(400);
      expect(empty.body.details?.map((d) => d.field)).toEqual(['missing']);
      expect(unknownLine.status).toBe(400);
      expect(unknownLine.body.details?.map((d) => d.field)).toEqual(['missing.0.index']);
    });
  });

  describe('withdrawal', () => {
    it('should withdraw a received dossier once, announce it and show it in the public milestones', async () => {
      const received = await receive(judicialRecords);

      const withdrawn = await system.request<DossierV1>(
        'POST',
        `/api/v1/dossiers/${received.body.id}/withdraw`,
        {
          token: reception,
          body: { reason: 'Công dân không còn nhu cầu' },
        },
      );
      const again = await system.request<ErrorBody>('POST', `/api/v1/dossiers/${received.body.id}/withdraw`, {
        token: reception,
        body: { reason: 'Lần nữa' },
      });
      const lookup = await system.request<{ status: string; milestones: { label: string }[] }>(
        'GET',
        `/public/v1/dossiers/${received.body.code}?phone=0912345678`,
      );

      expect(withdrawn.status).toBe(200);
      expect(withdrawn.body.status).toBe('withdrawn');
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('DOSSIER_WRONG_STATUS');
      expect(lookup.body.status).toBe('withdrawn');
      // Between the two, the dossier may already have been assigned or be waiting for its fee: that depends on
      // how fast routing and fees answered, not on the withdrawal.
      const labels = lookup.body.milestones.map((m) => m.label);
      expect(labels[0]).toBe('Tiếp nhận hồ sơ');
      expect(labels.at(-1)).toBe('Công dân rút hồ sơ');
      expect(labels.filter((label) => label === 'Công dân rút hồ sơ')).toHaveLength(1);
      const db = await system.db();
      try {
        const { rows } = await db.query(
          `SELECT envelope->'payload' AS payload FROM intake.outbox WHERE message_type = 'intake.dossier.withdrawn.v1' AND envelope->'payload'->>'dossierId' = $1`,
          [received.body.id],
        );
        expect(rows.map((r) => r.payload.reason)).toEqual(['Công dân không còn nhu cầu']);
      } finally {
        await db.end();
      }
    });

    it('should refuse a withdrawal without a reason, naming it', async () => {
      const received = await receive(judicialRecords);

      const response = await system.request<ErrorBody>(
        'POST',
        `/api/v1/dossiers/${received.body.id}/withdraw`,
        { token: reception, body: {} },
      );

      expect(response.status).toBe(400);
      expect(response.body.details?.map((d) => d.field)).toEqual(['reason']);
    });
  });

  describe('public lookup', () => {
    it('should show status, due date and milestones with the name masked to whoever has the code and the phone', async () => {
      const received = await receive({
        ...judicialRecords,
        applicant: { ...judicialRecords.applicant, fullName: 'Nguyễn Văn Ánh' },
      });

      const found = await system.request<Record<string, unknown>>(
        'GET',
        `/public/v1/dossiers/${received.body.code}?phone=%2B84912345678`,
      );

      expect(found.status).toBe(200);
      expect(found.body).toEqual({
        code: received.body.code,
        procedureName: received.body.procedureName,
        status: 'received',
        statusLabel: 'Đã tiếp nhận',
        applicantName: 'N***** V** Á**',
        receivedAt: received.body.receivedAt,
        dueAt: received.body.dueAt,
        milestones: [{ at: received.body.receivedAt, label: 'Tiếp nhận hồ sơ' }],
      });
    });

    it('should answer a wrong phone exactly as an unknown code, and a missing phone with 400 naming it', async () => {
      const received = await receive(judicialRecords);

      const wrongPhone = await system.request<ErrorBody>(
        'GET',
        `/public/v1/dossiers/${received.body.code}?phone=0987654321`,
      );
      const unknownCode = await system.request<ErrorBody>(
        'GET',
        '/public/v1/dossiers/000.00.20.H41-200101-9999?phone=0912345678',
      );
      const noPhone = await system.request<ErrorBody>('GET', `/public/v1/dossiers/${received.body.code}`);

      expect([wrongPhone.status, unknownCode.status]).toEqual([404, 404]);
      expect({ ...wrongPhone.body, correlationId: null }).toEqual({
        ...unknownCode.body,
        correlationId: null,
      });
      expect(noPhone.status).toBe(400);
      expect(noPhone.body.details?.map((d) => d.field)).toEqual(['phone']);
    });

    it('should limit how often one address may look up', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 20; i++) {
        statuses.push(
          (await system.request('GET', '/public/v1/dossiers/000.00.20.H41-200101-9999?phone=0912345678'))
            .status,
        );
      }

      expect(statuses).toContain(429);
      expect(statuses[statuses.length - 1]).toBe(429);
    });
  });
});
