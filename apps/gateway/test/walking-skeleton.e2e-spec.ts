import { ReceptionBody, TestSystem, receptionFor, waitFor } from '@motcua/testing';
import { randomUUID } from 'node:crypto';

interface DossierBody {
  id: string;
  code: string;
  status: string;
  applicant: { phone: string };
}

interface ViewBody {
  dossier: DossierBody;
  routing: { assignments: { unitCode: string; stepName: string }[] } | null;
  messages: { channel: string; recipient: string; body: string; eventType: string }[] | null;
  unavailable: string[];
}

interface ErrorBody {
  code: string;
  message: string;
  details?: { field: string; constraint: string; message: string }[];
  correlationId: string;
}

const UNIT = '000.00.20.H41';

const key = () => `e2e-${randomUUID()}`;

describe('Walking skeleton: a dossier through gateway, intake, routing and notifications', () => {
  let system: TestSystem;
  let reception: string;
  let base: ReceptionBody;
  let otherUnit: ReceptionBody;

  // A complete reception of the judicial-records procedure (Sở Tư pháp), and one for a Sở Xây dựng procedure.
  const dossierBody = (overrides: Partial<ReceptionBody> = {}): ReceptionBody => ({ ...base, ...overrides });

  beforeAll(async () => {
    system = await TestSystem.start('walking-skeleton', { env: { MOTCUA_LOGIN_RATE_LIMIT: '5' } });
    reception = await system.login('reception');
    base = await receptionFor(system, reception, '2.000488');
    const construction = await system.request<{ items: { code: string }[] }>(
      'GET',
      '/api/v1/procedures?unitCode=000.00.12.H41',
      {
        token: reception,
      },
    );
    otherUnit = await receptionFor(system, reception, construction.body.items[0].code);
  }, 120_000);

  afterAll(async () => {
    await system?.stop();
  });

  describe('reception', () => {
    it('should give the dossier its code, assign it to the unit and store the applicant SMS when a clerk receives it', async () => {
      const posted = await system.request<DossierBody>('POST', '/api/v1/dossiers', {
        token: reception,
        body: dossierBody(),
        headers: { 'idempotency-key': key() },
      });

      expect(posted.status).toBe(201);
      expect(posted.body.code).toMatch(/^000\.00\.20\.H41-\d{6}-\d{4}$/);
      expect(posted.body.status).toBe('received');
      expect(posted.body.applicant.phone).toBe('+84912345678');
      const view = await waitFor(
        async () => {
          const { body } = await system.request<ViewBody>('GET', `/api/v1/dossiers/${posted.body.id}`, {
            token: reception,
          });
          const kinds = new Set(body.messages?.map((m) => `${m.eventType}|${m.channel}`));
          return body.routing?.assignments.length === 1 &&
            kinds.has('intake.dossier.received.v1|sms') &&
            kinds.has('routing.dossier.assigned.v1|inbox')
            ? body
            : null;
        },
        { description: 'assignment and messages' },
      );
      expect(view.unavailable).toEqual([]);
      expect(view.routing?.assignments[0]).toMatchObject({ unitCode: UNIT, stepName: 'Thẩm định hồ sơ' });
      const sms = view.messages?.find(
        (m) => m.channel === 'sms' && m.eventType === 'intake.dossier.received.v1',
      );
      expect(sms).toMatchObject({ recipient: '+8491****678', eventType: 'intake.dossier.received.v1' });
      expect(sms?.body).toContain(posted.body.code);
      expect(
        view.messages?.find((m) => m.channel === 'inbox' && m.eventType === 'routing.dossier.assigned.v1'),
      ).toMatchObject({ recipient: UNIT });
    });

    it('should carry the caller correlation id through every event the dossier causes', async () => {
      const correlationId = `e2e-corr-${Date.now()}`;

      const posted = await system.request<DossierBody>('POST', '/api/v1/dossiers', {
        token: reception,
        body: dossierBody(),
        headers: { 'x-correlation-id': correlationId },
      });

      expect(posted.headers.get('x-correlation-id')).toBe(correlationId);
      const db = await system.db();
      try {
        const received = await waitFor(async () => {
          const { rows } = await db.query(
            `SELECT envelope FROM intake.outbox WHERE envelope->'payload'->>'dossierId' = $1`,
            [posted.body.id],
          );
          return rows[0]?.envelope;
        });
        const assigned = await waitFor(async () => {
          const { rows } = await db.query(
            `SELECT envelope FROM routing.outbox WHERE envelope->'payload'->>'dossierId' = $1`,
            [posted.body.id],
          );
          return rows[0]?.envelope;
        });
        expect(received).toMatchObject({ correlationId, producer: 'intake', causationId: null });
        expect(assigned).toMatchObject({ correlationId, producer: 'routing', causationId: received.id });
      } finally {
        await db.end();
      }
    });

    it('should give unique consecutive codes when 40 clerks receive for one unit at once', async () => {
      const results = await Promise.all(
        Array.from({ length: 40 }, () =>
          system.request<DossierBody>('POST', '/api/v1/dossiers', { token: reception, body: dossierBody() }),
        ),
      );

      expect(results.map((r) => r.status)).toEqual(Array(40).fill(201));
      const sequences = results.map((r) => Number(r.body.code.slice(-4))).sort((a, b) => a - b);
      expect(sequences).toEqual(Array.from({ length: 40 }, (_, i) => sequences[0] + i));
    });
  });

  describe('Idempotency-Key', () => {
    it('should return the first dossier when a retry sends the same key and content', async () => {
      const idempotencyKey = key();
      const send = () =>
        system.request<DossierBody>('POST', '/api/v1/dossiers', {
          token: reception,
          body: dossierBody(),
          headers: { 'idempotency-key': idempotencyKey },
        });

      const first = await send();
      const [second, third] = await Promise.all([send(), send()]);

      expect(first.status).toBe(201);
      expect(second.body.id).toBe(first.body.id);
      expect(third.body.id).toBe(first.body.id);
      const db = await system.db();
      const { rows } = await db.query('SELECT count(*)::int AS n FROM intake.dossiers WHERE code = $1', [
        first.body.code,
      ]);
      await db.end();
      expect(rows[0].n).toBe(1);
    });

    it('should answer 409 IDEMPOTENCY_KEY_REUSED when the key comes back with different content', async () => {
      const idempotencyKey = key();
      await system.request('POST', '/api/v1/dossiers', {
        token: reception,
        body: dossierBody(),
        headers: { 'idempotency-key': idempotencyKey },
      });

      const reused = await system.request<ErrorBody>('POST', '/api/v1/dossiers', {
        token: reception,
        body: dossierBody({
          applicant: { ...base.applicant, fullName: 'Trần Thị Bình', phone: '0987654321' },
        }),
        headers: { 'idempotency-key': idempotencyKey },
      });

      expect(reused.status).toBe(409);
      expect(reused.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    });

    it('should answer 400 naming the header when the key is malformed', async () => {
      const response = await system.request<ErrorBody>('POST', '/api/v1/dossiers', {
        token: reception,
        body: dossierBody(),
        headers: { 'idempotency-key': 'bad key!' },
      });

      expect(response.status).toBe(400);
      expect(response.body.details?.[0].field).toBe('Idempotency-Key');
    });
  });

  describe('bad input', () => {
    it('should answer 400 naming every invalid field in Vietnamese and store nothing', async () => {
      const db = await system.db();
      const before = (await db.query('SELECT count(*)::int AS n FROM intake.dossiers')).rows[0].n;

      const response = await system.request<ErrorBody>('POST', '/api/v1/dossiers', {
        token: reception,
        body: {
          ...dossierBody({
            applicant: { ...base.applicant, fullName: '', phone: '12345', idNumber: '12345' },
          }),
          procedureCode: 'H41',
          channel: 'fax',
        },
      });

      const after = (await db.query('SELECT count(*)::int AS n FROM intake.dossiers')).rows[0].n;
      await db.end();
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(response.body.details?.map((d) => d.field).sort()).toEqual(
        ['applicant.fullName', 'applicant.idNumber', 'applicant.phone', 'channel', 'procedureCode'].sort(),
      );
      expect(response.body.details?.find((d) => d.field === 'applicant.phone')?.message).toBe(
        'Số điện thoại không phải số điện thoại di động Việt Nam hợp lệ',
      );
      expect(response.body.message).toContain('applicant.phone');
      expect(response.body.correlationId).toEqual(expect.any(String));
      expect(after).toBe(before);
    });

    it('should answer 400 when the body carries a field the API does not know', async () => {
      const response = await system.request<ErrorBody>('POST', '/api/v1/dossiers', {
        token: reception,
        body: { ...dossierBody(), status: 'resolved' },
      });

      expect(response.status).toBe(400);
      expect(response.body.details).toEqual([
        expect.objectContaining({ field: 'status', constraint: 'whitelistValidation' }),
      ]);
    });

    it('should answer 400 MALFORMED_REQUEST when the body is not JSON', async () => {
      const response = await fetch(`${system.gatewayUrl}/api/v1/dossiers`, {
        method: 'POST',
        headers: { authorization: `Bearer ${reception}`, 'content-type': 'application/json' },
        body: '{"procedureCode":',
      });

      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ code: 'MALFORMED_REQUEST' });
    });

    it('should answer 404 DOSSIER_NOT_FOUND for an unknown dossier and 400 for an id that is no UUID', async () => {
      const unknown = await system.request<ErrorBody>('GET', `/api/v1/dossiers/${randomUUID()}`, {
        token: reception,
      });
      const malformed = await system.request<ErrorBody>('GET', '/api/v1/dossiers/not-a-uuid', {
        token: reception,
      });

      expect(unknown.status).toBe(404);
      expect(unknown.body.code).toBe('DOSSIER_NOT_FOUND');
      expect(malformed.status).toBe(400);
      expect(malformed.body.details?.[0].field).toBe('id');
    });
  });

  describe('authentication and roles', () => {
    it('should answer 401 when the token is missing, forged or the password is wrong', async () => {
      const missing = await system.request<ErrorBody>('POST', '/api/v1/dossiers', { body: dossierBody() });
      const forged = await system.request<ErrorBody>('POST', '/api/v1/dossiers', {
        token: `${reception}x`,
        body: dossierBody(),
      });
      const wrongPassword = await system.request<ErrorBody>('POST', '/api/v1/auth/login', {
        body: { username: 'reception', password: 'not-the-password' },
      });

      expect([missing.status, forged.status, wrongPassword.status]).toEqual([401, 401, 401]);
      expect([missing.body.code, forged.body.code, wrongPassword.body.code]).toEqual([
        'AUTH_TOKEN_MISSING',
        'AUTH_TOKEN_INVALID',
        'AUTH_INVALID_CREDENTIALS',
      ]);
    });

    it('should answer 403 when an officer tries to receive a dossier', async () => {
      const officer = await system.login('officer');

      const response = await system.request<ErrorBody>('POST', '/api/v1/dossiers', {
        token: officer,
        body: dossierBody(),
      });

      expect(response.status).toBe(403);
      expect(response.body.code).toBe('AUTH_ROLE_FORBIDDEN');
    });

    it("should let a department client see its own unit's dossiers and refuse another unit's with 403", async () => {
      const own = await system.request<DossierBody>('POST', '/api/v1/dossiers', {
        token: reception,
        body: dossierBody(),
      });
      const other = await system.request<DossierBody>('POST', '/api/v1/dossiers', {
        token: reception,
        body: otherUnit,
      });
      const issued = await system.request<{ accessToken: string; actor: { kind: string; unitCode: string } }>(
        'POST',
        '/api/v1/auth/token',
        { body: { clientId: 'demo-so-tu-phap', clientSecret: system.env.MOTCUA_DEMO_PASSWORD } },
      );

      const ownView = await system.request('GET', `/api/v1/dossiers/${own.body.id}`, {
        token: issued.body.accessToken,
      });
      const otherView = await system.request<ErrorBody>('GET', `/api/v1/dossiers/${other.body.id}`, {
        token: issued.body.accessToken,
      });

      expect(issued.body.actor).toMatchObject({ kind: 'client', unitCode: UNIT });
      expect(ownView.status).toBe(200);
      expect(otherView.status).toBe(403);
      expect(otherView.body.code).toBe('AUTH_UNIT_FORBIDDEN');
    });

    it('should answer 429 once an address has tried one account more times than the limit allows', async () => {
      const username = `nobody-${Date.now()}`;
      const attempt = () =>
        system.request<ErrorBody>('POST', '/api/v1/auth/login', { body: { username, password: 'guess' } });

      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) statuses.push((await attempt()).status);

      expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    });
  });

  describe('operations', () => {
    it('should report every service ready with its database, broker and Redis', async () => {
      const services = ['gateway', 'intake', 'routing', 'fees', 'courier', 'notifications'] as const;

      const reports = await Promise.all(
        services.map(async (service) => (await fetch(`${system.serviceUrl(service)}/health/ready`)).json()),
      );

      for (const report of reports) {
        expect(report).toMatchObject({
          status: 'ok',
          info: { database: { status: 'up' }, broker: { status: 'up' }, redis: { status: 'up' } },
        });
      }
    });

    it('should expose handled messages, outbox lag and HTTP latency as Prometheus metrics', async () => {
      const routing = await (await fetch(`${system.serviceUrl('routing')}/metrics`)).text();
      const gateway = await (await fetch(`${system.serviceUrl('gateway')}/metrics`)).text();

      expect(routing).toMatch(
        /motcua_messages_handled_total\{type="intake\.dossier\.received\.v1",outcome="applied"\} [1-9]/,
      );
      expect(routing).toMatch(/motcua_outbox_lag_seconds \d/);
      expect(routing).toContain('motcua_messages_dead_lettered_total');
      expect(gateway).toMatch(
        /motcua_http_request_duration_seconds_count\{method="POST",route="\/api\/v1\/dossiers",status="201"\} [1-9]/,
      );
    });

    it('should publish the OpenAPI document with the dossier and login operations', async () => {
      const document = (await (await fetch(`${system.gatewayUrl}/api/docs-json`)).json()) as {
        paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
      };
      const ui = await fetch(`${system.gatewayUrl}/api/docs`);

      expect(Object.keys(document.paths)).toEqual(
        expect.arrayContaining([
          '/api/v1/auth/login',
          '/api/v1/auth/token',
          '/api/v1/dossiers',
          '/api/v1/dossiers/{id}',
        ]),
      );
      expect(document.paths['/api/v1/dossiers'].post.responses['201']).toBeDefined();
      expect(ui.status).toBe(200);
    });
  });
});
