import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import type { PlatformConfig } from '@motcua/config';
import { BrokerReadiness, MessagingModule } from '@motcua/messaging';
import { ObservabilityModule, RedisReadiness } from '@motcua/observability';
import { DatabaseReadiness, PersistenceModule, ServiceDatabase } from '@motcua/persistence';
import type { DomainServiceName } from '@motcua/contracts';

export interface DomainServicePlatform {
  readonly database: ServiceDatabase & { readonly service: DomainServiceName };
  /** The app's `loadConfig` (its config.ts is the only reader of the environment). */
  readonly loadConfig: () => PlatformConfig;
}

/**
 * Everything a domain service stands on: validated config, logs, health and metrics, its own schema through
 * TypeORM, and messaging (outbox, relay, inbox, request/reply). Feature modules come on top.
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
      ],
    };
  }
}
