import type { DbConfig } from '@motcua/config';
import { ServiceName } from '@motcua/contracts';
import { serviceRole } from '@motcua/persistence';

// The environment of the command-line tools (start, migrate, seed, dead letters). Defaults point at the local
// PostgreSQL, RabbitMQ and Redis; `.env.example` documents every variable.
export interface ToolsConfig {
  readonly adminDatabaseUrl: string;
  readonly dbHost: string;
  readonly dbPort: number;
  readonly database: string;
  readonly dbPassword: string;
  readonly amqpUrl: string;
  readonly demoPassword: string;
}

export function toolsConfig(env: NodeJS.ProcessEnv = process.env): ToolsConfig {
  return {
    adminDatabaseUrl: env.MOTCUA_DB_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    dbHost: env.MOTCUA_DB_HOST ?? '127.0.0.1',
    dbPort: Number(env.MOTCUA_DB_PORT ?? 5432),
    database: env.MOTCUA_DB_NAME ?? 'motcua',
    dbPassword: env.MOTCUA_DB_PASSWORD ?? '',
    amqpUrl: env.MOTCUA_AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672',
    demoPassword: env.MOTCUA_DEMO_PASSWORD ?? 'motcua-demo',
  };
}

/** How a tool connects as one service's own role. */
export function serviceDbConfig(config: ToolsConfig, service: ServiceName): DbConfig {
  return {
    host: config.dbHost,
    port: config.dbPort,
    database: config.database,
    username: serviceRole(service),
    password: config.dbPassword,
    poolSize: 2,
  };
}
