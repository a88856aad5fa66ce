import { PlatformConfig, PlatformEnv, SERVICE_PORTS, toPlatformConfig, validateEnv } from '@motcua/config';
import { IsNotEmpty, IsString, IsUrl, MaxLength } from 'class-validator';

export class Env extends PlatformEnv {
  override PORT = SERVICE_PORTS.intake;

  /** Public address of the gateway; the QR code on slips opens the lookup page there. */
  @IsUrl({ require_tld: false, require_protocol: true })
  MOTCUA_PUBLIC_BASE_URL = 'http://localhost:3000';

  /** The Center as slips name it, and the body it belongs to (document header). */
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  MOTCUA_CENTER_NAME = 'Trung tâm Phục vụ hành chính công tỉnh Nghệ An';

  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  MOTCUA_CENTER_PARENT = 'UBND tỉnh Nghệ An';

  /** Place name of the date line on documents. */
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  MOTCUA_CENTER_PLACE = 'Nghệ An';
}

export interface AppConfig extends PlatformConfig {
  readonly publicBaseUrl: string;
  readonly center: { readonly name: string; readonly parent: string; readonly place: string };
}

/** The only reader of the environment: validates it and maps it to the typed configuration. */
export function loadConfig(raw: Record<string, unknown> = process.env): AppConfig {
  const env = validateEnv(Env, raw);
  return {
    ...toPlatformConfig('intake', env),
    publicBaseUrl: env.MOTCUA_PUBLIC_BASE_URL.replace(/\/$/, ''),
    center: {
      name: env.MOTCUA_CENTER_NAME,
      parent: env.MOTCUA_CENTER_PARENT,
      place: env.MOTCUA_CENTER_PLACE,
    },
  };
}
