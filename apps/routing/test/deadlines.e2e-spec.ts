import { atVietnamTime, vietnamDay } from '@motcua/calendar';
import { DOSSIER_DUE_SOON_V1, DOSSIER_OVERDUE_V1, DueSoonThreshold } from '@motcua/contracts';
import { TestSystem, receptionFor, waitFor } from '@motcua/testing';
import Redis from 'ioredis';
import { randomUUID } from 'node:crypto';
import type { Client } from 'pg';

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

  beforeAll(async () => {
    system = await TestSystem.start('deadlines', { env: { MOTCUA_DEADLINES_RECONCILE_MS: '500' } });
    db = await system.db();
    redis = new Redis(system.env.MOTCUA_REDIS_URL);
    reception = await system.login('reception');
  }, 120_000);

  afterAll(async () => {
    await redis?.quit();
    await db?.end();
    await system?.stop();
  });

  const receive = async (): Promise<DossierBody> => {
    const posted = await system.request<DossierBody>('POST', '/api/v1/dossiers', {
      token: reception,
      body: await receptionFor(system, reception, '2.000488'),
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
});
