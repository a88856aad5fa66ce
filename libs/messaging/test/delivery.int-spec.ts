import { ConfigService } from '@nestjs/config';
import {
  AppError,
  CommonErrorCode,
  DOSSIER_RECEIVED_V1,
  ErrorKind,
  GET_DOSSIER_ROUTING_V1,
  LIST_DOSSIER_MESSAGES_V1,
} from '@motcua/contracts';
import { queueDepth, waitFor } from '@motcua/testing';
import type { Channel, ConsumeMessage } from 'amqplib';
import { connect } from 'amqplib';
import { v7 as uuidv7 } from 'uuid';
import {
  DELIVERY_LIMIT,
  EVENTS_EXCHANGE,
  EventPublisher,
  EventsServer,
  Envelope,
  RpcClient,
  createEnvelope,
  listDeadLetters,
  replayDeadLetters,
} from '../src';
import {
  Harness,
  HarnessInfrastructure,
  NOT_FOUND_DOSSIER,
  SERVICE,
  behaviour,
  receivedEvent,
} from './messaging-harness';

/** Counts deliveries per message id, as the broker made them. */
class CountingEventsServer extends EventsServer {
  readonly deliveries = new Map<string, number>();

  protected override async onMessage(message: ConsumeMessage, channel: Channel): Promise<void> {
    const id = String(message.properties.messageId);
    this.deliveries.set(id, (this.deliveries.get(id) ?? 0) + 1);
    await super.onMessage(message, channel);
  }
}

/** Dies (drops its connection) right after committing the first message, before acknowledging it. */
class CrashBeforeFirstAck extends CountingEventsServer {
  private crashed = false;

  protected override ack(channel: Channel, message: ConsumeMessage): void {
    if (this.crashed) return super.ack(channel, message);
    this.crashed = true;
    void (channel as unknown as { connection: { close(): Promise<void> } }).connection.close();
  }
}

/** Publishes, then fails before the relay can mark the rows sent — as if the process died there. */
class CrashAfterFirstPublish extends EventPublisher {
  private crashed = false;

  override async publishEnvelopes(envelopes: readonly Envelope[]): Promise<void> {
    await super.publishEnvelopes(envelopes);
    if (!this.crashed) {
      this.crashed = true;
      throw new Error('relay died after publishing');
    }
  }
}

async function publishRaw(
  amqpUrl: string,
  routingKey: string,
  content: Buffer,
  messageId: string,
): Promise<void> {
  const connection = await connect(amqpUrl);
  try {
    const channel = await connection.createConfirmChannel();
    channel.publish(EVENTS_EXCHANGE, routingKey, content, { persistent: true, messageId, type: routingKey });
    await channel.waitForConfirms();
  } finally {
    await connection.close();
  }
}

const transientDatabaseError = () =>
  Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });

