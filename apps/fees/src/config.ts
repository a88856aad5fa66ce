import { PlatformConfig, PlatformEnv, SERVICE_PORTS, toPlatformConfig, validateEnv } from '@motcua/config';
import { IsNotEmpty, IsOptional, IsString, IsUrl, MaxLength, MinLength } from 'class-validator';

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

  /** E-receipt provider's API (VNPT, Viettel, MISA…); series with issuer `provider` need it. */
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true })
  MOTCUA_ERECEIPT_PROVIDER_URL?: string;

  /** Secret: the provider's API token, sent as a bearer token. */
  @IsOptional()
  @IsString()
  MOTCUA_ERECEIPT_PROVIDER_TOKEN?: string;

  /** Secret shared with the online payment provider: signs its callbacks. Online payment is off without it. */
  @IsOptional()
  @IsString()
  @MinLength(32)
  MOTCUA_PAYMENT_HMAC_SECRET?: string;
}

export interface AppConfig extends PlatformConfig {
  readonly documents: { readonly parentBody: string; readonly place: string };
  /** Absent when no e-receipt provider is configured (internal series only). */
  readonly eReceiptProvider: { readonly url: string; readonly token?: string } | null;
  /** Absent when online payment is not configured. */
  readonly paymentProvider: { readonly hmacSecret: string } | null;
}

/** The only reader of the environment: validates it and maps it to the typed configuration. */
export function loadConfig(raw: Record<string, unknown> = process.env): AppConfig {
  const env = validateEnv(Env, raw);
  return {
    ...toPlatformConfig('fees', env),
    documents: { parentBody: env.MOTCUA_CENTER_PARENT, place: env.MOTCUA_CENTER_PLACE },
    eReceiptProvider: env.MOTCUA_ERECEIPT_PROVIDER_URL
      ? {
          url: env.MOTCUA_ERECEIPT_PROVIDER_URL.replace(/\/$/, ''),
          ...(env.MOTCUA_ERECEIPT_PROVIDER_TOKEN ? { token: env.MOTCUA_ERECEIPT_PROVIDER_TOKEN } : {}),
        }
      : null,
    paymentProvider: env.MOTCUA_PAYMENT_HMAC_SECRET ? { hmacSecret: env.MOTCUA_PAYMENT_HMAC_SECRET } : null,
  };
}
