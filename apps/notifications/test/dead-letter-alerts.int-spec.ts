import { ConfigService } from '@nestjs/config';
import { ArrivedDeadLetter, OutboxService } from '@motcua/messaging';
import { typeOrmOptions } from '@motcua/persistence';
import { ServiceTestDatabase, createServiceDatabase } from '@motcua/testing';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import type { AppConfig, DeadLetterAlertsConfig } from '../src/config';
import { NOTIFICATIONS_DATABASE } from '../src/database';
import { DEAD_LETTER_ALERT_TYPE } from '../src/dead-letters/dead-letter-alert';
import { DeadLetterAlertsService } from '../src/dead-letters/dead-letter-alerts.service';
import { InboxWriter } from '../src/inbox/inbox-writer';

const SETTINGS: DeadLetterAlertsConfig = { windowMs: 300_000, emails: ['van-hanh@motcua.test'] };

const letter = (service: string, overrides: Partial<ArrivedDeadLetter> = {}): ArrivedDeadLetter => {
  const id = uuidv7();
  return {
    id,
    key: id,
    service,
    type: 'intake.dossier.received.v1',
    reason: 'invalid',
    detail: '[{"field":"code"}]',
    deadAt: new Date().toISOString(),
    deliveryCount: 1,
    correlationId: null,
    ...overrides,
  };
};

describe(DeadLetterAlertsService.name, () => {
  let database: ServiceTestDatabase;
  // Two replicas of notifications, each with its own connections, sharing the schema.
  let replicas: { dataSource: DataSource; sut: DeadLetterAlertsService }[];

  async function rows<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    return replicas[0].dataSource.query(sql, params);
  }

  const alertsOf = (service: string) =>
    rows<{ channel: string; recipient: string; subject: string; status: string; event_id: string }>(
      `SELECT channel, recipient, subject, status, event_id FROM notifications.messages
        WHERE event_type = $1 AND subject LIKE '%' || $2 || '%' ORDER BY created_at`,
      [DEAD_LETTER_ALERT_TYPE, ` tại ${service}`],
    );

  // As if the service's window had ended.
  const closeWindow = (service: string) =>
    rows(
      `UPDATE notifications.dead_letter_alert_windows SET last_alert_at = last_alert_at - interval '1 hour'
        WHERE service = $1`,
      [service],
    );

  beforeAll(async () => {
    database = await createServiceDatabase(NOTIFICATIONS_DATABASE);
    const config = { get: () => SETTINGS } as unknown as ConfigService<AppConfig, true>;
    replicas = await Promise.all(
      [1, 2].map(async () => {
        const dataSource = new DataSource(typeOrmOptions(database.db, NOTIFICATIONS_DATABASE));
        await dataSource.initialize();
        const inbox = new InboxWriter(new OutboxService({ service: 'notifications' }));
        return { dataSource, sut: new DeadLetterAlertsService(dataSource, config, inbox) };
      }),
    );
  }, 60_000);

  afterAll(async () => {
    await Promise.all(replicas?.map((replica) => replica.dataSource.destroy()) ?? []);
    await database?.drop();
  });

  describe('recordDeadLetter', () => {
    it('should alert every administrator once, in the inbox and by e-mail, however often the letter comes', async () => {
      const dead = letter('intake');

      await replicas[0].sut.recordDeadLetter(dead);
      await replicas[1].sut.recordDeadLetter(dead);

      const alerts = await alertsOf('intake');
      expect(alerts.map((a) => [a.channel, a.recipient, a.status])).toEqual([
        ['inbox', '#admin', 'delivered'],
        ['email', 'van-hanh@motcua.test', 'queued'],
      ]);
      const [item] = await rows<{ role: string; title: string }>(
        `SELECT role, title FROM notifications.inbox_items WHERE event_type = $1 AND title LIKE '% tại intake%'`,
        [DEAD_LETTER_ALERT_TYPE],
      );
      expect(item).toEqual({ role: 'admin', title: 'Thư chết tại intake: intake.dossier.received.v1' });
      const [recorded] = await rows<{ copies: number }>(
        `SELECT copies FROM notifications.dead_letters WHERE message_key = $1`,
        [dead.key],
      );
      expect(recorded.copies).toBe(2);
    });

    it('should alert once at once and hold the rest of a concurrent burst on two replicas for the digest', async () => {
      const burst = Array.from({ length: 12 }, () => letter('routing'));

      await Promise.all(burst.map((dead, i) => replicas[i % 2].sut.recordDeadLetter(dead)));

      const inboxAlerts = (await alertsOf('routing')).filter((a) => a.channel === 'inbox');
      expect(inboxAlerts).toHaveLength(1);
      const [{ waiting }] = await rows<{ waiting: number }>(
        `SELECT count(*)::int AS waiting FROM notifications.dead_letters
          WHERE service = 'routing' AND alert_id IS NULL`,
      );
      expect(waiting).toBeGreaterThan(0);
    });
  });

  describe('alertDue', () => {
    it('should send nothing while the window lasts, then one digest of the held letters across replicas', async () => {
      const before = await replicas[0].sut.alertDue();
      await closeWindow('routing');

      const made = await Promise.all(replicas.map((replica) => replica.sut.alertDue()));
      const again = await replicas[0].sut.alertDue();

      expect(before).toBe(0);
      expect(made[0] + made[1]).toBe(1);
      expect(again).toBe(0);
      const inboxAlerts = (await alertsOf('routing')).filter((a) => a.channel === 'inbox');
      expect(inboxAlerts).toHaveLength(2);
      const [{ covered, total }] = await rows<{ covered: number; total: number }>(
        `SELECT count(alert_id)::int AS covered, count(*)::int AS total FROM notifications.dead_letters
          WHERE service = 'routing'`,
      );
      expect(covered).toBe(total);
      const held = total - 1;
      expect(inboxAlerts.filter((a) => a.subject === `${held} thư chết tại routing`)).toHaveLength(1);
    });
  });
});
