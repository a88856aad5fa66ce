import {
  ProcedureDefinitionV1,
  ProcedurePageV1,
  ProcedureV1,
  UnitListV1,
  CounterListV1,
} from '@motcua/contracts';
import { procedureDefinitionV1 } from '@motcua/contracts/test';
import { TestSystem, receptionFor, waitFor } from '@motcua/testing';

interface ErrorBody {
  code: string;
  message: string;
  details?: { field: string; constraint: string; message: string }[];
}

// A procedure code the demo catalog does not use.
const CODE = '9.990001';

function definition(overrides: Partial<ProcedureDefinitionV1> = {}): ProcedureDefinitionV1 {
  return procedureDefinitionV1({
    code: CODE,
    name: 'Cấp giấy chứng nhận đủ điều kiện thử nghiệm (demo)',
    isDemoData: true,
    ...overrides,
  });
}

describe('Procedure catalog through the gateway', () => {
  let system: TestSystem;
  let admin: string;
  let reception: string;

  beforeAll(async () => {
    system = await TestSystem.start('catalog');
    [admin, reception] = await Promise.all([system.login('admin'), system.login('reception')]);
  }, 120_000);

  afterAll(async () => {
    await system?.stop();
  });

  describe('demo seed', () => {
    it('should hold the Nghệ An Center: at least 14 departments, 39 counters and 30 procedures', async () => {
      const units = await system.request<UnitListV1>('GET', '/api/v1/units', { token: reception });
      const counters = await system.request<CounterListV1>('GET', '/api/v1/counters', { token: reception });
      const procedures = await system.request<ProcedurePageV1>('GET', '/api/v1/procedures?pageSize=100', {
        token: reception,
      });

      expect(units.body.items.filter((unit) => unit.kind === 'department').length).toBeGreaterThanOrEqual(14);
      expect(units.body.items.find((unit) => unit.kind === 'police')).toMatchObject({
        canIssueEReceipts: false,
      });
      expect(counters.body.items).toHaveLength(39);
      expect(procedures.body.total).toBeGreaterThanOrEqual(30);
    });

    it('should announce the official calendar years, which came from a migration, so copies have them', async () => {
      const db = await system.db();
      try {
        const { rows } = await db.query(
          `SELECT envelope->'payload'->'calendar' AS calendar FROM intake.outbox
            WHERE message_type = 'intake.calendar.changed.v1' ORDER BY created_at`,
        );
        const years = rows.map((r) => r.calendar.year);
        expect(years).toEqual(expect.arrayContaining([2025, 2026]));
        const tet2026 = rows.find((r) => r.calendar.year === 2026).calendar.days;
        expect(tet2026).toContainEqual(expect.objectContaining({ date: '2026-02-17', kind: 'holiday' }));
      } finally {
        await db.end();
      }
    });

    it('should let an admin announce units, procedure versions and calendar years again', async () => {
      const forbidden = await system.request('POST', '/api/v1/reference-data/republish', {
        token: reception,
      });
      const done = await system.request<{ units: number; procedures: number; calendarYears: number }>(
        'POST',
        '/api/v1/reference-data/republish',
        { token: admin },
      );

      expect(forbidden.status).toBe(403);
      expect(done.status).toBe(200);
      expect(done.body.units).toBeGreaterThanOrEqual(14);
      expect(done.body.procedures).toBeGreaterThanOrEqual(30);
      expect(done.body.calendarYears).toBeGreaterThanOrEqual(2);
      const db = await system.db();
      try {
        const counts = await waitFor(async () => {
          const { rows } = await db.query(
            `SELECT message_type, count(*)::int AS n FROM intake.outbox WHERE published_at IS NOT NULL
              GROUP BY message_type`,
          );
          const byType = Object.fromEntries(rows.map((r) => [r.message_type, r.n]));
          return byType['intake.unit.published.v1'] >= 2 * done.body.units ? byType : null;
        });
        expect(counts['intake.procedure.published.v1']).toBeGreaterThanOrEqual(2 * done.body.procedures);
      } finally {
        await db.end();
      }
    });
  });

  describe('search', () => {
    it('should find a procedure by a name typed without accents and by its code', async () => {
      const byName = await system.request<ProcedurePageV1>(
        'GET',
        '/api/v1/procedures?q=ly%20lich%20tu%20phap',
        { token: reception },
      );
      const byCode = await system.request<ProcedurePageV1>('GET', '/api/v1/procedures?q=2.000488', {
        token: reception,
      });

      expect(byName.body.items.some((p) => p.code === '2.000488')).toBe(true);
      expect(byCode.body.items.map((p) => p.code)).toEqual(['2.000488']);
    });

    it('should page through the catalog', async () => {
      const first = await system.request<ProcedurePageV1>('GET', '/api/v1/procedures?page=1&pageSize=5', {
        token: reception,
      });
      const second = await system.request<ProcedurePageV1>('GET', '/api/v1/procedures?page=2&pageSize=5', {
        token: reception,
      });

      expect(first.body.items).toHaveLength(5);
      expect(second.body.items).toHaveLength(5);
      expect(second.body.items.map((p) => p.code)).not.toEqual(
        expect.arrayContaining(first.body.items.map((p) => p.code)),
      );
    });
  });

  describe('administration', () => {
    it('should create, revise and retire a procedure, publishing every version as an event', async () => {
      const created = await system.request<ProcedureV1>('POST', '/api/v1/procedures', {
        token: admin,
        body: definition(),
      });
      const revised = await system.request<ProcedureV1>('PUT', `/api/v1/procedures/${CODE}`, {
        token: admin,
        body: {
          expectedVersion: 1,
          definition: definition({ processingTime: { amount: 7, unit: 'working_days' as never } }),
        },
      });
      const stale = await system.request<ErrorBody>('PUT', `/api/v1/procedures/${CODE}`, {
        token: admin,
        body: { expectedVersion: 1, definition: definition() },
      });
      const retired = await system.request<ProcedureV1>('POST', `/api/v1/procedures/${CODE}/retire`, {
        token: admin,
        body: { reason: 'Bãi bỏ theo quyết định công bố mới', expectedVersion: 2 },
      });
      const search = await system.request<ProcedurePageV1>('GET', `/api/v1/procedures?q=${CODE}`, {
        token: reception,
      });

      expect(created.status).toBe(201);
      expect(created.body.currentVersion.version).toBe(1);
      expect(revised.body).toMatchObject({
        currentVersion: { version: 2 },
        definition: { processingTime: { amount: 7 } },
      });
      expect(revised.body.versions.map((v) => v.version)).toEqual([1, 2]);
      expect(stale.status).toBe(409);
      expect(stale.body.code).toBe('PROCEDURE_VERSION_STALE');
      expect(retired.body).toMatchObject({
        status: 'retired',
        retiredReason: 'Bãi bỏ theo quyết định công bố mới',
      });
      expect(search.body.items).toEqual([]);
      const db = await system.db();
      try {
        const events = await waitFor(async () => {
          const { rows } = await db.query(
            `SELECT message_type, envelope->'payload' AS payload FROM intake.outbox
              WHERE envelope->'payload'->'definition'->>'code' = $1 OR envelope->'payload'->>'code' = $1
              ORDER BY created_at`,
            [CODE],
          );
          return rows.length === 3 ? rows : null;
        });
        expect(events.map((e) => e.message_type)).toEqual([
          'intake.procedure.published.v1',
          'intake.procedure.published.v1',
          'intake.procedure.retired.v1',
        ]);
        expect(events[1].payload).toMatchObject({
          version: 2,
          definition: { processingTime: { amount: 7 } },
        });
      } finally {
        await db.end();
      }
    });

    it('should refuse with 400 naming the field when a definition is invalid or names an unknown unit', async () => {
      const invalid = await system.request<ErrorBody>('POST', '/api/v1/procedures', {
        token: admin,
        body: {
          ...definition({ code: '9.990002' }),
          fees: [{ kind: 'tax', name: 'Thuế', amountDong: 1.5, due: 'at_reception' }],
        },
      });
      const unknownUnit = await system.request<ErrorBody>('POST', '/api/v1/procedures', {
        token: admin,
        body: definition({ code: '9.990003', handlingUnitCodes: ['000.00.99.H41'] }),
      });

      expect(invalid.status).toBe(400);
      expect(invalid.body.details?.map((d) => d.field).sort()).toEqual(['fees.0.amountDong', 'fees.0.kind']);
      expect(unknownUnit.status).toBe(400);
      expect(unknownUnit.body).toMatchObject({
        code: 'PROCEDURE_UNKNOWN_UNIT',
        details: [{ field: 'handlingUnitCodes' }],
      });
    });

    it('should refuse a second procedure with the same code with 409', async () => {
      const duplicate = await system.request<ErrorBody>('POST', '/api/v1/procedures', {
        token: admin,
        body: definition({ code: '2.000488' }),
      });

      expect(duplicate.status).toBe(409);
      expect(duplicate.body.code).toBe('PROCEDURE_EXISTS');
    });

    it('should let only admins change the catalog', async () => {
      const response = await system.request<ErrorBody>('POST', '/api/v1/procedures', {
        token: reception,
        body: definition({ code: '9.990004' }),
      });

      expect(response.status).toBe(403);
    });
  });

  describe('documentation', () => {
    it('should describe the catalog bodies in OpenAPI with schemas generated from the contract rules', async () => {
      const document = (await (await fetch(`${system.gatewayUrl}/api/docs-json`)).json()) as {
        paths: Record<
          string,
          Record<string, { requestBody?: { content: Record<string, { schema: { $ref?: string } }> } }>
        >;
        components: {
          schemas: Record<string, { properties?: Record<string, unknown>; required?: string[] }>;
        };
      };

      const body = document.paths['/api/v1/procedures'].post.requestBody?.content['application/json'].schema;
      const definition = document.components.schemas.ProcedureDefinitionV1;

      expect(body?.$ref).toBe('#/components/schemas/ProcedureDefinitionV1');
      expect(Object.keys(definition.properties ?? {})).toEqual(
        expect.arrayContaining(['code', 'fees', 'processingTime', 'channels']),
      );
      expect(document.components.schemas.FeeItemV1.properties).toHaveProperty('amountDong');
      expect(Object.keys(document.components.schemas.ReceiveDossierBody.properties ?? {}).sort()).toEqual(
        [
          'applicant',
          'channel',
          'counterNumber',
          'documents',
          'procedureCode',
          'resultDelivery',
          'ticketId',
        ].sort(),
      );
      const referenced = [...JSON.stringify(document).matchAll(/#\/components\/schemas\/(\w+)/g)].map(
        (m) => m[1],
      );
      expect(referenced.filter((name) => !document.components.schemas[name])).toEqual([]);
    });
  });

  describe('working calendar', () => {
    it('should count five working days across the Tết 2026 break and keep the hour of reception', async () => {
      const response = await system.request<{ dueAt: string }>(
        'GET',
        '/api/v1/calendar/due-date?from=2026-02-13T09:40:00%2B07:00&amount=5&unit=working_days',
        { token: reception },
      );

      expect(response.status).toBe(200);
      expect(response.body.dueAt).toBe('2026-02-27T02:40:00.000Z');
    });

    it('should move a same-day procedure received after the 15:00 cut-off on a Friday to Monday evening', async () => {
      const response = await system.request<{ countedFrom: string; dueAt: string }>(
        'GET',
        '/api/v1/calendar/due-date?from=2026-11-27T16:00:00%2B07:00&amount=0&unit=working_days&cutoff=15:00',
        { token: reception },
      );

      expect(response.body).toEqual({
        countedFrom: '2026-11-30T00:00:00.000Z',
        dueAt: '2026-11-30T10:00:00.000Z',
      });
    });

    it('should let an admin replace a year, move new previews but not promised due dates, and announce the year', async () => {
      const from = '2027-04-28T09:00:00+07:00';
      const preview = () =>
        system.request<{ dueAt: string }>(
          'GET',
          `/api/v1/calendar/due-date?from=${encodeURIComponent(from)}&amount=3&unit=working_days`,
          {
            token: reception,
          },
        );
      const before = await preview();
      const dossier = await system.request<{ id: string; dueAt: string }>('POST', '/api/v1/dossiers', {
        token: reception,
        body: await receptionFor(system, reception, '2.000488'),
      });

      const replaced = await system.request<{ days: { date: string }[] }>(
        'PUT',
        '/api/v1/calendar/years/2027',
        {
          token: admin,
          body: {
            days: [
              {
                date: '2027-04-30',
                kind: 'holiday',
                name: 'Ngày Chiến thắng',
                legalBasis: 'Bộ luật Lao động 2019, Điều 112 khoản 1',
              },
              {
                date: '2027-05-03',
                kind: 'compensatory_day_off',
                name: 'Nghỉ bù Quốc tế Lao động',
                legalBasis: 'Bộ luật Lao động 2019, Điều 111 khoản 3',
              },
            ],
          },
        },
      );
      const after = await preview();
      const kept = await system.request<{ dossier: { dueAt: string } }>(
        'GET',
        `/api/v1/dossiers/${dossier.body.id}`,
        { token: reception },
      );

      expect(replaced.status).toBe(200);
      expect(replaced.body.days.map((d) => d.date)).toEqual(['2027-04-30', '2027-05-03']);
      expect(before.body.dueAt).toBe('2027-05-03T02:00:00.000Z');
      expect(after.body.dueAt).toBe('2027-05-05T02:00:00.000Z');
      expect(kept.body.dossier.dueAt).toBe(dossier.body.dueAt);
      const db = await system.db();
      try {
        const { rows } = await db.query(
          `SELECT envelope->'payload' AS payload FROM intake.outbox
            WHERE message_type = 'intake.calendar.changed.v1' AND envelope->'payload'->'calendar'->>'year' = '2027'`,
        );
        expect(rows.map((r) => r.payload.calendar.days.length)).toEqual([2]);
      } finally {
        await db.end();
      }
    });

    it('should refuse a year with a day out of the year or a swap on the wrong weekday, naming the day', async () => {
      const response = await system.request<ErrorBody>('PUT', '/api/v1/calendar/years/2027', {
        token: admin,
        body: {
          days: [
            {
              date: '2027-01-01',
              kind: 'holiday',
              name: 'Tết Dương lịch',
              legalBasis: 'Bộ luật Lao động 2019',
            },
            {
              date: '2027-01-06',
              kind: 'swapped_working_day',
              name: 'Làm bù',
              legalBasis: 'Công văn giả định',
            },
          ],
        },
      });
      const wrongYear = await system.request<ErrorBody>('PUT', '/api/v1/calendar/years/2027', {
        token: admin,
        body: {
          days: [
            {
              date: '2028-01-01',
              kind: 'holiday',
              name: 'Tết Dương lịch',
              legalBasis: 'Bộ luật Lao động 2019',
            },
          ],
        },
      });
      const byReception = await system.request<ErrorBody>('PUT', '/api/v1/calendar/years/2027', {
        token: reception,
        body: { days: [] },
      });

      expect(response.status).toBe(400);
      expect(response.body.details).toEqual([
        expect.objectContaining({ field: 'days.1.kind', constraint: 'kind_on_wrong_day' }),
      ]);
      expect(wrongYear.body.details).toEqual([
        expect.objectContaining({ field: 'days.0.date', constraint: 'inYear' }),
      ]);
      expect(byReception.status).toBe(403);
    });

    it('should list the official 2026 days with their legal basis and refuse a bad unit naming it', async () => {
      const year = await system.request<{ days: { date: string; kind: string; legalBasis: string }[] }>(
        'GET',
        '/api/v1/calendar/years/2026',
        { token: reception },
      );
      const bad = await system.request<ErrorBody>(
        'GET',
        '/api/v1/calendar/due-date?from=2026-11-27T16:00:00Z&amount=1&unit=weeks',
        {
          token: reception,
        },
      );

      expect(year.body.days).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            date: '2026-09-02',
            kind: 'holiday',
            legalBasis: expect.stringContaining('Điều 112'),
          }),
        ]),
      );
      expect(bad.status).toBe(400);
      expect(bad.body.details?.map((d) => d.field)).toEqual(['unit']);
    });
  });
});
