import type { DbConfig } from '@motcua/config';
import type { ServiceName } from '@motcua/contracts';
import type { DataSourceOptions, EntitySchema, MixedList } from 'typeorm';
import { SnakeNamingStrategy } from 'typeorm-naming-strategies';

export interface ServiceDatabase {
  readonly service: ServiceName;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  readonly entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  readonly migrations: MixedList<Function | string>;
}

/**
 * The one options function for a service's database, used by the app, the migration runner and tests:
 * its own schema (named after the service) and role, snake_case names, migrations table in that schema,
 * and never `synchronize`.
 */
export function typeOrmOptions(db: DbConfig, database: ServiceDatabase): DataSourceOptions {
  return {
    type: 'postgres',
    host: db.host,
    port: db.port,
    database: db.database,
    username: db.username,
    password: db.password,
    schema: database.service,
    entities: database.entities,
    migrations: database.migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    namingStrategy: new SnakeNamingStrategy(),
    applicationName: `motcua-${database.service}`,
    poolSize: db.poolSize,
    extra: {
      // Unqualified names resolve in the service's own schema only.
      options: `-c search_path=${database.service}`,
      connectionTimeoutMillis: 5000,
    },
  };
}
