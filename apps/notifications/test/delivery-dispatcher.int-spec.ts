import { ConfigService } from '@nestjs/config';
import { redisConnection } from '@motcua/bootstrap';
import { MessageStatus } from '@motcua/contracts';
import { typeOrmOptions } from '@motcua/persistence';
import { ServiceTestDatabase, createServiceDatabase, testConfig, uniqueName } from '@motcua/testing';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import type { AppConfig } from '../src/config';
import { NOTIFICATIONS_DATABASE } from '../src/database';
import { DeliveryDispatcher } from '../src/delivery/delivery-dispatcher';
import { DELIVERY_QUEUE, deliveryJobId } from '../src/delivery/delivery.jobs';

describe(DeliveryDispatcher.name, () => {
  let database: ServiceTestDatabase;
  let dataSource: DataSource;
  let queue: Queue;
  let sut: DeliveryDispatcher;

  async function message(channel: string, status: MessageStatus, sendAfter: string | null): Promise<string> {
    const id = uuidv7();
    await dataSource.query(
      `INSERT INTO notifications.messages (id, event_id, event_type, channel, audience, recipient, body, status,
         send_after, created_at, status_changed_at)
       VALUES ($1, $2, 'intake.dossier.received.v1', $3, 'citizen', '+84912345678', 'x', $4, $5, now(), now())`,
      [id, uuidv7(), channel, status, sendAfter],
    );
    return id;
  }

  beforeAll(async () => {
    database = await createServiceDatabase(NOTIFICATIONS_DATABASE);
    dataSource = new DataSource(typeOrmOptions(database.db, NOTIFICATIONS_DATABASE));
    await dataSource.initialize();
    queue = new Queue(DELIVERY_QUEUE, {
      connection: redisConnection(testConfig.redisUrl),
      prefix: uniqueName('int'),
    });
    const config = {
      get: () => ({ pollMs: 60_000, attempts: 3, backoffMs: 1000 }),
    } as unknown as ConfigService<AppConfig, true>;
    sut = new DeliveryDispatcher(dataSource, queue, config);
  }, 60_000);

  afterAll(async () => {
    await queue?.obliterate({ force: true });
    await queue?.close();
    await dataSource?.destroy();
    await database?.drop();
  });

  describe('dispatch', () => {
    it('should hand over due queued SMS and e-mail once, and hold those waiting for quiet hours to end', async () => {
      const due = await message('sms', MessageStatus.Queued, null);
      const dueAfterQuiet = await message('email', MessageStatus.Queued, '2020-01-01T00:00:00Z');
      const held = await message('sms', MessageStatus.Queued, '2999-01-01T00:00:00Z');
      await message('inbox', MessageStatus.Queued, null);
      await message('sms', MessageStatus.Delivered, null);

      const handed = await sut.dispatch([MessageStatus.Queued]);
      await sut.dispatch([MessageStatus.Queued]);

      expect(handed).toBe(2);
      const jobs = await queue.getJobs(['waiting']);
      expect(jobs.map((job) => job.id).sort()).toEqual(
        [deliveryJobId(due), deliveryJobId(dueAfterQuiet)].sort(),
      );
      expect(jobs.map((job) => job.id)).not.toContain(deliveryJobId(held));
      expect(jobs[0].opts).toMatchObject({ attempts: 3, backoff: { type: 'exponential', delay: 1000 } });
    });

    it('should hand over again an attempt cut short or failed, never one a provider accepted and will report on', async () => {
      const cutShort = await message('sms', MessageStatus.Sending, null);
      const failed = await message('email', MessageStatus.Failed, null);
      const accepted = await message('sms', MessageStatus.Sending, null);
      await dataSource.query(
        `UPDATE notifications.messages SET provider = 'primary', provider_message_id = 'p-1' WHERE id = $1`,
        [accepted],
      );

      await sut.dispatch([MessageStatus.Queued, MessageStatus.Sending, MessageStatus.Failed]);

      const ids = (await queue.getJobs(['waiting'])).map((job) => job.id);
      expect(ids).toEqual(expect.arrayContaining([deliveryJobId(cutShort), deliveryJobId(failed)]));
      expect(ids).not.toContain(deliveryJobId(accepted));
    });
  });
});
