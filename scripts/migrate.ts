import 'reflect-metadata';
import { declareTopology } from '@motcua/messaging';
import { bootstrapDatabase, typeOrmOptions } from '@motcua/persistence';
import { connect } from 'amqplib';
import { DataSource } from 'typeorm';
import { SERVICE_DATABASES } from './service-databases';
import { ToolsConfig, serviceDbConfig, toolsConfig } from './tools-config';

type Log = (line: string) => void;

/** Declares exchanges and queues so no event is dropped before its consumer first starts. */
export async function declareBrokerTopology(amqpUrl: string): Promise<void> {
  const connection = await connect(amqpUrl, { clientProperties: { connection_name: 'motcua-migrate' } });
  try {
    const channel = await connection.createChannel();
    await declareTopology(channel);
    await channel.close();
  } finally {
    await connection.close();
  }
}

/**
 * Prepares a database for motcua: roles and schemas, then every service's migrations as that service's own
 * role, then the broker topology. Safe to run again: only what is missing is done.
 */
export async function migrate(config: ToolsConfig, log: Log = () => undefined): Promise<void> {
  await bootstrapDatabase({
    adminUrl: config.adminDatabaseUrl,
    database: config.database,
    services: SERVICE_DATABASES.map((d) => d.service),
    passwordOf: () => config.dbPassword,
  });
  for (const database of SERVICE_DATABASES) {
    const dataSource = new DataSource(typeOrmOptions(serviceDbConfig(config, database.service), database));
    await dataSource.initialize();
    try {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      log(
        `${database.service}: ${applied.length} migration(s) applied${applied.map((m) => `\n  ${m.name}`).join('')}`,
      );
    } finally {
      await dataSource.destroy();
    }
  }
  await declareBrokerTopology(config.amqpUrl);
  log('broker topology declared');
}

if (require.main === module) {
  migrate(toolsConfig(), (line) => process.stdout.write(`${line}\n`)).catch((error: Error) => {
    process.stderr.write(`migration failed: ${error.stack ?? error.message}\n`);
    process.exit(1);
  });
}
