import { DynamicModule, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { PlatformConfig } from '@motcua/config';
import { DatabaseReadiness } from './database.readiness';
import { ServiceDatabase, typeOrmOptions } from './typeorm-options';

/** TypeORM for one service, built by `typeOrmOptions` from the validated config. */
@Module({})
export class PersistenceModule {
  static forService(database: ServiceDatabase): DynamicModule {
    return {
      module: PersistenceModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [ConfigService],
          useFactory: (config: ConfigService<PlatformConfig, true>) =>
            typeOrmOptions(config.get('db', { infer: true }), database),
        }),
      ],
      providers: [DatabaseReadiness],
      exports: [DatabaseReadiness],
    };
  }
}
