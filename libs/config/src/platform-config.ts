import { ServiceName } from '@motcua/contracts';
import { PlatformEnv } from './platform-env';

export interface DbConfig {
  readonly host: string;
  readonly port: number;
  readonly database: string;
  readonly username: string;
  readonly password: string;
  readonly poolSize: number;
}

/** Typed configuration every service has; apps extend it. Read with `ConfigService<PlatformConfig, true>`. */
export interface PlatformConfig {
  readonly service: ServiceName;
  readonly env: 'development' | 'production' | 'test';
  readonly http: { readonly port: number };
  readonly log: { readonly level: string };
  readonly db: DbConfig;
  readonly amqp: { readonly url: string; readonly prefetch: number; readonly retryBaseMs: number };
  readonly redis: { readonly url: string; readonly prefix: string };
  readonly outbox: { readonly pollMs: number };
  readonly shutdown: { readonly drainMs: number };
}

export function toPlatformConfig(service: ServiceName, env: PlatformEnv): PlatformConfig {
  return {
    service,
    env: env.NODE_ENV as PlatformConfig['env'],
    http: { port: env.PORT },
    log: { level: env.MOTCUA_LOG_LEVEL },
    db: {
      host: env.MOTCUA_DB_HOST,
      port: env.MOTCUA_DB_PORT,
      database: env.MOTCUA_DB_NAME,
      username: env.MOTCUA_DB_USER ?? `motcua_${service}`,
      password: env.MOTCUA_DB_PASSWORD,
      poolSize: env.MOTCUA_DB_POOL_SIZE,
    },
    amqp: {
      url: env.MOTCUA_AMQP_URL,
      prefetch: env.MOTCUA_AMQP_PREFETCH,
      retryBaseMs: env.MOTCUA_RETRY_BASE_MS,
    },
    redis: { url: env.MOTCUA_REDIS_URL, prefix: env.MOTCUA_REDIS_PREFIX },
    outbox: { pollMs: env.MOTCUA_OUTBOX_POLL_MS },
    shutdown: { drainMs: env.MOTCUA_SHUTDOWN_DRAIN_MS },
  };
}
