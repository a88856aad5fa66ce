import { Controller, INestApplication, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { CustomStrategy } from '@nestjs/microservices';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import type { PlatformConfig } from '@motcua/config';
import {
  AppError,
  DOSSIER_ASSIGNED_V1,
  DOSSIER_RECEIVED_V1,
  DossierAssignedV1,
  DossierMessagesV1,
  DossierReceivedV1,
  ErrorKind,
  EventKey,
  LIST_DOSSIER_MESSAGES_V1,
  ListDossierMessagesV1,
  MessageChannel,
  MessageStatus,
  SUBSCRIPTIONS,
} from '@motcua/contracts';
import { dossierReceivedV1 } from '@motcua/contracts/test';
import { PersistenceModule, ServiceDatabase } from '@motcua/persistence';
import {
  ServiceTestDatabase,
  createServiceDatabase,
  createVhost,
  deleteVhost,
  uniqueName,
} from '@motcua/testing';
import { randomUUID } from 'node:crypto';
import { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import {
  EventPublisher,
  EventsServer,
  EventsServerSettings,
  MessageContext,
  MessagingModule,
  OutboxService,
  Respond,
  RpcServer,
  Subscribe,
  messagingTablesMigration,
  outboxRowNotificationsMigration,
} from '../src';

// The harness plays the notifications service (its subscriptions are the received and assigned events) with a
// consumer that records each applied event in an `effects` table: a duplicate effect would show as two rows.
export const SERVICE = 'notifications' as const;

class CreateEffects1764259200002 implements MigrationInterface {
  readonly name = 'CreateEffects1764259200002';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `CREATE TABLE notifications.effects (message_id uuid NOT NULL, dossier_id uuid NOT NULL, type text NOT NULL)`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE notifications.effects`);
  }
}

export const HARNESS_DATABASE: ServiceDatabase & { service: typeof SERVICE } = {
  service: SERVICE,
  entities: [],
  migrations: [
    messagingTablesMigration(SERVICE, 1764259200000),
    CreateEffects1764259200002,
    outboxRowNotificationsMigration(SERVICE, 1795844400000),
  ],
};

/** What the consumer does before recording its effect; tests swap it to fail, stall or count. */
export const behaviour: { before: (dossierId: string, context: MessageContext) => Promise<void> } = {
  before: async () => undefined,
};

export const NOT_FOUND_DOSSIER = '00000000-0000-7000-8000-000000000404';

@Controller()
class EffectsConsumer {
  @Subscribe(DOSSIER_RECEIVED_V1)
  async onReceived(event: DossierReceivedV1, context: MessageContext): Promise<void> {
    await behaviour.before(event.dossierId, context);
    await record(context, event.dossierId);
  }

  @Subscribe(DOSSIER_ASSIGNED_V1)
  async onAssigned(event: DossierAssignedV1, context: MessageContext): Promise<void> {
    await behaviour.before(event.dossierId, context);
    await record(context, event.dossierId);
  }

  @Respond(LIST_DOSSIER_MESSAGES_V1)
  async list(request: ListDossierMessagesV1): Promise<DossierMessagesV1> {
    if (request.dossierId === NOT_FOUND_DOSSIER) {
      throw new AppError('DOSSIER_NOT_FOUND', ErrorKind.NotFound, 'Không tìm thấy hồ sơ', {
        id: request.dossierId,
      });
    }
    return {
      items: [
        {
          id: request.dossierId,
          channel: MessageChannel.Sms,
          recipient: '+8491****678',
          body: 'xin chào',
          status: MessageStatus.Queued,
          eventType: DOSSIER_RECEIVED_V1,
          createdAt: new Date(0).toISOString(),
        },
      ],
    };
  }
}

// The rest of the real service's subscriptions are accepted and do nothing here, so the service boots whatever
// notifications subscribes to.
const HANDLED_KEYS: readonly EventKey[] = [DOSSIER_RECEIVED_V1, DOSSIER_ASSIGNED_V1];
for (const key of SUBSCRIPTIONS[SERVICE].filter((k) => !HANDLED_KEYS.includes(k))) {
  const property = `ignore:${key}`;
  const descriptor = { value: async (): Promise<void> => undefined, writable: true, configurable: true };
  Object.defineProperty(EffectsConsumer.prototype, property, descriptor);
  Subscribe(key)(EffectsConsumer.prototype, property, descriptor);
}

async function record(context: MessageContext, dossierId: string): Promise<void> {
  await context.tx.query(
    'INSERT INTO notifications.effects (message_id, dossier_id, type) VALUES ($1, $2, $3)',
    [context.envelope.id, dossierId, context.envelope.type],
  );
}

/** The shared contract fixture for a new dossier, received now. */
export function receivedEvent(dossierId: string = uuidv7()): DossierReceivedV1 {
  return dossierReceivedV1({ dossierId, receivedAt: new Date().toISOString() });
}

export interface Harness {
  readonly app: INestApplication;
  readonly dataSource: DataSource;
  readonly config: PlatformConfig;
  readonly vhost: string;
  /** Writes an event through the real outbox, in its own transaction. */
  publish(event: DossierReceivedV1): Promise<string>;
  /** Writes several events through the outbox in one transaction, so they travel together. */
  publishTogether(events: DossierReceivedV1[]): Promise<string[]>;
  /** Transactions that applied these dossiers' effects (rows written together share their `xmin`). */
  transactionsOf(dossierIds: string[]): Promise<number>;
  effects(dossierId: string): Promise<number>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  /** Replaces the events server, e.g. with a subclass that misbehaves at a chosen moment. */
  readonly eventsServer?: (settings: EventsServerSettings) => EventsServer;
  /** Replaces the relay's publisher. */
  readonly publisher?: (url: string) => EventPublisher;
  readonly drainMs?: number;
  /** The relay's sweep interval; 200 ms unless given. */
  readonly outboxPollMs?: number;
}

/** Shared broker and database for one suite: each harness started on them is one service instance. */
export class HarnessInfrastructure {
  private constructor(
    readonly vhost: string,
    readonly amqpUrl: string,
    readonly database: ServiceTestDatabase,
  ) {}

  static async create(): Promise<HarnessInfrastructure> {
    const vhost = uniqueName('int');
    const amqpUrl = await createVhost(vhost);
    const database = await createServiceDatabase(HARNESS_DATABASE);
    return new HarnessInfrastructure(vhost, amqpUrl, database);
  }

  async destroy(): Promise<void> {
    await this.database.drop();
    await deleteVhost(this.vhost);
  }

  async start(options: HarnessOptions = {}): Promise<Harness> {
    const config: PlatformConfig = {
      service: SERVICE,
      env: 'test',
      http: { port: 0 },
      log: { level: 'warn' },
      db: this.database.db,
      amqp: { url: this.amqpUrl, prefetch: 10, retryBaseMs: 5 },
      redis: { url: 'redis://127.0.0.1:6379', prefix: this.vhost },
      outbox: { pollMs: options.outboxPollMs ?? 200 },
      shutdown: { drainMs: options.drainMs ?? 5000 },
    };

    @Module({
      imports: [
        ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, load: [() => config] }),
        PersistenceModule.forService(HARNESS_DATABASE),
        MessagingModule.forService(SERVICE),
      ],
      controllers: [EffectsConsumer],
    })
    class HarnessModule {}

    let builder = Test.createTestingModule({ imports: [HarnessModule] });
    if (options.publisher) {
      const makePublisher = options.publisher;
      builder = builder
        .overrideProvider(EventPublisher)
        .useFactory({ factory: () => makePublisher(this.amqpUrl) });
    }
    const moduleRef = await builder.setLogger(false as never).compile();
    const app = moduleRef.createNestApplication(new FastifyAdapter(), { logger: ['error'] });
    const dataSource = app.get(DataSource);
    const settings: EventsServerSettings = {
      service: SERVICE,
      url: this.amqpUrl,
      prefetch: config.amqp.prefetch,
      drainMs: config.shutdown.drainMs,
      dataSource,
      retryBaseMs: config.amqp.retryBaseMs,
    };
    const eventsServer = options.eventsServer?.(settings) ?? new EventsServer(settings);
    app.connectMicroservice<CustomStrategy>({ strategy: eventsServer });
    app.connectMicroservice<CustomStrategy>({
      strategy: new RpcServer({
        service: SERVICE,
        url: this.amqpUrl,
        prefetch: 10,
        drainMs: config.shutdown.drainMs,
      }),
    });
    await app.startAllMicroservices();
    await app.init();

    const outbox = app.get(OutboxService);
    return {
      app,
      dataSource,
      config,
      vhost: this.vhost,
      publish: async (event) => {
        const envelope = await dataSource.transaction((tx) => outbox.publish(tx, DOSSIER_RECEIVED_V1, event));
        return envelope.id;
      },
      publishTogether: (events) =>
        dataSource.transaction(async (tx) => {
          const ids: string[] = [];
          for (const event of events) ids.push((await outbox.publish(tx, DOSSIER_RECEIVED_V1, event)).id);
          return ids;
        }),
      transactionsOf: async (dossierIds) => {
        const [row] = await dataSource.query(
          'SELECT count(DISTINCT xmin::text)::int AS n FROM notifications.effects WHERE dossier_id = ANY($1::uuid[])',
          [dossierIds],
        );
        return row.n;
      },
      effects: async (dossierId) => {
        const [row] = await dataSource.query(
          'SELECT count(*)::int AS n FROM notifications.effects WHERE dossier_id = $1',
          [dossierId],
        );
        return row.n;
      },
      close: () => app.close(),
    };
  }
}

export const anyDossierId = () => randomUUID();
