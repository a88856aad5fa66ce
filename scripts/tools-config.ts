// The environment of the command-line tools (migrate, seed, dead letters, start, bench). Defaults point at the
// local PostgreSQL, RabbitMQ and Redis; `.env.example` documents every variable.
export interface ToolsConfig {
  readonly adminDatabaseUrl: string;
  readonly database: string;
  readonly dbPassword: string;
  readonly amqpUrl: string;
  readonly demoPassword: string;
}

export function toolsConfig(env: NodeJS.ProcessEnv = process.env): ToolsConfig {
  return {
    adminDatabaseUrl: env.MOTCUA_DB_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    database: env.MOTCUA_DB_NAME ?? 'motcua',
    dbPassword: env.MOTCUA_DB_PASSWORD ?? '',
    amqpUrl: env.MOTCUA_AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672',
    demoPassword: env.MOTCUA_DEMO_PASSWORD ?? 'motcua-demo',
  };
}
