import { PlatformConfig, PlatformEnv, SERVICE_PORTS, toPlatformConfig, validateEnv } from '@motcua/config';
import { Type } from 'class-transformer';
import { IsInt, IsString, IsUrl, Matches, Max, Min, ValidateIf } from 'class-validator';

const PROVIDER_LIST = /^[a-z0-9-]+=https?:\/\/[^,\s]+(,[a-z0-9-]+=https?:\/\/[^,\s]+)*$/;
const SECRET_LIST = /^[a-z0-9-]+=[^,\s]{16,}(,[a-z0-9-]+=[^,\s]{16,})*$/;
const EMAIL_LIST = /^[^@,\s]+@[^@,\s]+(,[^@,\s]+@[^@,\s]+)*$/;
const QUIET_HOURS = /^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$/;

export class Env extends PlatformEnv {
  override PORT = SERVICE_PORTS.notifications;

  /** Public address of the gateway; lookup links in messages point here. */
  @IsUrl({ require_tld: false, require_protocol: true })
  MOTCUA_PUBLIC_BASE_URL = 'http://localhost:3000';

  /** SMS providers in failover order, `name=url,name=url`; empty: the development sink stores SMS instead. */
  @ValidateIf((env: Env) => env.MOTCUA_SMS_PROVIDERS !== '')
  @Matches(PROVIDER_LIST)
  MOTCUA_SMS_PROVIDERS = '';

  /** A provider slower than this is treated as down for this message, and the next one is tried. */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(60_000)
  MOTCUA_SMS_TIMEOUT_MS = 3000;

  /** After a provider failed or was slow, the others go first for this long. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(3_600_000)
  MOTCUA_SMS_PROVIDER_COOLDOWN_MS = 30_000;

  /** SMS per second each provider accepts from us (its contract's limit). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000)
  MOTCUA_SMS_RATE_PER_SECOND = 20;

  /**
   * Each provider's own secret for signing its delivery reports, `name=secret,name=secret` (at least 16
   * characters each); a provider without one has its reports refused. Secret.
   */
  @ValidateIf((env: Env) => env.MOTCUA_SMS_REPORT_SECRETS !== '')
  @Matches(SECRET_LIST)
  MOTCUA_SMS_REPORT_SECRETS = '';

  /** `smtp://user:pass@host:port`; empty: the development sink stores e-mail instead. */
  @ValidateIf((env: Env) => env.MOTCUA_SMTP_URL !== '')
  @IsUrl({ protocols: ['smtp', 'smtps'], require_tld: false, require_protocol: true })
  MOTCUA_SMTP_URL = '';

  @IsString()
  MOTCUA_MAIL_FROM = 'Trung tâm Phục vụ hành chính công <thongbao@motcua.local>';

  /** Non-urgent SMS created in this window (Vietnam time) wait for its end; empty: no quiet hours. */
  @ValidateIf((env: Env) => env.MOTCUA_QUIET_HOURS !== '')
  @Matches(QUIET_HOURS)
  MOTCUA_QUIET_HOURS = '21:00-07:00';

  /** When officers and unit leads who chose it get their digest (Vietnam time, `HH:mm`). */
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/)
  MOTCUA_DIGEST_AT = '07:00';

  /** Attempts per message before it fails permanently. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(20)
  MOTCUA_DELIVERY_ATTEMPTS = 5;

  /** First retry delay of a failed delivery; doubles per attempt. */
  @Type(() => Number)
  @IsInt()
  @Min(10)
  @Max(600_000)
  MOTCUA_DELIVERY_BACKOFF_MS = 2000;

  /** How often stored messages that are due are handed to the delivery queue. */
  @Type(() => Number)
  @IsInt()
  @Min(50)
  @Max(60_000)
  MOTCUA_DELIVERY_POLL_MS = 500;

  /** A service's first dead letter alerts at once; the next ones within this window make one digest. */
  @Type(() => Number)
  @IsInt()
  @Min(1000)
  @Max(86_400_000)
  MOTCUA_DEAD_LETTER_ALERT_WINDOW_MS = 300_000;

  /** Administrators' addresses that also get dead-letter alerts by e-mail, comma-separated; empty: inbox only. */
  @ValidateIf((env: Env) => env.MOTCUA_DEAD_LETTER_ALERT_EMAILS !== '')
  @Matches(EMAIL_LIST)
  MOTCUA_DEAD_LETTER_ALERT_EMAILS = '';
}

