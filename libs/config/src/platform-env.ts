import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUrl, Max, Min } from 'class-validator';

/**
 * Environment every service reads. Apps extend it with their own variables and set their own `PORT`.
 * Secrets (`MOTCUA_DB_PASSWORD`, `MOTCUA_AMQP_URL`) have no defaults: `.env.example` holds the dev values.
 */
export class PlatformEnv {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV = 'development';

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT: number;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace'])
  MOTCUA_LOG_LEVEL = 'info';

  @IsString()
  @IsNotEmpty()
  MOTCUA_DB_HOST = '127.0.0.1';

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(65535)
  MOTCUA_DB_PORT = 5432;

  @IsString()
  @IsNotEmpty()
  MOTCUA_DB_NAME = 'motcua';

  /** Defaults to `motcua_<service>`: one role per service. */
  @IsOptional()
  @IsString()
  MOTCUA_DB_USER?: string;

  @IsString()
  MOTCUA_DB_PASSWORD: string;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  MOTCUA_DB_POOL_SIZE = 10;

  @IsUrl({ protocols: ['amqp', 'amqps'], require_tld: false, require_protocol: true })
  MOTCUA_AMQP_URL: string;

  /** Unacknowledged messages a consumer holds at once. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  MOTCUA_AMQP_PREFETCH = 20;

  /** First retry delay of a failed event; doubles per delivery up to 5 s. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(5000)
  MOTCUA_RETRY_BASE_MS = 100;

  @IsUrl({ protocols: ['redis', 'rediss'], require_tld: false, require_protocol: true })
  MOTCUA_REDIS_URL = 'redis://127.0.0.1:6379';

  /** Prefix of every Redis key, so deployments (and test systems) sharing a Redis never see each other's. */
  @IsString()
  @IsNotEmpty()
  MOTCUA_REDIS_PREFIX = 'motcua';

  /** Outbox relay polling fallback when no NOTIFY arrives. */
  @Type(() => Number)
  @IsInt()
  @Min(50)
  @Max(60_000)
  MOTCUA_OUTBOX_POLL_MS = 1000;

  /** How long shutdown waits for in-flight messages and requests. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(120_000)
  MOTCUA_SHUTDOWN_DRAIN_MS = 10_000;
}
