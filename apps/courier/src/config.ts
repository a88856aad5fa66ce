import { PlatformConfig, PlatformEnv, SERVICE_PORTS, toPlatformConfig, validateEnv } from '@motcua/config';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUrl, Matches, Max, Min, MinLength } from 'class-validator';

export class Env extends PlatformEnv {
  override PORT = SERVICE_PORTS.courier;

  /** The Center's QCVN 102 code: paper leaves from and returns to it (the demo directory's code by default). */
  @Matches(/^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}$/)
  MOTCUA_COURIER_CENTER_UNIT_CODE = '000.00.01.H41';

  /** The day's pickup times, Viet Nam time, comma separated. */
  @Matches(/^([01]\d|2[0-3]):[0-5]\d(,([01]\d|2[0-3]):[0-5]\d)*$/)
  MOTCUA_COURIER_PICKUP_TIMES = '09:30,15:00';

  /** Two letters that start the tracking numbers courier gives (UPU S10). */
  @Matches(/^[A-Z]{2}$/)
  MOTCUA_COURIER_TRACKING_PREFIX = 'EA';

  /** Secret shared with the postal provider to sign tracking callbacks; callbacks are refused without it. */
  @IsOptional()
  @IsString()
  @MinLength(16)
  MOTCUA_COURIER_WEBHOOK_SECRET?: string;

  /** A provider without callbacks: its tracking API, polled for shipments on the way. */
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true })
  MOTCUA_COURIER_TRACKING_POLL_URL?: string;

  @Type(() => Number)
  @IsInt()
  @Min(500)
  @Max(3_600_000)
  MOTCUA_COURIER_TRACKING_POLL_MS = 300_000;

  /** The postal provider's order API: shipments get its tracking numbers. Without it courier numbers them. */
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true })
  MOTCUA_COURIER_PROVIDER_URL?: string;

  /** Bearer key of the provider's order API, when it asks for one. */
  @IsOptional()
  @IsString()
  @MinLength(8)
  MOTCUA_COURIER_PROVIDER_API_KEY?: string;

  /** The provider's service code the orders ask for (BCCI: public postal service for administrative procedures). */
  @Matches(/^[A-Za-z0-9_-]{1,40}$/)
  MOTCUA_COURIER_PROVIDER_SERVICE = 'BCCI';

  /** First wait before an order the provider refused or did not answer is tried again; doubles each time. */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(3_600_000)
  MOTCUA_COURIER_ORDER_BACKOFF_MS = 10_000;

  /** Calls in one round of an order (or its cancellation); a round of an order spent alerts the managers. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  MOTCUA_COURIER_ORDER_ATTEMPTS = 10;
}

/** The postal provider's order API, when configured. */
export interface ProviderConfig {
  readonly url: string;
  readonly apiKey: string | null;
  readonly service: string;
  readonly backoffMs: number;
  readonly attempts: number;
}

export interface CourierConfig {
  readonly centerUnitCode: string;
  readonly pickupTimes: readonly string[];
  readonly trackingPrefix: string;
  readonly webhookSecret: string | null;
  readonly pollUrl: string | null;
  readonly pollEveryMs: number;
  readonly provider: ProviderConfig | null;
}

export interface AppConfig extends PlatformConfig {
  readonly courier: CourierConfig;
}

/** The only reader of the environment: validates it and maps it to the typed configuration. */
export function loadConfig(raw: Record<string, unknown> = process.env): AppConfig {
  const env = validateEnv(Env, raw);
  return {
    ...toPlatformConfig('courier', env),
    courier: {
      centerUnitCode: env.MOTCUA_COURIER_CENTER_UNIT_CODE,
      pickupTimes: env.MOTCUA_COURIER_PICKUP_TIMES.split(','),
      trackingPrefix: env.MOTCUA_COURIER_TRACKING_PREFIX,
      webhookSecret: env.MOTCUA_COURIER_WEBHOOK_SECRET ?? null,
      pollUrl: env.MOTCUA_COURIER_TRACKING_POLL_URL ?? null,
      pollEveryMs: env.MOTCUA_COURIER_TRACKING_POLL_MS,
      provider: env.MOTCUA_COURIER_PROVIDER_URL
        ? {
            url: env.MOTCUA_COURIER_PROVIDER_URL.replace(/\/+$/, ''),
            apiKey: env.MOTCUA_COURIER_PROVIDER_API_KEY ?? null,
            service: env.MOTCUA_COURIER_PROVIDER_SERVICE,
            backoffMs: env.MOTCUA_COURIER_ORDER_BACKOFF_MS,
            attempts: env.MOTCUA_COURIER_ORDER_ATTEMPTS,
          }
        : null,
    },
  };
}