describe('Messaging against the real broker and database', () => {
  let infrastructure: HarnessInfrastructure;
  let harness: Harness | undefined;

  beforeAll(async () => {
    infrastructure = await HarnessInfrastructure.create();
  }, 60_000);

  afterEach(async () => {
    behaviour.before = async () => undefined;
    await harness?.close();
    harness = undefined;
  });

  afterAll(async () => {
    await infrastructure?.destroy();
  });

  const deadLetter = (id: string) =>
    waitFor(
      async () => (await listDeadLetters(infrastructure.amqpUrl, SERVICE)).find((letter) => letter.id === id),
      {
        description: `dead letter ${id}`,
        timeoutMs: 20_000,
        intervalMs: 200,
      },
    );

  describe('outbox, relay and inbox', () => {
    it('should apply an event once and mark its outbox row published when it is written through the outbox', async () => {
      harness = await infrastructure.start();
      const dossierId = uuidv7();

      const messageId = await harness.publish(receivedEvent(dossierId));

      await waitFor(async () => (await harness!.effects(dossierId)) === 1, { description: 'the effect' });
      const [row] = await harness.dataSource.query(
        'SELECT published_at FROM notifications.outbox WHERE id = $1',
        [messageId],
      );
      expect(row.published_at).toBeInstanceOf(Date);
    });

    it('should publish a row as soon as the trigger announces it, without waiting for a sweep', async () => {
      harness = await infrastructure.start({ outboxPollMs: 600_000 });
      const dossierId = uuidv7();
      await waitFor(
        async () => {
          const listeners = await harness!.dataSource.query(
            `SELECT 1 FROM pg_stat_activity
            WHERE datname = current_database() AND application_name = $1 AND query LIKE 'LISTEN%'`,
            [`motcua-${SERVICE}-outbox-listener`],
          );
          return listeners.length > 0;
        },
        { description: 'the relay listening' },
      );

      await harness.publish(receivedEvent(dossierId));

      await waitFor(async () => (await harness!.effects(dossierId)) === 1, {
        description: 'the effect',
        timeoutMs: 5000,
      });
    });

    it('should publish a row nobody announced on the next sweep', async () => {
      harness = await infrastructure.start();
      const dossierId = uuidv7();
      await harness.dataSource.query('ALTER TABLE notifications.outbox DISABLE TRIGGER outbox_notify');

      try {
        await harness.publish(receivedEvent(dossierId));

        await waitFor(async () => (await harness!.effects(dossierId)) === 1, { description: 'the effect' });
      } finally {
        await harness.dataSource.query('ALTER TABLE notifications.outbox ENABLE TRIGGER outbox_notify');
      }
    });

    it('should change nothing on redelivery when the consumer dies after its commit and before its ack', async () => {
      let server: CrashBeforeFirstAck | undefined;
      harness = await infrastructure.start({
        eventsServer: (settings) => (server = new CrashBeforeFirstAck(settings)),
      });
      const dossierId = uuidv7();

      const messageId = await harness.publish(receivedEvent(dossierId));

      await waitFor(() => (server!.deliveries.get(messageId) ?? 0) >= 2, {
        description: 'the redelivery',
        timeoutMs: 20_000,
      });
      await waitFor(async () => (await queueDepth(harness!.vhost, `${SERVICE}.events`)) === 0, {
        description: 'an empty queue',
      });
      expect(await harness.effects(dossierId)).toBe(1);
      const inbox = await harness.dataSource.query(
        'SELECT count(*)::int AS n FROM notifications.inbox WHERE message_id = $1',
        [messageId],
      );
      expect(inbox[0].n).toBe(1);
    });

    it('should deliver the duplicate and apply it once when the relay dies after publishing and before marking the row sent', async () => {
      let server: CountingEventsServer | undefined;
      harness = await infrastructure.start({
        eventsServer: (settings) => (server = new CountingEventsServer(settings)),
        publisher: (url) => new CrashAfterFirstPublish(url, SERVICE),
      });
      const dossierId = uuidv7();

      const messageId = await harness.publish(receivedEvent(dossierId));

      await waitFor(() => server!.deliveries.get(messageId) === 2, { description: 'both copies delivered' });
      await waitFor(async () => {
        const [row] = await harness!.dataSource.query(
          'SELECT published_at FROM notifications.outbox WHERE id = $1',
          [messageId],
        );
        return row.published_at !== null;
      });
      // A copy counted on arrival may still be in its transaction: both are settled once the queue is empty.
      await waitFor(async () => (await queueDepth(harness!.vhost, `${SERVICE}.events`)) === 0, {
        description: 'an empty queue',
      });
      expect(await harness.effects(dossierId)).toBe(1);
    });
  });

  describe('batches', () => {
    it('should apply messages that arrive together in fewer transactions than messages', async () => {
      harness = await infrastructure.start();
      const dossierIds = Array.from({ length: 20 }, () => uuidv7());

      await harness.publishTogether(dossierIds.map((id) => receivedEvent(id)));

      await waitFor(
        async () => (await Promise.all(dossierIds.map((id) => harness!.effects(id)))).every((n) => n === 1),
        {
          description: 'every message applied',
        },
      );
      expect(await harness.transactionsOf(dossierIds)).toBeLessThan(dossierIds.length);
    });

    it('should settle each message alone when one in a batch fails, applying the others once', async () => {
      harness = await infrastructure.start();
      const dossierIds = Array.from({ length: 20 }, () => uuidv7());
      const refused = dossierIds[7];
      behaviour.before = async (dossierId) => {
        if (dossierId === refused)
          throw new AppError('DOSSIER_ALREADY_CLOSED', ErrorKind.Conflict, 'Hồ sơ đã đóng');
      };

      const messageIds = await harness.publishTogether(dossierIds.map((id) => receivedEvent(id)));

      expect(await deadLetter(messageIds[7])).toMatchObject({ reason: 'permanent' });
      const expected = dossierIds.map((id) => (id === refused ? 0 : 1));
      const applied = await waitFor(
        async () => {
          const counts = await Promise.all(dossierIds.map((id) => harness!.effects(id)));
          return counts.every((n, i) => n === expected[i]) ? counts : null;
        },
        { description: 'the other nineteen applied once' },
      );
      expect(applied).toEqual(expected);
    });
  });

  describe('failures', () => {
    it('should dead-letter an invalid payload at once with the validation error in its headers', async () => {
      harness = await infrastructure.start();
      const event = receivedEvent();
      const { code: _missing, ...withoutCode } = event;
      const envelope = createEnvelope(DOSSIER_RECEIVED_V1, withoutCode as typeof event, {
        producer: 'intake',
      });

      await publishRaw(
        infrastructure.amqpUrl,
        DOSSIER_RECEIVED_V1,
        Buffer.from(JSON.stringify(envelope)),
        envelope.id,
      );

      const letter = await deadLetter(envelope.id);
      expect(letter).toMatchObject({ reason: 'invalid', type: DOSSIER_RECEIVED_V1 });
      expect(JSON.parse(letter.detail ?? '[]')).toEqual([
        expect.objectContaining({ field: 'code', constraint: 'isDefined' }),
      ]);
      expect(await harness.effects(event.dossierId)).toBe(0);
    });

    it('should dead-letter a body that is not an envelope at once', async () => {
      harness = await infrastructure.start();
      const messageId = uuidv7();

      await publishRaw(infrastructure.amqpUrl, DOSSIER_RECEIVED_V1, Buffer.from('not json'), messageId);

      expect(await deadLetter(messageId)).toMatchObject({ reason: 'malformed' });
    });

    it('should dead-letter a poison message after the delivery limit while the other messages keep flowing', async () => {
      harness = await infrastructure.start();
      const poison = uuidv7();
      behaviour.before = async (dossierId) => {
        if (dossierId === poison) throw new Error('handler bug');
      };
      const healthy = Array.from({ length: 20 }, () => uuidv7());

      const poisonId = await harness.publish(receivedEvent(poison));
      for (const dossierId of healthy) await harness.publish(receivedEvent(dossierId));

      await waitFor(
        async () => (await Promise.all(healthy.map((id) => harness!.effects(id)))).every((n) => n === 1),
        {
          description: 'every healthy message applied',
          timeoutMs: 3000,
        },
      );
      expect(await deadLetter(poisonId)).toMatchObject({
        reason: 'delivery_limit',
        deliveryCount: DELIVERY_LIMIT + 1,
      });
      expect(await harness.effects(poison)).toBe(0);
    });

    it('should dead-letter at once, with the reason, when the handler refuses the event permanently', async () => {
      harness = await infrastructure.start();
      behaviour.before = async () => {
        throw new AppError('DOSSIER_ALREADY_CLOSED', ErrorKind.Conflict, 'Hồ sơ đã đóng');
      };

      const messageId = await harness.publish(receivedEvent());

      const letter = await deadLetter(messageId);
      expect(letter).toMatchObject({ reason: 'permanent', deliveryCount: 1 });
      expect(letter.detail).toContain('DOSSIER_ALREADY_CLOSED');
    });

    it('should hold a message through a database outage without spending its deliveries', async () => {
      let server: CountingEventsServer | undefined;
      harness = await infrastructure.start({
        eventsServer: (settings) => (server = new CountingEventsServer(settings)),
      });
      let failures = 8;
      behaviour.before = async () => {
        if (failures-- > 0) throw transientDatabaseError();
      };
      const dossierId = uuidv7();

      const messageId = await harness.publish(receivedEvent(dossierId));

      await waitFor(async () => (await harness!.effects(dossierId)) === 1, {
        description: 'the effect',
        timeoutMs: 30_000,
      });
      expect(server!.deliveries.get(messageId)).toBe(1);
    });

    it('should apply a replayed dead letter once the cause is gone', async () => {
      harness = await infrastructure.start();
      let broken = true;
      const dossierId = uuidv7();
      behaviour.before = async (id) => {
        if (broken && id === dossierId) throw new Error('downstream bug');
      };
      const messageId = await harness.publish(receivedEvent(dossierId));
      await deadLetter(messageId);
      broken = false;

      const replayed = await replayDeadLetters(infrastructure.amqpUrl, SERVICE, messageId);

      expect(replayed.map((letter) => letter.id)).toEqual([messageId]);
      await waitFor(async () => (await harness!.effects(dossierId)) === 1, {
        description: 'the replayed effect',
      });
      expect(
        (await listDeadLetters(infrastructure.amqpUrl, SERVICE)).some((letter) => letter.id === messageId),
      ).toBe(false);
    });
  });

  describe('request/reply', () => {
    let client: RpcClient;

    beforeEach(async () => {
      harness = await infrastructure.start();
      client = new RpcClient(new ConfigService({ amqp: harness.config.amqp }) as never);
    });

    afterEach(async () => {
      await client.onApplicationShutdown();
    });

    it('should return what the handler answered', async () => {
      const dossierId = uuidv7();

      const answer = await client.send(LIST_DOSSIER_MESSAGES_V1, { dossierId });

      expect(answer.items).toEqual([expect.objectContaining({ id: dossierId, channel: 'sms' })]);
    });

    it("should give the caller the service's error code, kind and message", async () => {
      const failure = client.send(LIST_DOSSIER_MESSAGES_V1, { dossierId: NOT_FOUND_DOSSIER });

      await expect(failure).rejects.toMatchObject({
        code: 'DOSSIER_NOT_FOUND',
        kind: ErrorKind.NotFound,
        message: 'Không tìm thấy hồ sơ',
      });
      await expect(failure).rejects.toBeInstanceOf(AppError);
    });

    it('should refuse an invalid request with VALIDATION_FAILED naming the field', async () => {
      const failure = client.send(LIST_DOSSIER_MESSAGES_V1, { dossierId: 'not-a-uuid' });

      await expect(failure).rejects.toMatchObject({
        code: CommonErrorCode.ValidationFailed,
        details: [expect.objectContaining({ field: 'dossierId' })],
      });
    });

    it('should answer SERVICE_TIMEOUT when the service does not answer in time', async () => {
      const failure = client.send(GET_DOSSIER_ROUTING_V1, { dossierId: uuidv7() }, 300);

      await expect(failure).rejects.toMatchObject({
        code: CommonErrorCode.ServiceTimeout,
        kind: ErrorKind.Unavailable,
      });
    });
  });

  describe('graceful shutdown', () => {
    it('should finish the message in hand and acknowledge it before closing, so nothing comes back', async () => {
      harness = await infrastructure.start();
      const dossierId = uuidv7();
      let started!: () => void;
      const handling = new Promise<void>((resolve) => (started = resolve));
      behaviour.before = async () => {
        started();
        await new Promise((resolve) => setTimeout(resolve, 700));
      };
      const messageId = await harness.publish(receivedEvent(dossierId));
      await handling;

      await harness.close();
      harness = undefined;

      let server: CountingEventsServer | undefined;
      behaviour.before = async () => undefined;
      harness = await infrastructure.start({
        eventsServer: (settings) => (server = new CountingEventsServer(settings)),
      });
      // A message published after the close is delivered after anything the close gave back.
      const sentinel = uuidv7();
      await harness.publish(receivedEvent(sentinel));
      await waitFor(async () => (await harness!.effects(sentinel)) === 1, { description: 'the sentinel' });
      expect(server!.deliveries.has(messageId)).toBe(false);
      expect(await harness.effects(dossierId)).toBe(1);
    });
  });
});
