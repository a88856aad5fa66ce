import { AssessmentV1, DossierV1, PaymentV1, ReceiptSeriesListV1, ReceiptSeriesV1 } from '@motcua/contracts';
import { readPdfText } from '@motcua/documents/test';
import { TestSystem, queueDepth, receptionFor, waitFor } from '@motcua/testing';
import { connect } from 'amqplib';
import { createHmac, randomUUID } from 'node:crypto';
import { EReceiptSimulator } from './support/e-receipt-simulator';

interface ErrorBody {
  code: string;
  message: string;
  details?: { field: string; constraint: string; message: string }[];
}

// Demo procedures (apps/intake/src/catalog/demo-procedures.ts) and what they charge.
const JUDICIAL_RECORDS = '2.000488'; // phí 200.000, pay first, Sở Tư pháp
const BUSINESS_REGISTRATION = '2.001583'; // lệ phí 50.000 + phí 100.000, pay first, Sở KH&ĐT
const BUILDING_PERMIT = '9.800003'; // lệ phí 150.000, pay first, Sở Xây dựng
const NO_FEE = '2.000908'; // no fee
const PASSPORT = '1.001456'; // lệ phí 200.000, Công an tỉnh (paper receipts)
const TOUR_GUIDE = '1.004623'; // phí 650.000, Sở Du lịch (its series moves to the e-receipt provider)
const TRAVEL_AGENCY = '9.800009'; // phí 3.000.000, Sở Du lịch
const PROVIDER_TOKEN = 'simulated-provider-token';
const JUSTICE_UNIT = '000.00.20.H41';

const key = () => `fees-e2e-${randomUUID()}`;