export interface SmsProviderConfig {
  readonly name: string;
  readonly url: string;
}

export interface DeliveryConfig {
  readonly smsProviders: readonly SmsProviderConfig[];
  readonly smsTimeoutMs: number;
  readonly smsProviderCooldownMs: number;
  readonly smsRatePerSecond: number;
  /** The secret each provider signs its delivery reports with. */
  readonly smsReportSecrets: readonly { readonly provider: string; readonly secret: string }[];
  readonly smtpUrl: string | null;
  readonly mailFrom: string;
  /** `[start, end]` as `HH:mm`, or null. */
  readonly quietHours: readonly [string, string] | null;
  readonly attempts: number;
  readonly backoffMs: number;
  readonly pollMs: number;
}

export interface DeadLetterAlertsConfig {
  readonly windowMs: number;
  readonly emails: readonly string[];
}

export interface AppConfig extends PlatformConfig {
  readonly publicBaseUrl: string;
  readonly delivery: DeliveryConfig;
  readonly digestAt: string;
  readonly deadLetterAlerts: DeadLetterAlertsConfig;
}

/** The only reader of the environment: validates it and maps it to the typed configuration. */
export function loadConfig(raw: Record<string, unknown> = process.env): AppConfig {
  const env = validateEnv(Env, raw);
  return {
    ...toPlatformConfig('notifications', env),
    publicBaseUrl: env.MOTCUA_PUBLIC_BASE_URL.replace(/\/$/, ''),
    digestAt: env.MOTCUA_DIGEST_AT,
    deadLetterAlerts: {
      windowMs: env.MOTCUA_DEAD_LETTER_ALERT_WINDOW_MS,
      emails: env.MOTCUA_DEAD_LETTER_ALERT_EMAILS ? env.MOTCUA_DEAD_LETTER_ALERT_EMAILS.split(',') : [],
    },
    delivery: {
      smsProviders: env.MOTCUA_SMS_PROVIDERS
        ? env.MOTCUA_SMS_PROVIDERS.split(',').map((entry) => {
            const [name, url] = entry.split(/=(.*)/s);
            return { name, url: url.replace(/\/$/, '') };
          })
        : [],
      smsTimeoutMs: env.MOTCUA_SMS_TIMEOUT_MS,
      smsProviderCooldownMs: env.MOTCUA_SMS_PROVIDER_COOLDOWN_MS,
      smsRatePerSecond: env.MOTCUA_SMS_RATE_PER_SECOND,
      smsReportSecrets: env.MOTCUA_SMS_REPORT_SECRETS
        ? env.MOTCUA_SMS_REPORT_SECRETS.split(',').map((entry) => {
            const [provider, secret] = entry.split(/=(.*)/s);
            return { provider, secret };
          })
        : [],
      smtpUrl: env.MOTCUA_SMTP_URL || null,
      mailFrom: env.MOTCUA_MAIL_FROM,
      quietHours: env.MOTCUA_QUIET_HOURS ? (env.MOTCUA_QUIET_HOURS.split('-') as [string, string]) : null,
      attempts: env.MOTCUA_DELIVERY_ATTEMPTS,
      backoffMs: env.MOTCUA_DELIVERY_BACKOFF_MS,
      pollMs: env.MOTCUA_DELIVERY_POLL_MS,
    },
  };
}
