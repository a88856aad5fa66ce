// The variables the bench reads, with the same names and local defaults as the command-line tools
// (`.env.example` documents them). Kept here so the bench loads nothing from the services.

export interface BenchEnv {
  /** The motcua database reached with the PostgreSQL superuser's credentials. */
  readonly databaseUrl: string;
  readonly amqpUrl: string;
  readonly demoPassword: string;
}

/** The admin URL pointed at another database: same credentials, host and options. */
export function withDatabase(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

export function benchEnv(env: NodeJS.ProcessEnv = process.env): BenchEnv {
  const adminUrl = env.MOTCUA_DB_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  return {
    databaseUrl: withDatabase(adminUrl, env.MOTCUA_DB_NAME ?? 'motcua'),
    amqpUrl: env.MOTCUA_AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672',
    demoPassword: env.MOTCUA_DEMO_PASSWORD ?? 'motcua-demo',
  };
}
