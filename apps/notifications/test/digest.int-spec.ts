import { ConfigService } from '@nestjs/config';
import { INBOX_DIGEST_EVENT_TYPE, INBOX_ITEM_ADDED_V1, MessageChannel, Role } from '@motcua/contracts';
import { OutboxService } from '@motcua/messaging';
import { typeOrmOptions } from '@motcua/persistence';
import { ServiceTestDatabase, createServiceDatabase } from '@motcua/testing';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import type { AppConfig } from '../src/config';
import { NOTIFICATIONS_DATABASE } from '../src/database';
import { DigestService } from '../src/inbox/digest.service';
import { InboxWriter } from '../src/inbox/inbox-writer';

const UNIT = '000.00.20.H41';
const OFFICER = '01a21ebe-84ad-7178-be29-781f85ee9f01';
const STREAMER = '01a21ebe-84ad-7178-be29-781f85ee9f02';
// 2026-11-28 07:00 in Vietnam; the digest covers the 24 hours before it.
const DIGEST_AT = new Date('2026-11-28T00:00:00Z');

describe(DigestService.name, () => {
  let database: ServiceTestDatabase;
  let dataSource: DataSource;
  let sut: DigestService;

  async function item(
    title: string,
    createdAt: string,
    address: { unitCode?: string; userId?: string },
    isUrgent = false,
  ) {
    const messageId = uuidv7();
    const itemId = uuidv7();
    await dataSource.query(
      `INSERT INTO notifications.messages (id, event_id, event_type, channel, audience, recipient, body, status,
         created_at, status_changed_at)
       VALUES ($1, $2, 'routing.dossier.assigned.v1', 'inbox', 'unit', $3, $4, 'delivered', $5, $5)`,
      [messageId, uuidv7(), address.unitCode ?? address.userId, title, createdAt],
    );
    await dataSource.query(
      `INSERT INTO notifications.inbox_items (id, message_id, user_id, unit_code, title, body, event_type, is_urgent,
         created_at)
       VALUES ($1, $2, $3, $4, $5, $5, 'routing.dossier.assigned.v1', $6, $7)`,
      [itemId, messageId, address.userId ?? null, address.unitCode ?? null, title, isUrgent, createdAt],
    );
    return itemId;
  }

  beforeAll(async () => {
    database = await createServiceDatabase(NOTIFICATIONS_DATABASE);
    dataSource = new DataSource(typeOrmOptions(database.db, NOTIFICATIONS_DATABASE));
    await dataSource.initialize();
    const config = { get: () => '07:00' } as unknown as ConfigService<AppConfig, true>;
    sut = new DigestService(
      dataSource,
      config,
      new InboxWriter(new OutboxService({ service: 'notifications' })),
    );
    await dataSource.query(
      `INSERT INTO notifications.staff_preferences (user_id, unit_code, roles, digest, updated_at)
       VALUES ($1, $3, $4, true, now()), ($2, $3, $4, false, now())`,
      [OFFICER, STREAMER, UNIT, [Role.Officer]],
    );
    await item('Hồ sơ A được giao', '2026-11-27T03:00:00Z', { unitCode: UNIT });
    await item('Hồ sơ B giao riêng', '2026-11-27T09:00:00Z', { userId: OFFICER });
    await item('Hồ sơ C quá hạn', '2026-11-27T04:00:00Z', { unitCode: UNIT }, true);
    await item('Hồ sơ D của đơn vị khác', '2026-11-27T04:00:00Z', { unitCode: '000.00.12.H41' });
    await item('Hồ sơ E hôm kia', '2026-11-26T23:59:00Z', { unitCode: UNIT });
    const read = await item('Hồ sơ F đã đọc', '2026-11-27T05:00:00Z', { unitCode: UNIT });
    await dataSource.query(
      `INSERT INTO notifications.inbox_reads (item_id, user_id, read_at) VALUES ($1, $2, now())`,
      [read, OFFICER],
    );
  }, 60_000);

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  describe('runDue', () => {
    it('should make nothing before the digest hour', async () => {
      await expect(sut.runDue(new Date(DIGEST_AT.getTime() - 60_000))).resolves.toBe(0);
    });

    it("should give each digest reader one item listing yesterday's unread non-urgent items, once a day", async () => {
      const sent = await sut.runDue(new Date(DIGEST_AT.getTime() + 5 * 60_000));
      const again = await sut.runDue(new Date(DIGEST_AT.getTime() + 10 * 60_000));

      expect(sent).toBe(1);
      expect(again).toBe(0);
      const digests = await dataSource.query(
        `SELECT i.user_id, i.title, i.body, m.channel, m.status FROM notifications.inbox_items i
           JOIN notifications.messages m ON m.id = i.message_id WHERE i.event_type = $1`,
        [INBOX_DIGEST_EVENT_TYPE],
      );
      expect(digests).toEqual([
        {
          user_id: OFFICER,
          title: 'Tổng hợp thông báo ngày 28/11/2026',
          body: '2 thông báo chưa đọc trong 24 giờ qua:\n- Hồ sơ A được giao\n- Hồ sơ B giao riêng',
          channel: MessageChannel.Inbox,
          status: 'delivered',
        },
      ]);
      const announced = await dataSource.query(
        `SELECT envelope->'payload'->>'userId' AS user_id FROM notifications.outbox WHERE message_type = $1`,
        [INBOX_ITEM_ADDED_V1],
      );
      expect(announced).toEqual([{ user_id: OFFICER }]);
    });
  });
});
