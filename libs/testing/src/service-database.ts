import type { DbConfig } from '@motcua/config';
import type { ServiceName } from '@motcua/contracts';
import {
  ServiceDatabase,
  bootstrapDatabase,
  dropDatabase,
  serviceRole,
  typeOrmOptions,
} from '@motcua/persistence';
import { DataSource } from 'typeorm';
import { uniqueName } from './names';
import { ADMIN_DATABASE_URL } from './postgres';

export interface ServiceTestDatabase {
  readonly name: string;
  /** Connection settings as the service's own role, for `typeOrmOptions` or a config object. */
  readonly db: DbConfig;
  drop(): Promise<void>;
}

/**
 * A fresh database holding one service's schema, prepared exactly as production is: role and schema by the
 * bootstrap, tables by the service's real migrations.
 */
export async function createServiceDatabase(database: ServiceDatabase): Promise<ServiceTestDatabase> {
  const name = uniqueName('int');
  await bootstrapDatabase({
    adminUrl: ADMIN_DATABASE_URL,
    database: name,
    services: [database.service],
    passwordOf: () => 'test',
  });
  const db: DbConfig = {
    host: new URL(ADMIN_DATABASE_URL).hostname,
    port: Number(new URL(ADMIN_DATABASE_URL).port || 5432),
    database: name,
    username: serviceRole(database.service as ServiceName),
    password: 'test',
    poolSize: 5,
  };
  const dataSource = new DataSource(typeOrmOptions(db, database));
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.destroy();
  return { name, db, drop: () => dropDatabase(ADMIN_DATABASE_URL, name) };
}
