import { DynamicModule, Module } from '@nestjs/common';
import { BullModule } from '@nestjs/bullmq';
import { ConfigModule, ConfigService } from '@nestjs/config';
import type { PlatformConfig } from '@motcua/config';
import { BrokerReadiness, MessagingModule } from '@motcua/messaging';
import { ObservabilityModule, RedisReadiness } from '@motcua/observability';
import { DatabaseReadiness, PersistenceModule, ServiceDatabase } from '@motcua/persistence';
import type { DomainServiceName } from '@motcua/contracts';

/** ioredis options from a `redis://[:password@]host:port[/db]` URL, as BullMQ wants them. */
export function redisConnection(url: string) {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 6379),
    ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}),
    ...(parsed.username ? { username: decodeURIComponent(parsed.username) } : {}),
    db: Number(parsed.pathname.slice(1) || 0),
    ...(parsed.protocol === 'rediss:' ? { tls: {} } : {}),
    // BullMQ workers block on Redis; they must not give up a command after a few retries.
    maxRetriesPerRequest: null,
  };
}

export interface DomainServicePlatform {
  readonly database: ServiceDatabase & { readonly service: DomainServiceName };
  /** The app's `loadConfig` (its config.ts is the only reader of the environment). */
  readonly loadConfig: () => PlatformConfig;
}

/**
 * Everything a domain service stands on: validated config, logs, health and metrics, its own schema through
 * TypeORM, messaging (outbox, relay, inbox, request/reply) and BullMQ's Redis connection for wake-ups and
 * retries (`BullModule.registerQueue` in a feature). Feature modules come on top.
 */
@Module({})
export class PlatformModule {
  static forDomainService({ database, loadConfig }: DomainServicePlatform): DynamicModule {
    return {
      module: PlatformModule,
      imports: [
        ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, load: [loadConfig] }),
        ObservabilityModule.forService({ readiness: [DatabaseReadiness, BrokerReadiness, RedisReadiness] }),
        PersistenceModule.forService(database),
        MessagingModule.forService(database.service),
        // Queues registered by features share this connection; keys are prefixed per service.
        BullModule.forRootAsync({
          inject: [ConfigService],
          useFactory: (config: ConfigService<PlatformConfig, true>) => {
            const redis = config.get('redis', { infer: true });
            return { connection: redisConnection(redis.url), prefix: `${redis.prefix}:${database.service}` };
          },
        }),
      ],
    };
  }
}
