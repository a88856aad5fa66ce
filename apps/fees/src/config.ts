import { PlatformConfig, PlatformEnv, SERVICE_PORTS, toPlatformConfig, validateEnv } from '@motcua/config';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class Env extends PlatformEnv {
  override PORT = SERVICE_PORTS.fees;

  /** The body collecting units belong to (receipt header). */
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  MOTCUA_CENTER_PARENT = 'UBND tỉnh Nghệ An';

  /** Place name of the date line on receipts. */
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  MOTCUA_CENTER_PLACE = 'Nghệ An';
}

export interface AppConfig extends PlatformConfig {
  readonly documents: { readonly parentBody: string; readonly place: string };
}

/** The only reader of the environment: validates it and maps it to the typed configuration. */
export function loadConfig(raw: Record<string, unknown> = process.env): AppConfig {
  const env = validateEnv(Env, raw);
  return {
    ...toPlatformConfig('fees', env),
    documents: { parentBody: env.MOTCUA_CENTER_PARENT, place: env.MOTCUA_CENTER_PLACE },
  };
}
