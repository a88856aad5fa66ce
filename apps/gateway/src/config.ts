import { PlatformConfig, PlatformEnv, SERVICE_PORTS, toPlatformConfig, validateEnv } from '@motcua/config';
import { Type } from 'class-transformer';
import { IsInt, IsString, Matches, Max, Min, MinLength } from 'class-validator';

export class Env extends PlatformEnv {
  override PORT = SERVICE_PORTS.gateway;

  /** Signs staff and department-client tokens. Secret: no default. */
  @IsString()
  @MinLength(32)
  MOTCUA_JWT_SECRET: string;

  @Type(() => Number)
  @IsInt()
  @Min(60)
  @Max(24 * 3600)
  MOTCUA_JWT_TTL_SECONDS = 3600;

  /** Login attempts per minute per client address. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  MOTCUA_LOGIN_RATE_LIMIT = 10;

  /** Public (no login) requests per minute per client address. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  MOTCUA_PUBLIC_RATE_LIMIT = 60;

  /** Waits before each retry of a webhook that failed, in ms: a fixed ladder, then the delivery is failed. */
  @Matches(/^\d+(,\d+)*$/)
  MOTCUA_WEBHOOK_RETRY_LADDER_MS = '10000,60000,300000,1800000,7200000,21600000';

  /** How long a department system has to answer a webhook. */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(60_000)
  MOTCUA_WEBHOOK_TIMEOUT_MS = 5000;

  /** How often pending webhook deliveries are rescheduled from Postgres (after a Redis restart, for one). */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(3_600_000)
  MOTCUA_WEBHOOK_RECONCILE_MS = 60_000;
}

export interface AppConfig extends PlatformConfig {
  readonly auth: { readonly jwtSecret: string; readonly tokenTtlSeconds: number };
  readonly rateLimits: { readonly loginPerMinute: number; readonly publicPerMinute: number };
  readonly webhooks: {
    readonly retryLadderMs: readonly number[];
    readonly timeoutMs: number;
    readonly reconcileMs: number;
  };
}

/** The only reader of the environment: validates it and maps it to the typed configuration. */
export function loadConfig(raw: Record<string, unknown> = process.env): AppConfig {
  const env = validateEnv(Env, raw);
  return {
    ...toPlatformConfig('gateway', env),
    auth: { jwtSecret: env.MOTCUA_JWT_SECRET, tokenTtlSeconds: env.MOTCUA_JWT_TTL_SECONDS },
    rateLimits: {
      loginPerMinute: env.MOTCUA_LOGIN_RATE_LIMIT,
      publicPerMinute: env.MOTCUA_PUBLIC_RATE_LIMIT,
    },
    webhooks: {
      retryLadderMs: env.MOTCUA_WEBHOOK_RETRY_LADDER_MS.split(',').map(Number),
      timeoutMs: env.MOTCUA_WEBHOOK_TIMEOUT_MS,
      reconcileMs: env.MOTCUA_WEBHOOK_RECONCILE_MS,
    },
  };
}
