import {
  DynamicModule,
  Module,
  OnApplicationBootstrap,
  OnApplicationShutdown,
  Injectable,
} from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { PlatformConfig } from '@motcua/config';
import type { DomainServiceName, EventKey } from '@motcua/contracts';
import { BROKER_CONNECTION, BrokerReadiness } from './broker.readiness';
import { EventPublisher } from './event-publisher';
import { IdempotencyService } from './idempotency.service';
import { LIVE_FEED_KEYS, LiveFeed } from './live-feed';
import { MESSAGING_OPTIONS } from './messaging.options';
import { MessagingJanitor } from './messaging-janitor';
import { OutboxRelay } from './outbox.relay';
import { OutboxService } from './outbox.service';
import { RpcClient } from './rpc.client';

/** Connects the publisher at boot (declaring the topology) and closes it last. */
@Injectable()
class PublisherLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(private readonly publisher: EventPublisher) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.publisher.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.publisher.close();
  }
}

/** Connects the gateway's request client at boot, so the topology exists before the first request. */
@Injectable()
class RpcClientLifecycle implements OnApplicationBootstrap {
  constructor(private readonly client: RpcClient) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.client.connect();
  }
}

/**
 * Messaging for a service. `forService` gives a domain service its outbox, relay, idempotent commands and
 * broker readiness (attach the consumers with `connectMessaging` in main.ts); `forGateway` gives the
 * gateway its request client.
 */
@Module({})
export class MessagingModule {
  static forService(service: DomainServiceName): DynamicModule {
    return {
      module: MessagingModule,
      global: true,
      providers: [
        { provide: MESSAGING_OPTIONS, useValue: { service } },
        {
          provide: EventPublisher,
          inject: [ConfigService],
          useFactory: (config: ConfigService<PlatformConfig, true>) =>
            new EventPublisher(config.get('amqp', { infer: true }).url, service),
        },
        { provide: BROKER_CONNECTION, useExisting: EventPublisher },
        PublisherLifecycle,
        OutboxService,
        OutboxRelay,
        MessagingJanitor,
        IdempotencyService,
        BrokerReadiness,
      ],
      exports: [OutboxService, IdempotencyService, BrokerReadiness],
    };
  }

  /** `liveKeys`: events every gateway replica receives to push to screens (see `LiveFeed`). */
  static forGateway(options: { liveKeys: readonly EventKey[] }): DynamicModule {
    return {
      module: MessagingModule,
      global: true,
      providers: [
        RpcClient,
        RpcClientLifecycle,
        { provide: BROKER_CONNECTION, useExisting: RpcClient },
        BrokerReadiness,
        { provide: LIVE_FEED_KEYS, useValue: options.liveKeys },
        LiveFeed,
      ],
      exports: [RpcClient, BrokerReadiness, LiveFeed],
    };
  }
}
