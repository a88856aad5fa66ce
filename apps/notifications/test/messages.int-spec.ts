import { ConfigService } from '@nestjs/config';
import {
  DOSSIER_EXTENDED_V1,
  DOSSIER_OVERDUE_V1,
  DOSSIER_RECEIVED_V1,
  DOSSIER_RESOLVED_V1,
  EventKey,
  EventMap,
  INBOX_ITEM_ADDED_V1,
  MessageChannel,
  MessageStatus,
} from '@motcua/contracts';
import { EVENT_FIXTURES } from '@motcua/contracts/test';
import { IdempotencyService, OutboxService, createEnvelope } from '@motcua/messaging';
import { typeOrmOptions } from '@motcua/persistence';
import { ServiceTestDatabase, createServiceDatabase } from '@motcua/testing';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import type { AppConfig } from '../src/config';
import { NOTIFICATIONS_DATABASE } from '../src/database';
import { InboxWriter } from '../src/inbox/inbox-writer';
import { Message } from '../src/messages/message.entity';
import { MessagesService } from '../src/messages/messages.service';
import { TemplatesService } from '../src/templates/templates.service';

// 22:30 in Vietnam: inside the default quiet hours.
const NIGHT = new Date('2026-11-28T15:30:00Z');

describe(MessagesService.name, () => {
  let database: ServiceTestDatabase;
  let dataSource: DataSource;
  let sut: MessagesService;

  const settings: Record<string, unknown> = {
    publicBaseUrl: 'https://dichvucong.nghean.gov.vn',
    delivery: { quietHours: ['21:00', '07:00'] },
  };

  function envelope<K extends EventKey>(type: K, overrides: Partial<EventMap[K]>) {
    return createEnvelope(type, { ...EVENT_FIXTURES[type](), ...overrides } as EventMap[K], {
      producer: 'routing',
    });
  }

  async function received(phone: string, email?: string, dossierId = uuidv7()) {
    const event = envelope(DOSSIER_RECEIVED_V1, {
      dossierId,
      code: `000.00.20.H41-261128-${phone.slice(-4)}`,
      applicant: { fullName: 'Nguyễn Văn An', phone, ...(email ? { email } : {}) },
    });
    await dataSource.transaction((tx) => sut.noteReception(tx, event.payload, event));
    return event.payload;
  }

  const messagesOf = (dossierId: string) =>
    dataSource
      .getRepository(Message)
      .find({ where: { dossierId }, order: { channel: 'ASC', audience: 'ASC' } });

  beforeAll(async () => {
    database = await createServiceDatabase(NOTIFICATIONS_DATABASE);
    dataSource = new DataSource(typeOrmOptions(database.db, NOTIFICATIONS_DATABASE));
    await dataSource.initialize();
    const config = { get: (key: string) => settings[key] } as unknown as ConfigService<AppConfig, true>;
    const outbox = new OutboxService({ service: 'notifications' });
    sut = new MessagesService(
      dataSource,
      config,
      new TemplatesService(dataSource, new IdempotencyService({ service: 'notifications' }, dataSource)),
      new InboxWriter(outbox),
    );
  }, 60_000);

  beforeEach(() => {
    jest.useFakeTimers({
      now: NIGHT,
      doNotFake: [
        'nextTick',
        'setImmediate',
        'setTimeout',
        'setInterval',
        'clearTimeout',
        'clearInterval',
        'queueMicrotask',
        'hrtime',
        'performance',
      ],
    });
  });

  afterEach(() => jest.useRealTimers());

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  describe('notify', () => {
    it('should hold a night SMS until 07:00 and send the e-mail at once', async () => {
      const dossier = await received('+84912340001', 'an@example.vn');

      const [email, sms] = await messagesOf(dossier.dossierId);

      expect(sms).toMatchObject({
        channel: MessageChannel.Sms,
        status: MessageStatus.Queued,
        isLegalNotice: true,
      });
      expect(sms.sendAfter?.toISOString()).toBe('2026-11-29T00:00:00.000Z');
      expect(email).toMatchObject({
        channel: MessageChannel.Email,
        sendAfter: null,
        subject: `Đã tiếp nhận hồ sơ ${dossier.code}`,
      });
    });

    it('should store one message per recipient and channel however often the event comes', async () => {
      const dossier = await received('+84912340002');
      const extension = envelope(DOSSIER_EXTENDED_V1, { dossierId: dossier.dossierId, code: dossier.code });

      await dataSource.transaction((tx) => sut.notify(tx, extension));
      await dataSource.transaction((tx) => sut.notify(tx, extension));

      const stored = (await messagesOf(dossier.dossierId)).filter((m) => m.eventType === DOSSIER_EXTENDED_V1);
      expect(stored).toHaveLength(1);
    });

    it('should put an urgent staff alert in the inbox at once, delivered, even at night', async () => {
      const dossier = await received('+84912340003');

      await dataSource.transaction((tx) =>
        sut.notify(tx, envelope(DOSSIER_OVERDUE_V1, { dossierId: dossier.dossierId, code: dossier.code })),
      );

      const alerts = (await messagesOf(dossier.dossierId)).filter((m) => m.eventType === DOSSIER_OVERDUE_V1);
      expect(alerts).toEqual([
        expect.objectContaining({
          channel: MessageChannel.Inbox,
          recipient: '000.00.20.H41#unit_lead',
          status: MessageStatus.Delivered,
          isUrgent: true,
          sendAfter: null,
        }),
      ]);
    });

    it('should put a staff alert in the inbox and announce it once however often the event comes', async () => {
      const dossier = await received('+84912340006');
      const overdue = envelope(DOSSIER_OVERDUE_V1, { dossierId: dossier.dossierId, code: dossier.code });

      await dataSource.transaction((tx) => sut.notify(tx, overdue));
      await dataSource.transaction((tx) => sut.notify(tx, overdue));

      const [{ items, announced }] = await dataSource.query(
        `SELECT (SELECT count(*)::int FROM notifications.inbox_items WHERE dossier_id = $1) AS items,
                (SELECT count(*)::int FROM notifications.outbox
                  WHERE message_type = $2 AND envelope->'payload'->>'dossierId' = $1::text) AS announced`,
        [dossier.dossierId, INBOX_ITEM_ADDED_V1],
      );
      expect({ items, announced }).toEqual({ items: 1, announced: 1 });
    });

    it('should skip what is not a legal notice for an applicant who opted out, never the legal ones', async () => {
      const dossier = await received('+84912340004');
      jest.useRealTimers();
      await sut.setOptOut({ code: dossier.code, phone: '0912340004', optOut: true });

      await dataSource.transaction(async (tx) => {
        await sut.notify(
          tx,
          envelope(DOSSIER_RESOLVED_V1, { dossierId: dossier.dossierId, code: dossier.code }),
        );
        await sut.notify(
          tx,
          envelope(DOSSIER_EXTENDED_V1, { dossierId: dossier.dossierId, code: dossier.code }),
        );
      });

      const types = (await messagesOf(dossier.dossierId)).map((m) => m.eventType);
      expect(types).toContain(DOSSIER_EXTENDED_V1);
      expect(types).not.toContain(DOSSIER_RESOLVED_V1);
    });

    it('should keep a citizen event that came before the reception and send it once the reception comes', async () => {
      const dossierId = uuidv7();
      const early = envelope(DOSSIER_EXTENDED_V1, { dossierId });

      await dataSource.transaction((tx) => sut.notify(tx, early));
      const beforeReception = await messagesOf(dossierId);
      await received('+84912340005', undefined, dossierId);
      await dataSource.transaction((tx) => sut.notify(tx, early));

      expect(beforeReception).toEqual([]);
      const extensions = (await messagesOf(dossierId)).filter((m) => m.eventType === DOSSIER_EXTENDED_V1);
      expect(extensions).toEqual([
        expect.objectContaining({
          channel: MessageChannel.Sms,
          recipient: '+84912340005',
          eventId: early.id,
        }),
      ]);
      const [{ waiting }] = await dataSource.query(
        `SELECT count(*)::int AS waiting FROM notifications.events_awaiting_contact WHERE dossier_id = $1`,
        [dossierId],
      );
      expect(waiting).toBe(0);
    });

    it('should send an early event exactly once when it and the reception are handled at the same time', async () => {
      const dossierIds = Array.from({ length: 20 }, () => uuidv7());

      await Promise.all(
        dossierIds.flatMap((dossierId, index) => [
          dataSource.transaction((tx) => sut.notify(tx, envelope(DOSSIER_EXTENDED_V1, { dossierId }))),
          received(`+849123501${String(index).padStart(2, '0')}`, undefined, dossierId),
        ]),
      );

      const extensions: { dossier_id: string; count: number }[] = await dataSource.query(
        `SELECT dossier_id, count(*)::int AS count FROM notifications.messages
          WHERE dossier_id = ANY($1) AND event_type = $2 GROUP BY dossier_id`,
        [dossierIds, DOSSIER_EXTENDED_V1],
      );
      expect(extensions).toHaveLength(dossierIds.length);
      expect(extensions.every((row) => row.count === 1)).toBe(true);
    });
  });
});
