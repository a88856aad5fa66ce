import { PlatformConfig, PlatformEnv, SERVICE_PORTS, toPlatformConfig, validateEnv } from '@motcua/config';
import { Type } from 'class-transformer';
import { IsInt, IsString, Max, Min, MinLength } from 'class-validator';

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
}

export interface AppConfig extends PlatformConfig {
  readonly auth: { readonly jwtSecret: string; readonly tokenTtlSeconds: number };
  readonly rateLimits: { readonly loginPerMinute: number; readonly publicPerMinute: number };
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
  };
}
