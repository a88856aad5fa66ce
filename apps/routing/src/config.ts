import { PlatformConfig, PlatformEnv, SERVICE_PORTS, toPlatformConfig, validateEnv } from '@motcua/config';

export class Env extends PlatformEnv {
  override PORT = SERVICE_PORTS.routing;
}

export type AppConfig = PlatformConfig;

/** The only reader of the environment: validates it and maps it to the typed configuration. */
export function loadConfig(raw: Record<string, unknown> = process.env): AppConfig {
  return toPlatformConfig('routing', validateEnv(Env, raw));
}
