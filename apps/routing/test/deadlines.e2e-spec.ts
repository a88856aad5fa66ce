import { atVietnamTime, vietnamDay } from '@motcua/calendar';
import {
  DOSSIER_DUE_SOON_V1,
  DOSSIER_OVERDUE_V1,
  DOSSIER_RESOLVED_V1,
  DueSoonThreshold,
  ProcessingReportV1,
  ReportCategory,
  ReportDossierListV1,
  ReportFiguresV1,
  ConfirmedResolutionsV1,
} from '@motcua/contracts';
import { TestSystem, receptionFor, waitFor } from '@motcua/testing';
import Redis from 'ioredis';
import { randomUUID } from 'node:crypto';
import type { Client } from 'pg';

interface ErrorBody {
  code: string;
  message: string;
  details?: unknown;
}

const CATEGORY_FIGURES: Record<ReportCategory, keyof ReportFiguresV1> = {
  [ReportCategory.ReceivedOnline]: 'receivedOnline',
  [ReportCategory.ReceivedDirectAndPostal]: 'receivedDirectAndPostal',
  [ReportCategory.CarriedOver]: 'carriedOver',
  [ReportCategory.ResolvedEarly]: 'resolvedEarly',
  [ReportCategory.ResolvedOnTime]: 'resolvedOnTime',
  [ReportCategory.ResolvedLate]: 'resolvedLate',
  [ReportCategory.ConfirmedLate]: 'confirmedLate',
  [ReportCategory.PendingWithinDeadline]: 'pendingWithinDeadline',
  [ReportCategory.PendingOverdue]: 'pendingOverdue',
};

interface DossierBody {
  id: string;
  code: string;
  dueAt: string;
}

const key = () => `clock-${randomUUID()}`;

