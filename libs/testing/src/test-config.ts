// The environment tests read: where the local services are. Defaults are this machine's.
export const testConfig = {
  adminDatabaseUrl: process.env.MOTCUA_DB_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  rabbitmqHost: process.env.MOTCUA_TEST_RABBITMQ_HOST ?? '127.0.0.1:5672',
  redisUrl: process.env.MOTCUA_REDIS_URL ?? 'redis://127.0.0.1:6379',
  /** Where suites write service logs and screenshots; CI keeps this folder as its artifacts. */
  artifactsDir: process.env.MOTCUA_TEST_ARTIFACTS ?? 'test-artifacts',
};

// Where jest's global set-up names the run's seeded template database (see `createSeededDatabase`): the
// environment is what reaches every test worker.
const TEMPLATE_ENV = 'MOTCUA_TEST_TEMPLATE_DB';

/** Names this jest run's seeded template database, for every suite of the run. */
export function nameTemplateDatabase(name: string): void {
  process.env[TEMPLATE_ENV] = name;
}

/** This jest run's seeded template database; undefined outside a jest run. */
export function templateDatabase(): string | undefined {
  return process.env[TEMPLATE_ENV];
}

/** The test process's own environment, which child processes inherit (PATH, locale). */
export function inheritedEnvironment(): NodeJS.ProcessEnv {
  return { ...process.env };
}