describe('Fees: assessment, counter payments and gap-free receipts through the gateway', () => {
  let system: TestSystem;
  let reception: string;
  let cashier: string;
  let admin: string;
  let unitLead: string;
  const provider = new EReceiptSimulator(501, PROVIDER_TOKEN);

  const receive = async (procedureCode: string): Promise<DossierV1> => {
    const body = await receptionFor(system, reception, procedureCode);
    const response = await system.request<DossierV1>('POST', '/api/v1/dossiers', {
      token: reception,
      body,
      headers: { 'idempotency-key': key() },
    });
    if (response.status !== 201) throw new Error(`reception: ${response.status}`);
    return response.body;
  };

  const assessed = (dossierId: string): Promise<AssessmentV1> =>
    waitFor(
      async () => {
        const response = await system.request<AssessmentV1>('GET', `/api/v1/dossiers/${dossierId}/fees`, {
          token: cashier,
        });
        return response.status === 200 ? response.body : null;
      },
      { description: `assessment of ${dossierId}` },
    );

  const pay = (dossierId: string, body: Record<string, unknown>, idempotencyKey = key(), token = cashier) =>
    system.request<PaymentV1 & ErrorBody>('POST', `/api/v1/dossiers/${dossierId}/payments`, {
      token,
      body: { method: 'cash', counterNumber: 36, ...body },
      headers: { 'idempotency-key': idempotencyKey },
    });

  const query = async <T>(sql: string, params: unknown[] = []): Promise<T[]> => {
    const db = await system.db();
    try {
      return (await db.query(sql, params)).rows as T[];
    } finally {
      await db.end();
    }
  };

  const seriesOf = async (unitCode: string): Promise<ReceiptSeriesV1> => {
    const list = await system.request<ReceiptSeriesListV1>(
      'GET',
      `/api/v1/receipt-series?unitCode=${unitCode}`,
      {
        token: admin,
      },
    );
    const active = list.body.items.find((series) => series.isActive);
    if (!active) throw new Error(`no active series for ${unitCode}`);
    return active;
  };

  beforeAll(async () => {
    await provider.start();
    system = await TestSystem.start('fees', {
      env: { MOTCUA_ERECEIPT_PROVIDER_URL: provider.url, MOTCUA_ERECEIPT_PROVIDER_TOKEN: PROVIDER_TOKEN },
    });
    [reception, cashier, admin, unitLead] = await Promise.all([
      system.login('reception'),
      system.login('cashier'),
      system.login('admin'),
      system.login('unit_lead'),
    ]);
    // The seed's procedures and units reach fees through intake's outbox.
    await waitFor(
      async () => {
        const [counts] = await query<{ procedures: number; units: number }>(
          `SELECT (SELECT count(*) FROM fees.procedure_versions)::int AS procedures,
                  (SELECT count(*) FROM fees.units)::int AS units`,
        );
        const [expected] = await query<{ procedures: number; units: number }>(
          `SELECT (SELECT count(*) FROM intake.procedure_versions)::int AS procedures,
                  (SELECT count(*) FROM intake.units)::int AS units`,
        );
        return counts.procedures === expected.procedures && counts.units === expected.units;
      },
      { timeoutMs: 30_000, description: 'fees to copy the catalog' },
    );
  }, 120_000);

  afterAll(async () => {
    await system?.stop();
    await provider.stop();
  });

  describe('assessment', () => {
    it('should assess the pinned version and hold a pay-first dossier for payment (status 6)', async () => {
      const dossier = await receive(JUDICIAL_RECORDS);

      const assessment = await assessed(dossier.id);

      expect(assessment).toMatchObject({
        dossierCode: dossier.code,
        status: 'due',
        unitCode: JUSTICE_UNIT,
        payerName: 'Nguyễn Văn An',
        items: [{ kind: 'phi', name: 'Phí cung cấp thông tin lý lịch tư pháp', amountDong: 200_000 }],
        totalDong: 200_000,
        outstandingDong: 200_000,
        awaitsPayment: true,
        payments: [],
        receipts: [],
      });
      const events = await query<{ envelope: { payload: Record<string, unknown> } }>(
        `SELECT envelope FROM fees.outbox WHERE message_type = 'fees.fee.assessed.v1'
         AND envelope->'payload'->>'dossierId' = $1`,
        [dossier.id],
      );
      expect(events.map((e) => e.envelope.payload)).toEqual([
        expect.objectContaining({ code: dossier.code, totalDong: 200_000, awaitsPayment: true }),
      ]);
    });

    it('should keep phí and lệ phí as separate lines', async () => {
      const dossier = await receive(BUSINESS_REGISTRATION);

      const assessment = await assessed(dossier.id);

      expect(assessment.items.map((item) => [item.kind, item.amountDong]).sort()).toEqual([
        ['le_phi', 50_000],
        ['phi', 100_000],
      ]);
      expect(assessment.totalDong).toBe(150_000);
    });

    it('should show the fees in the combined dossier view', async () => {
      const dossier = await receive(JUDICIAL_RECORDS);
      await assessed(dossier.id);

      const view = await system.request<{ fees: AssessmentV1 | null; unavailable: string[] }>(
        'GET',
        `/api/v1/dossiers/${dossier.id}`,
        { token: reception },
      );

      expect(view.body.fees).toMatchObject({ status: 'due', totalDong: 200_000 });
      expect(view.body.unavailable).toEqual([]);
    });

    it('should change nothing when the received event is delivered again, under its id or a new one', async () => {
      const dossier = await receive(JUDICIAL_RECORDS);
      await assessed(dossier.id);
      const [row] = await query<{ envelope: { id: string; payload: unknown } }>(
        `SELECT envelope FROM intake.outbox WHERE message_type = 'intake.dossier.received.v1'
         AND envelope->'payload'->>'dossierId' = $1`,
        [dossier.id],
      );
      const connection = await connect(system.brokerUrl);
      const channel = await connection.createConfirmChannel();
      const send = async (envelope: { id: string }) => {
        channel.publish(
          'motcua.events',
          'intake.dossier.received.v1',
          Buffer.from(JSON.stringify(envelope)),
          {
            messageId: envelope.id,
            persistent: true,
            contentType: 'application/json',
          },
        );
        await channel.waitForConfirms();
      };

      await send(row.envelope);
      await send({ ...row.envelope, id: '01a21fff-0000-7000-8000-' + randomUUID().slice(-12) });
      await connection.close();

      await waitFor(async () => (await queueDepth(system.vhost, 'fees.events')) === 0, {
        description: 'fees to consume the redeliveries',
      });
      const [counts] = await query<{ assessments: number; announced: number }>(
        `SELECT (SELECT count(*) FROM fees.assessments WHERE dossier_id = $1)::int AS assessments,
                (SELECT count(*) FROM fees.outbox WHERE message_type = 'fees.fee.assessed.v1'
                   AND envelope->'payload'->>'dossierId' = $1::text)::int AS announced`,
        [dossier.id],
      );
      expect(counts).toEqual({ assessments: 1, announced: 1 });
      expect(await queueDepth(system.vhost, 'fees.events.dead')).toBe(0);
    });
  });

  describe('counter payments and receipts', () => {
    it('should record a cash payment, issue the phí receipt with the next number and free the dossier', async () => {
      const dossier = await receive(JUDICIAL_RECORDS);
      await assessed(dossier.id);
      const before = await seriesOf(JUSTICE_UNIT);

      const paid = await pay(dossier.id, { amountDong: 200_000 });

      expect(paid.status).toBe(201);
      expect(paid.body).toMatchObject({ method: 'cash', amountDong: 200_000, counterNumber: 36 });
      expect(paid.body.receipts).toEqual([
        expect.objectContaining({
          kind: 'phi',
          amountDong: 200_000,
          templateSymbol: before.templateSymbol,
          seriesSymbol: before.seriesSymbol,
          number: before.lastNumber + 1,
          payerName: 'Nguyễn Văn An',
          status: 'issued',
          issuer: 'internal',
        }),
      ]);
      const after = await assessed(dossier.id);
      expect(after).toMatchObject({
        status: 'paid',
        paidDong: 200_000,
        outstandingDong: 0,
        awaitsPayment: false,
      });
      const events = await query<{ message_type: string; payload: Record<string, unknown> }>(
        `SELECT message_type, envelope->'payload' AS payload FROM fees.outbox
         WHERE envelope->'payload'->>'dossierId' = $1 AND message_type <> 'fees.fee.assessed.v1'
         ORDER BY message_type`,
        [dossier.id],
      );
      expect(events).toEqual([
        {
          message_type: 'fees.payment.recorded.v1',
          payload: expect.objectContaining({ amountDong: 200_000, isFullyPaid: true, outstandingDong: 0 }),
        },
        {
          message_type: 'fees.receipt.issued.v1',
          payload: expect.objectContaining({ number: before.lastNumber + 1, kind: 'phi' }),
        },
      ]);
    });

    it('should issue one receipt per fee kind with consecutive numbers', async () => {
      const dossier = await receive(BUSINESS_REGISTRATION);
      const assessment = await assessed(dossier.id);
      const before = await seriesOf(assessment.unitCode);

      const paid = await pay(dossier.id, {
        amountDong: 150_000,
        method: 'transfer',
        transferReference: 'FT2633',
      });

      expect(paid.status).toBe(201);
      expect(paid.body.receipts.map((r) => [r.kind, r.amountDong, r.number, r.method])).toEqual([
        ['phi', 100_000, before.lastNumber + 1, 'transfer'],
        ['le_phi', 50_000, before.lastNumber + 2, 'transfer'],
      ]);
    });

    it('should print the receipt with its legal fields and the amount in words, A4 or 80 mm roll', async () => {
      const dossier = await receive(BUILDING_PERMIT);
      await assessed(dossier.id);
      const paid = await pay(dossier.id, { amountDong: 150_000 });
      const [receipt] = paid.body.receipts;

      const roll = await fetch(`${system.gatewayUrl}/api/v1/receipts/${receipt.id}/pdf?format=roll80`, {
        headers: { authorization: `Bearer ${cashier}` },
      });
      const a4 = await fetch(`${system.gatewayUrl}/api/v1/receipts/${receipt.id}/pdf`, {
        headers: { authorization: `Bearer ${cashier}` },
      });
      const badFormat = await system.request<ErrorBody>(
        'GET',
        `/api/v1/receipts/${receipt.id}/pdf?format=a5`,
        {
          token: cashier,
        },
      );

      expect(roll.status).toBe(200);
      expect(roll.headers.get('content-type')).toBe('application/pdf');
      const { flat } = await readPdfText(Buffer.from(await roll.arrayBuffer()));
      for (const text of [
        'BIÊN LAI THU PHÍ, LỆ PHÍ',
        receipt.seriesSymbol,
        String(receipt.number).padStart(7, '0'),
        'Sở Xây dựng tỉnh Nghệ An',
        'Nguyễn Văn An',
        dossier.code,
        '150.000 đồng',
        'Một trăm năm mươi nghìn đồng',
        'Tiền mặt',
      ]) {
        expect(flat).toContain(text);
      }
      expect(a4.status).toBe(200);
      expect((await readPdfText(Buffer.from(await a4.arrayBuffer()))).flat).toContain(
        'Một trăm năm mươi nghìn đồng',
      );
      expect(badFormat.status).toBe(400);
    });

    it('should answer a retry with the same Idempotency-Key with the first payment and refuse other content', async () => {
      const dossier = await receive(JUDICIAL_RECORDS);
      await assessed(dossier.id);
      const idempotencyKey = key();

      const first = await pay(dossier.id, { amountDong: 200_000 }, idempotencyKey);
      const retry = await pay(dossier.id, { amountDong: 200_000 }, idempotencyKey);
      const changed = await pay(dossier.id, { amountDong: 200_000, counterNumber: 37 }, idempotencyKey);

      expect(retry.status).toBe(201);
      expect(retry.body.id).toBe(first.body.id);
      expect(retry.body.receipts[0].number).toBe(first.body.receipts[0].number);
      expect(changed.status).toBe(409);
      expect(changed.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
      const [{ n }] = await query<{ n: number }>(
        'SELECT count(*)::int AS n FROM fees.receipts WHERE dossier_id = $1',
        [dossier.id],
      );
      expect(n).toBe(1);
    });

    it('should keep numbers contiguous and unique when many cashiers pay at once', async () => {
      const dossiers = await Promise.all(Array.from({ length: 24 }, () => receive(JUDICIAL_RECORDS)));
      await Promise.all(dossiers.map((d) => assessed(d.id)));
      const before = await seriesOf(JUSTICE_UNIT);

      const results = await Promise.all(dossiers.map((d) => pay(d.id, { amountDong: 200_000 })));

      expect(results.map((r) => r.status)).toEqual(dossiers.map(() => 201));
      const numbers = results.map((r) => r.body.receipts[0].number as number).sort((a, b) => a - b);
      expect(numbers).toEqual(Array.from({ length: 24 }, (_, i) => before.lastNumber + 1 + i));
      const [series] = await query<{ counter: number; duplicates: number; last: number; count: number }>(
        `SELECT (SELECT max(number) FROM fees.receipts WHERE series_id = $1)::int AS last,
                (SELECT count(*) FROM fees.receipts WHERE series_id = $1)::int AS count,
                (SELECT count(*) - count(DISTINCT number) FROM fees.receipts WHERE series_id = $1)::int AS duplicates,
                (SELECT last_number FROM fees.receipt_series WHERE id = $1) AS counter`,
        [before.id],
      );
      expect(series).toEqual({
        duplicates: 0,
        last: series.count,
        counter: series.count,
        count: series.count,
      });
    });
  });

  describe('refusals that change nothing', () => {
    const counts = async (dossierId: string) => {
      const [row] = await query<{ payments: number; receipts: number; outbox: number }>(
        `SELECT (SELECT count(*) FROM fees.payments WHERE dossier_id = $1)::int AS payments,
                (SELECT count(*) FROM fees.receipts WHERE dossier_id = $1)::int AS receipts,
                (SELECT count(*) FROM fees.outbox WHERE envelope->'payload'->>'dossierId' = $1::text)::int AS outbox`,
        [dossierId],
      );
      return row;
    };

    it('should refuse a wrong amount naming amountDong', async () => {
      const dossier = await receive(JUDICIAL_RECORDS);
      await assessed(dossier.id);
      const before = await counts(dossier.id);

      const response = await pay(dossier.id, { amountDong: 150_000 });

      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ code: 'FEE_WRONG_AMOUNT', details: [{ field: 'amountDong' }] });
      expect(response.body.message).toContain('200.000 đồng');
      expect(await counts(dossier.id)).toEqual(before);
    });

    it('should refuse a second payment of a paid dossier', async () => {
      const dossier = await receive(JUDICIAL_RECORDS);
      await assessed(dossier.id);
      await pay(dossier.id, { amountDong: 200_000 });
      const before = await counts(dossier.id);

      const response = await pay(dossier.id, { amountDong: 200_000 });

      expect(response.status).toBe(409);
      expect(response.body.code).toBe('FEE_ALREADY_PAID');
      expect(await counts(dossier.id)).toEqual(before);
    });

    it('should refuse paying a dossier that owes nothing', async () => {
      const dossier = await receive(NO_FEE);
      const assessment = await assessed(dossier.id);

      const response = await pay(dossier.id, { amountDong: 1000 });

      expect(assessment).toMatchObject({ status: 'nothing_due', totalDong: 0, awaitsPayment: false });
      expect(response.status).toBe(409);
      expect(response.body.code).toBe('FEE_NOTHING_DUE');
    });

    it('should refuse a payment for an unknown dossier', async () => {
      const response = await pay(randomUUID(), { amountDong: 1000 });

      expect(response.status).toBe(404);
      expect(response.body.code).toBe('FEE_ASSESSMENT_NOT_FOUND');
    });

    it('should refuse bad input with Vietnamese messages naming each field', async () => {
      const dossier = await receive(JUDICIAL_RECORDS);

      const response = await pay(dossier.id, { amountDong: -5, method: 'online', counterNumber: 'x' });

      expect(response.status).toBe(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(response.body.details?.map((d) => d.field).sort()).toEqual([
        'amountDong',
        'counterNumber',
        'method',
      ]);
      expect(response.body.details?.find((d) => d.field === 'amountDong')?.message).toBe(
        'Số tiền nhỏ hơn giá trị cho phép',
      );
    });

    it('should let only cashiers record payments', async () => {
      const dossier = await receive(JUDICIAL_RECORDS);

      const response = await pay(dossier.id, { amountDong: 200_000 }, key(), reception);

      expect(response.status).toBe(403);
    });
  });

  describe('receipt series (admin)', () => {
    it('should refuse payments after the series is cancelled and number a new series from 1', async () => {
      const dossier = await receive(BUILDING_PERMIT);
      const assessment = await assessed(dossier.id);
      const old = await seriesOf(assessment.unitCode);

      const cancelled = await system.request<ReceiptSeriesV1>(
        'POST',
        `/api/v1/receipt-series/${old.id}/cancel`,
        {
          token: admin,
          body: { reason: 'Đăng ký ký hiệu mới với cơ quan thuế' },
        },
      );
      const refused = await pay(dossier.id, { amountDong: 150_000 });
      const created = await system.request<ReceiptSeriesV1>('POST', '/api/v1/receipt-series', {
        token: admin,
        body: {
          unitCode: assessment.unitCode,
          templateSymbol: '01BLP0-001',
          seriesSymbol: 'XD-26E',
          year: old.year,
          issuer: 'internal',
        },
      });
      const paid = await pay(dossier.id, { amountDong: 150_000 });

      expect(cancelled.status).toBe(200);
      expect(cancelled.body).toMatchObject({
        isActive: false,
        cancelReason: 'Đăng ký ký hiệu mới với cơ quan thuế',
      });
      expect(refused.status).toBe(409);
      expect(refused.body.code).toBe('RECEIPT_NO_ACTIVE_SERIES');
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ seriesSymbol: 'XD-26E', lastNumber: 0, isActive: true });
      expect(paid.status).toBe(201);
      expect(paid.body.receipts[0]).toMatchObject({ seriesSymbol: 'XD-26E', number: 1, kind: 'le_phi' });
    });

    it('should refuse a duplicate series and bad symbols', async () => {
      const existing = await seriesOf(JUSTICE_UNIT);

      const duplicate = await system.request<ErrorBody>('POST', '/api/v1/receipt-series', {
        token: admin,
        body: {
          unitCode: JUSTICE_UNIT,
          templateSymbol: existing.templateSymbol,
          seriesSymbol: existing.seriesSymbol,
          year: existing.year,
          issuer: 'internal',
        },
      });
      const invalid = await system.request<ErrorBody>('POST', '/api/v1/receipt-series', {
        token: admin,
        body: {
          unitCode: 'H41',
          templateSymbol: '01BLP0-001',
          seriesSymbol: 'aa 26',
          year: 1999,
          issuer: 'x',
        },
      });

      expect(duplicate.status).toBe(409);
      expect(duplicate.body.code).toBe('RECEIPT_SERIES_EXISTS');
      expect(invalid.status).toBe(400);
      expect(invalid.body.details?.map((d) => d.field).sort()).toEqual([
        'issuer',
        'seriesSymbol',
        'unitCode',
        'year',
      ]);
    });

    it('should keep the register to admins', async () => {
      const response = await system.request('GET', '/api/v1/receipt-series', { token: cashier });

      expect(response.status).toBe(403);
    });
  });

  describe('e-receipt provider (issuer adapter)', () => {
    let tourism: string;

    beforeAll(async () => {
      const dossier = await receive(TOUR_GUIDE);
      tourism = (await assessed(dossier.id)).unitCode;
      const old = await seriesOf(tourism);
      await system.request('POST', `/api/v1/receipt-series/${old.id}/cancel`, {
        token: admin,
        body: { reason: 'Chuyển sang biên lai điện tử của nhà cung cấp' },
      });
      const created = await system.request<ReceiptSeriesV1>('POST', '/api/v1/receipt-series', {
        token: admin,
        body: {
          unitCode: tourism,
          templateSymbol: '01BLP0-001',
          seriesSymbol: 'DL-26E',
          year: old.year,
          issuer: 'provider',
        },
      });
      expect(created.body).toMatchObject({ issuer: 'provider', isActive: true });
    });

    it("should take the provider's number for the receipt and send it the legal content", async () => {
      const dossier = await receive(TOUR_GUIDE);
      await assessed(dossier.id);

      const paid = await pay(dossier.id, { amountDong: 650_000 });

      expect(paid.status).toBe(201);
      const [receipt] = paid.body.receipts;
      expect(receipt).toMatchObject({ issuer: 'provider', seriesSymbol: 'DL-26E', number: 501 });
      expect(provider.requests.find((r) => r.key === receipt.id)).toMatchObject({
        amountDong: 650_000,
        amountInWords: 'Sáu trăm năm mươi nghìn đồng',
        payerName: 'Nguyễn Văn An',
      });
      const [event] = await query<{ payload: Record<string, unknown> }>(
        `SELECT envelope->'payload' AS payload FROM fees.outbox WHERE message_type = 'fees.receipt.issued.v1'
         AND envelope->'payload'->>'receiptId' = $1`,
        [receipt.id],
      );
      expect(event.payload).toMatchObject({ issuer: 'provider', number: 501 });
    });

    it('should keep the payment when the provider is down and number the receipt once it answers', async () => {
      const dossier = await receive(TRAVEL_AGENCY);
      await assessed(dossier.id);
      provider.failNext(2);

      const paid = await pay(dossier.id, { amountDong: 3_000_000 });

      expect(paid.status).toBe(201);
      expect(paid.body.receipts[0].number).toBeUndefined();
      const numbered = await waitFor(
        async () => (await assessed(dossier.id)).receipts.find((r) => r.number !== undefined),
        { timeoutMs: 30_000, description: 'the queued provider call to succeed' },
      );
      expect(numbered).toMatchObject({ id: paid.body.receipts[0].id, number: 502 });
      const [{ n }] = await query<{ n: number }>(
        `SELECT count(*)::int AS n FROM fees.outbox WHERE message_type = 'fees.receipt.issued.v1'
         AND envelope->'payload'->>'receiptId' = $1`,
        [numbered.id],
      );
      expect(n).toBe(1);
    });
  });

  describe('online payment (provider simulator)', () => {
    interface Callback {
      reference: string;
      transactionId: string;
      amountDong: number;
      status: 'success' | 'failed';
      paidAt: string;
    }

    // What the payment provider sends: the fields and their HMAC-SHA256 under the shared secret.
    const signed = (callback: Callback, secret = system.env.MOTCUA_PAYMENT_HMAC_SECRET) => ({
      ...callback,
      signature: createHmac('sha256', secret)
        .update(
          [
            callback.reference,
            callback.transactionId,
            callback.amountDong,
            callback.status,
            callback.paidAt,
          ].join('|'),
        )
        .digest('hex'),
    });
    const notify = (body: unknown) =>
      system.request<{ outcome: string; paymentId?: string } & ErrorBody>(
        'POST',
        '/api/v1/payments/provider-callback',
        {
          body,
        },
      );

    let dossierId: string;
    let reference: string;
    const success = (): Callback => ({
      reference,
      transactionId: `SIM-${reference.slice(-8)}`,
      amountDong: 200_000,
      status: 'success',
      paidAt: new Date().toISOString(),
    });

    beforeAll(async () => {
      const dossier = await receive(JUDICIAL_RECORDS);
      dossierId = dossier.id;
      await assessed(dossierId);
      const opened = await system.request<{
        reference: string;
        amountDong: number;
        status: string;
        payUrl: string;
      }>('POST', `/api/v1/dossiers/${dossierId}/payment-requests`, {
        token: cashier,
        headers: { 'idempotency-key': key() },
      });
      expect(opened.status).toBe(201);
      expect(opened.body).toMatchObject({ amountDong: 200_000, status: 'pending' });
      expect(opened.body.payUrl).toContain(opened.body.reference);
      reference = opened.body.reference;
    });

    const paymentCount = async () =>
      (
        await query<{ n: number }>('SELECT count(*)::int AS n FROM fees.payments WHERE dossier_id = $1', [
          dossierId,
        ])
      )[0].n;

    it('should refuse a forged callback, a wrong amount and an unknown reference, changing nothing', async () => {
      const forged = await notify(signed(success(), 'not-the-shared-secret-0123456789abcdef'));
      const wrongAmount = await notify(signed({ ...success(), amountDong: 20_000 }));
      const unknown = await notify(signed({ ...success(), reference: randomUUID() }));
      const malformed = await notify({ ...success(), signature: 'abc' });

      expect(forged.status).toBe(401);
      expect(forged.body.code).toBe('PAYMENT_CALLBACK_SIGNATURE_INVALID');
      expect(wrongAmount.status).toBe(400);
      expect(wrongAmount.body.code).toBe('PAYMENT_CALLBACK_AMOUNT_MISMATCH');
      expect(unknown.status).toBe(404);
      expect(unknown.body.code).toBe('PAYMENT_CALLBACK_UNKNOWN_REFERENCE');
      expect(malformed.status).toBe(400);
      expect(malformed.body.details?.[0]).toMatchObject({ field: 'signature' });
      expect(await paymentCount()).toBe(0);
    });

    it('should leave the request open when the provider reports a failed payment', async () => {
      const failed = await notify(signed({ ...success(), transactionId: 'SIM-FAILED-1', status: 'failed' }));

      expect(failed.status).toBe(200);
      expect(failed.body.outcome).toBe('failed');
      expect(await paymentCount()).toBe(0);
    });

    it('should record the payment with its receipt on a signed callback and ignore its replay', async () => {
      const callback = signed(success());

      const first = await notify(callback);
      const replay = await notify(callback);

      expect(first.status).toBe(200);
      expect(first.body.outcome).toBe('recorded');
      expect(replay.status).toBe(200);
      expect(replay.body).toMatchObject({ outcome: 'duplicate', paymentId: first.body.paymentId });
      const assessment = await assessed(dossierId);
      expect(assessment).toMatchObject({ status: 'paid', awaitsPayment: false });
      expect(assessment.payments).toEqual([
        expect.objectContaining({ id: first.body.paymentId, method: 'online' }),
      ]);
      expect(assessment.receipts).toEqual([expect.objectContaining({ method: 'online', kind: 'phi' })]);
      expect(await paymentCount()).toBe(1);
    });
  });

  describe('waiver', () => {
    it('should let the unit lead waive unpaid fees with a reason and free the dossier', async () => {
      const dossier = await receive(JUDICIAL_RECORDS);
      await assessed(dossier.id);

      const waived = await system.request<AssessmentV1>('POST', `/api/v1/dossiers/${dossier.id}/fees/waive`, {
        token: unitLead,
        body: { reason: 'Người có công với cách mạng' },
      });
      const payment = await pay(dossier.id, { amountDong: 200_000 });

      expect(waived.status).toBe(200);
      expect(waived.body).toMatchObject({
        status: 'waived',
        awaitsPayment: false,
        outstandingDong: 0,
        waiverReason: 'Người có công với cách mạng',
      });
      expect(payment.status).toBe(409);
      const [event] = await query<{ payload: Record<string, unknown> }>(
        `SELECT envelope->'payload' AS payload FROM fees.outbox WHERE message_type = 'fees.fee.waived.v1'
         AND envelope->'payload'->>'dossierId' = $1`,
        [dossier.id],
      );
      expect(event.payload).toMatchObject({ reason: 'Người có công với cách mạng' });
    });

    it('should refuse a waiver by a cashier or without a reason', async () => {
      const dossier = await receive(JUDICIAL_RECORDS);
      await assessed(dossier.id);

      const byCashier = await system.request('POST', `/api/v1/dossiers/${dossier.id}/fees/waive`, {
        token: cashier,
        body: { reason: 'Thử' },
      });
      const noReason = await system.request<ErrorBody>('POST', `/api/v1/dossiers/${dossier.id}/fees/waive`, {
        token: unitLead,
        body: {},
      });

      expect(byCashier.status).toBe(403);
      expect(noReason.status).toBe(400);
      expect(noReason.body.details?.[0]).toMatchObject({ field: 'reason' });
    });
  });

  describe('paper receipts (units without e-receipts)', () => {
    const register = (paymentId: string, body: Record<string, unknown>) =>
      system.request<ErrorBody & { id: string; issuer: string; number: number }>(
        'POST',
        `/api/v1/payments/${paymentId}/paper-receipts`,
        {
          token: cashier,
          body: { kind: 'le_phi', templateSymbol: '01BLP2-001', seriesSymbol: 'CA/2026P', ...body },
          headers: { 'idempotency-key': key() },
        },
      );

    it('should record a Police payment without an e-receipt and register its paper receipt once', async () => {
      const [first, second] = await Promise.all([receive(PASSPORT), receive(PASSPORT)]);
      await Promise.all([assessed(first.id), assessed(second.id)]);
      const paid = await pay(first.id, { amountDong: 200_000 });
      const paidToo = await pay(second.id, { amountDong: 200_000 });

      const wrongAmount = await register(paid.body.id, { number: 1201, amountDong: 150_000 });
      const registered = await register(paid.body.id, { number: 1201, amountDong: 200_000 });
      const duplicate = await register(paidToo.body.id, { number: 1201, amountDong: 200_000 });
      const again = await register(paid.body.id, { number: 1202, amountDong: 200_000 });

      expect(paid.status).toBe(201);
      expect(paid.body.receipts).toEqual([]);
      expect(wrongAmount.status).toBe(400);
      expect(wrongAmount.body).toMatchObject({
        code: 'RECEIPT_PAPER_WRONG_AMOUNT',
        details: [{ field: 'amountDong' }],
      });
      expect(registered.status).toBe(201);
      expect(registered.body).toMatchObject({ issuer: 'paper', number: 1201, seriesSymbol: 'CA/2026P' });
      expect(duplicate.status).toBe(409);
      expect(duplicate.body.code).toBe('RECEIPT_PAPER_DUPLICATE');
      expect(again.status).toBe(400);
      const receipts = await assessed(first.id);
      expect(receipts.receipts).toEqual([expect.objectContaining({ issuer: 'paper', number: 1201 })]);
    });

    it('should refuse a paper receipt for a unit that issues e-receipts', async () => {
      const dossier = await receive(JUDICIAL_RECORDS);
      await assessed(dossier.id);
      const paid = await pay(dossier.id, { amountDong: 200_000 });

      const response = await register(paid.body.id, { kind: 'phi', number: 77, amountDong: 200_000 });

      expect(response.status).toBe(409);
      expect(response.body.code).toBe('RECEIPT_PAPER_NOT_ALLOWED');
    });
  });
});