describe('SLA clock: due dates, alerts once each, across a Redis flush', () => {
  let system: TestSystem;
  let db: Client;
  let redis: Redis;
  let reception: string;
  let officer: string;
  let unitLead: string;
  let manager: string;

  beforeAll(async () => {
    system = await TestSystem.start('deadlines', { env: { MOTCUA_DEADLINES_RECONCILE_MS: '500' } });
    db = await system.db();
    redis = new Redis(system.env.MOTCUA_REDIS_URL);
    reception = await system.login('reception');
    officer = await system.login('officer');
    unitLead = await system.login('unit_lead');
    manager = await system.login('manager');
  }, 120_000);

  afterAll(async () => {
    await redis?.quit();
    await db?.end();
    await system?.stop();
  });

  const receive = async (procedureCode = '2.000488'): Promise<DossierBody> => {
    const posted = await system.request<DossierBody>('POST', '/api/v1/dossiers', {
      token: reception,
      body: await receptionFor(system, reception, procedureCode),
      headers: { 'idempotency-key': key() },
    });
    expect(posted.status).toBe(201);
    return posted.body;
  };

  const clockOf = (dossierId: string) =>
    waitFor(
      async () => {
        const { rows } = await db.query('SELECT * FROM routing.dossier_clocks WHERE dossier_id = $1', [
          dossierId,
        ]);
        return rows[0];
      },
      { description: 'the clock of the dossier' },
    );

  // Alerts of a dossier as routing published them (the relay has sent them to the broker).
  const publishedAlerts = async (dossierId: string): Promise<string[]> => {
    const { rows } = await db.query(
      `SELECT message_type, envelope->'payload'->>'threshold' AS threshold, published_at FROM routing.outbox
       WHERE message_type IN ($1, $2) AND envelope->'payload'->>'dossierId' = $3 ORDER BY created_at, id`,
      [DOSSIER_DUE_SOON_V1, DOSSIER_OVERDUE_V1, dossierId],
    );
    if (rows.some((row) => row.published_at === null)) return ['(unpublished)'];
    return rows.map((row) => row.threshold ?? 'overdue');
  };

  // Only this system's keys: other systems share the Redis server.
  const flushRedis = async (): Promise<number> => {
    let flushed = 0;
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${system.database}:*`, 'COUNT', 1000);
      if (keys.length > 0) flushed += await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
    return flushed;
  };

  const wakeupsOf = async (dossierId: string): Promise<string[]> => {
    const delayed = await redis.zrange(`${system.database}:routing:routing.deadlines:delayed`, 0, -1);
    return delayed.filter((id) => id.includes(dossierId));
  };

  it('should start the clock of a received dossier at its appointment', async () => {
    const dossier = await receive();

    const clock = await clockOf(dossier.id);

    expect(clock).toMatchObject({ status: 'running', unit_code: '000.00.20.H41', channel: 'direct' });
    expect(clock.due_at.toISOString()).toBe(dossier.dueAt);
  });

  it('should fire the due-day and the overdue alert once each, also when Redis lost the wake-up', async () => {
    const dossier = await receive();
    await clockOf(dossier.id);
    // Arrange a dossier due tonight: the due-day threshold is crossed, overdue is hours away.
    const tonight = new Date(atVietnamTime(vietnamDay(new Date()), '23:59').getTime() + 59_000);
    await db.query(
      `UPDATE routing.dossier_clocks SET due_at = $2, three_days_notified_at = NULL,
         one_day_notified_at = NULL, due_day_notified_at = NULL WHERE dossier_id = $1`,
      [dossier.id, tonight],
    );
    await waitFor(async () => (await publishedAlerts(dossier.id)).length === 1, {
      description: 'the due-day alert',
    });
    // Now due in a few seconds: the reconciler schedules the wake-up, then Redis loses it.
    await db.query(
      `UPDATE routing.dossier_clocks SET due_at = now() + interval '4 seconds' WHERE dossier_id = $1`,
      [dossier.id],
    );
    await waitFor(async () => (await wakeupsOf(dossier.id)).length > 0, {
      description: 'a wake-up in Redis',
    });

    expect(await flushRedis()).toBeGreaterThan(0);
    await waitFor(async () => (await publishedAlerts(dossier.id)).length === 2, {
      description: 'the overdue alert after the flush',
    });
    await flushRedis();
    await system.stopService('routing');
    await system.startService('routing', { MOTCUA_DEADLINES_RECONCILE_MS: '500' });

    expect(await publishedAlerts(dossier.id)).toEqual([DueSoonThreshold.DueDay, 'overdue']);
  });

  it('should keep the calendar intake announces', async () => {
    const admin = await system.login('admin');
    const day = {
      date: '2027-12-06',
      kind: 'holiday',
      name: 'Ngày nghỉ thử nghiệm',
      legalBasis: 'Quyết định thử nghiệm',
    };

    const replaced = await system.request('PUT', '/api/v1/calendar/years/2027', {
      token: admin,
      body: { days: [day] },
    });

    expect(replaced.status).toBe(200);
    const copy = await waitFor(
      async () => (await db.query('SELECT calendar FROM routing.calendar_years WHERE year = 2027')).rows[0],
      { description: "routing's copy of 2027" },
    );
    expect(copy.calendar.days).toEqual([day]);
  });

  describe('confirm resolved', () => {
    const confirm = (token: string, body: Record<string, unknown>, idempotencyKey = key()) =>
      system.request<ConfirmedResolutionsV1 & ErrorBody>('POST', '/api/v1/resolutions', {
        token,
        body: { outcome: 'approved', ...body },
        headers: { 'idempotency-key': idempotencyKey },
      });

    const resolvedEvents = async (dossierId: string): Promise<number> => {
      const { rows } = await db.query(
        `SELECT count(*)::int AS n FROM routing.outbox
         WHERE message_type = $1 AND envelope->'payload'->>'dossierId' = $2`,
        [DOSSIER_RESOLVED_V1, dossierId],
      );
      return rows[0].n;
    };

    it('should resolve a dossier in one click, once, through the resolution event', async () => {
      const dossier = await receive();
      await clockOf(dossier.id);
      const idempotencyKey = key();

      const first = await confirm(
        officer,
        { dossierIds: [dossier.id], resultReference: '12/QĐ-STP' },
        idempotencyKey,
      );
      const retried = await confirm(
        officer,
        { dossierIds: [dossier.id], resultReference: '12/QĐ-STP' },
        idempotencyKey,
      );
      const again = await confirm(officer, { dossierIds: [dossier.id] });

      expect(first.status).toBe(200);
      expect(first.body.items).toEqual([
        expect.objectContaining({ dossierId: dossier.id, code: dossier.code }),
      ]);
      expect(['early', 'on_time']).toContain(first.body.items[0].timeliness);
      expect(retried.body).toEqual(first.body);
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('ROUTING_WRONG_STATUS');
      expect(await resolvedEvents(dossier.id)).toBe(1);
      expect(await clockOf(dossier.id)).toMatchObject({ status: 'resolved' });
      // The confirmation closes the process like a resolve: no step stays open in the unit's work queue.
      const { rows } = await db.query(
        `SELECT i.status, i.result_reference, (SELECT count(*)::int FROM routing.assignments a
            WHERE a.dossier_id = i.dossier_id AND a.status = 'active') AS open_steps
           FROM routing.process_instances i WHERE i.dossier_id = $1`,
        [dossier.id],
      );
      expect(rows).toEqual([{ status: 'resolved', result_reference: '12/QĐ-STP', open_steps: 0 }]);
    });

    it('should confirm many dossiers at once, or none when one of them belongs to another unit', async () => {
      const mine = [await receive(), await receive()];
      const foreign = await receive('1.012753');
      for (const dossier of [...mine, foreign]) await clockOf(dossier.id);

      const refused = await confirm(officer, { dossierIds: [...mine, foreign].map((d) => d.id) });
      const bulk = await confirm(officer, { dossierIds: mine.map((d) => d.id) });

      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe('DEADLINE_UNIT_FORBIDDEN');
      expect(bulk.status).toBe(200);
      expect(bulk.body.items.map((item) => item.dossierId)).toEqual(mine.map((d) => d.id));
      expect(await clockOf(foreign.id)).toMatchObject({ status: 'running' });
    });

    it('should record an earlier actual time only from a unit lead, with reason and evidence, audited', async () => {
      const dossier = await receive();
      const clock = await clockOf(dossier.id);
      const earlier = new Date(clock.received_at.getTime() + 1).toISOString();
      const beforeReception = new Date(clock.received_at.getTime() - 60_000).toISOString();
      const proof = { reason: 'Đã ký kết quả nhưng chưa xác nhận', evidenceReference: 'Sổ kết quả trang 3' };

      const byOfficer = await confirm(officer, { dossierIds: [dossier.id], resolvedAt: earlier, ...proof });
      const withoutReason = await confirm(unitLead, { dossierIds: [dossier.id], resolvedAt: earlier });
      const tooEarly = await confirm(unitLead, {
        dossierIds: [dossier.id],
        resolvedAt: beforeReception,
        ...proof,
      });
      const recorded = await confirm(unitLead, { dossierIds: [dossier.id], resolvedAt: earlier, ...proof });

      expect(byOfficer.status).toBe(403);
      expect(byOfficer.body.code).toBe('DEADLINE_EARLIER_TIME_NEEDS_UNIT_LEAD');
      expect(withoutReason.status).toBe(400);
      expect(withoutReason.body.details).toEqual(
        expect.arrayContaining([expect.objectContaining({ field: 'reason' })]),
      );
      expect(tooEarly.status).toBe(400);
      expect(tooEarly.body.code).toBe('DEADLINE_RESOLUTION_BEFORE_HAND_OVER');
      expect(recorded.status).toBe(200);
      expect(recorded.body.items[0].resolvedAt).toBe(earlier);
      const audits = await db.query(
        'SELECT reason, evidence_reference, actor_name FROM routing.resolution_audits WHERE dossier_id = $1',
        [dossier.id],
      );
      expect(audits.rows).toEqual([
        { reason: proof.reason, evidence_reference: proof.evidenceReference, actor_name: 'unit_lead' },
      ]);
    });
    it('should alert the unit lead once when a result is attached to an unconfirmed dossier', async () => {
      const dossier = await receive();
      await clockOf(dossier.id);
      const signal = (token: string) =>
        system.request<{ isAlerted: boolean } & ErrorBody>(
          'POST',
          `/api/v1/dossiers/${dossier.id}/done-signals`,
          {
            token,
            body: { signal: 'result_attached', reference: '25/QĐ-STP' },
          },
        );

      const first = await signal(officer);
      const again = await signal(unitLead);
      const invalid = await system.request<ErrorBody>('POST', `/api/v1/dossiers/${dossier.id}/done-signals`, {
        token: officer,
        body: { signal: 'guessed' },
      });

      expect([first.status, first.body.isAlerted]).toEqual([200, true]);
      expect([again.status, again.body.isAlerted]).toEqual([200, false]);
      expect(invalid.status).toBe(400);
      expect(invalid.body.details).toEqual([expect.objectContaining({ field: 'signal' })]);
      const { rows } = await db.query(
        `SELECT count(*)::int AS n FROM routing.outbox
         WHERE message_type = 'routing.dossier.done-unconfirmed.v1' AND envelope->'payload'->>'dossierId' = $1`,
        [dossier.id],
      );
      expect(rows[0].n).toBe(1);
    });
  });

  describe('statistics', () => {
    const today = () => vietnamDay(new Date());

    // A dossier received an hour ago and due ten minutes ago.
    const overdueDossier = async (): Promise<DossierBody> => {
      const dossier = await receive();
      await clockOf(dossier.id);
      await db.query(
        `UPDATE routing.dossier_clocks SET received_at = now() - interval '1 hour',
           due_at = now() - interval '10 minutes' WHERE dossier_id = $1`,
        [dossier.id],
      );
      return dossier;
    };

    it('should separate resolved late from confirmed late, and reconcile every figure with its dossier list', async () => {
      const confirmedLate = await overdueDossier();
      const resolvedLate = await overdueDossier();
      await overdueDossier();
      const { rows } = await db.query(
        `SELECT (due_at - interval '5 minutes') AS at FROM routing.dossier_clocks WHERE dossier_id = $1`,
        [confirmedLate.id],
      );
      const lead = await system.request<ConfirmedResolutionsV1>('POST', '/api/v1/resolutions', {
        token: unitLead,
        body: {
          dossierIds: [confirmedLate.id],
          outcome: 'approved',
          resolvedAt: rows[0].at.toISOString(),
          reason: 'Kết quả đã ký trước hạn',
          evidenceReference: 'Văn bản 15/QĐ-STP',
        },
      });
      const late = await system.request<ConfirmedResolutionsV1>('POST', '/api/v1/resolutions', {
        token: officer,
        body: { dossierIds: [resolvedLate.id], outcome: 'refused' },
      });
      expect(lead.body.items[0].timeliness).toBe('on_time');
      expect(late.body.items[0].timeliness).toBe('late');
      const period = `from=${today()}&to=${today()}&groupBy=unit`;

      const report = await system.request<ProcessingReportV1>('GET', `/api/v1/reports/processing?${period}`, {
        token: manager,
      });

      expect(report.status).toBe(200);
      const { totals } = report.body;
      expect(totals.resolvedLate).toBeGreaterThanOrEqual(1);
      expect(totals.confirmedLate).toBeGreaterThanOrEqual(1);
      expect(totals.pendingOverdue).toBeGreaterThanOrEqual(1);
      expect(totals.total).toBe(totals.resolved + totals.pending);
      expect(totals.total).toBe(totals.receivedOnline + totals.receivedDirectAndPostal + totals.carriedOver);
      expect(totals.resolved).toBe(totals.resolvedEarly + totals.resolvedOnTime + totals.resolvedLate);
      expect(totals.pending).toBe(totals.pendingWithinDeadline + totals.pendingOverdue);
      for (const row of report.body.rows) {
        for (const [category, figure] of Object.entries(CATEGORY_FIGURES)) {
          const list = await system.request<ReportDossierListV1>(
            'GET',
            `/api/v1/reports/processing/dossiers?${period}&category=${category}&key=${row.key}`,
            { token: manager },
          );
          expect({ row: row.key, category, count: list.body.items?.length ?? list.body }).toEqual({
            row: row.key,
            category,
            count: row[figure],
          });
        }
      }
    });

    it('should refuse the report to an officer and a period that ends before it starts', async () => {
      const asOfficer = await system.request<ErrorBody>(
        'GET',
        `/api/v1/reports/processing?from=${today()}&to=${today()}&groupBy=sector`,
        { token: officer },
      );
      const backwards = await system.request<ErrorBody>(
        'GET',
        '/api/v1/reports/processing?from=2026-11-30&to=2026-11-01&groupBy=sector',
        { token: manager },
      );
      const badGrouping = await system.request<ErrorBody>(
        'GET',
        '/api/v1/reports/processing?from=2026-11-01&to=2026-11-30&groupBy=counter',
        { token: manager },
      );

      expect(asOfficer.status).toBe(403);
      expect(backwards.status).toBe(400);
      expect(backwards.body.code).toBe('REPORT_INVALID_PERIOD');
      expect(badGrouping.status).toBe(400);
      expect(badGrouping.body.details).toEqual([expect.objectContaining({ field: 'groupBy' })]);
    });
  });

  it('should document its endpoints with the contracts as schemas', async () => {
    const docs = await system.request<{
      paths: Record<string, unknown>;
      components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
    }>('GET', '/api/docs-json');

    expect(Object.keys(docs.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/resolutions',
        '/api/v1/dossiers/{id}/done-signals',
        '/api/v1/reports/processing',
        '/api/v1/reports/processing/dossiers',
      ]),
    );
    const { schemas } = docs.body.components;
    expect(Object.keys(schemas.ConfirmResolvedBody.properties ?? {})).toEqual(
      expect.arrayContaining(['dossierIds', 'outcome', 'resolvedAt', 'reason', 'evidenceReference']),
    );
    expect(schemas.ConfirmResolvedBody.properties).not.toHaveProperty('actor');
    expect(Object.keys(schemas.ProcessingReportV1.properties ?? {})).toEqual(
      expect.arrayContaining(['rows', 'totals']),
    );
    expect(schemas.ConfirmedResolutionsV1).toBeDefined();
  });
});
