import 'reflect-metadata';
import { typeOrmOptions } from '@motcua/persistence';
import { DataSource } from 'typeorm';
import { GATEWAY_DATABASE } from '../apps/gateway/src/database';
import { seedDemoIdentities } from '../apps/gateway/src/users/demo-users.seed';
import { ToolsConfig, serviceDbConfig, toolsConfig } from './tools-config';

/** Demo data for a development or demo system; only what is missing is added. */
export async function seed(config: ToolsConfig): Promise<void> {
  const gateway = new DataSource(typeOrmOptions(serviceDbConfig(config, 'gateway'), GATEWAY_DATABASE));
  await gateway.initialize();
  try {
    await seedDemoIdentities(gateway, config.demoPassword);
  } finally {
    await gateway.destroy();
  }
}

if (require.main === module) {
  seed(toolsConfig()).catch((error: Error) => {
    process.stderr.write(`seeding failed: ${error.stack ?? error.message}\n`);
    process.exit(1);
  });
}
