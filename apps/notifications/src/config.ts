import { PlatformConfig, PlatformEnv, SERVICE_PORTS, toPlatformConfig, validateEnv } from '@motcua/config';
import { IsUrl } from 'class-validator';

export class Env extends PlatformEnv {
  override PORT = SERVICE_PORTS.notifications;

  /** Public address of the gateway; lookup links in messages point here. */
  @IsUrl({ require_tld: false, require_protocol: true })
  MOTCUA_PUBLIC_BASE_URL = 'http://localhost:3000';
}

export interface AppConfig extends PlatformConfig {
  readonly publicBaseUrl: string;
}

/** The only reader of the environment: validates it and maps it to the typed configuration. */
export function loadConfig(raw: Record<string, unknown> = process.env): AppConfig {
  const env = validateEnv(Env, raw);
  return {
    ...toPlatformConfig('notifications', env),
    publicBaseUrl: env.MOTCUA_PUBLIC_BASE_URL.replace(/\/$/, ''),
  };
}
