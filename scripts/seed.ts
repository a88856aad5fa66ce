import 'reflect-metadata';
import { ServiceDatabase, typeOrmOptions } from '@motcua/persistence';
import { DataSource } from 'typeorm';
import { GATEWAY_DATABASE } from '../apps/gateway/src/database';
import { seedDemoIdentities } from '../apps/gateway/src/users/demo-users.seed';
import { seedDemoCatalog } from '../apps/intake/src/catalog/demo-catalog.seed';
import { INTAKE_DATABASE } from '../apps/intake/src/database';
import { DEMO_UNITS } from '../apps/intake/src/units/demo-units';
import { FEES_DATABASE } from '../apps/fees/src/database';
import { seedDemoSeries } from '../apps/fees/src/receipts/demo-series.seed';
import { ToolsConfig, serviceDbConfig, toolsConfig } from './tools-config';

async function withDatabase<T>(
  config: ToolsConfig,
  database: ServiceDatabase,
  work: (dataSource: DataSource) => Promise<T>,
): Promise<T> {
  const dataSource = new DataSource(typeOrmOptions(serviceDbConfig(config, database.service), database));
  await dataSource.initialize();
  try {
    return await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

/** Demo data for a development or demo system, as each owning service's role; only what is missing is added. */
export async function seed(config: ToolsConfig): Promise<void> {
  await withDatabase(config, GATEWAY_DATABASE, (gateway) => seedDemoIdentities(gateway, config.demoPassword));
  await withDatabase(config, INTAKE_DATABASE, (intake) => seedDemoCatalog(intake));
  const eReceiptUnits = DEMO_UNITS.filter((unit) => unit.canIssueEReceipts).map((unit) => unit.code);
  await withDatabase(config, FEES_DATABASE, (fees) => seedDemoSeries(fees, eReceiptUnits));
}

if (require.main === module) {
  seed(toolsConfig()).catch((error: Error) => {
    process.stderr.write(`seeding failed: ${error.stack ?? error.message}\n`);
    process.exit(1);
  });
}
