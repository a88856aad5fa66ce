import { PlatformConfig, PlatformEnv, SERVICE_PORTS, toPlatformConfig, validateEnv } from '@motcua/config';
import { DueSoonThreshold } from '@motcua/contracts';
import { Transform, Type } from 'class-transformer';
import { ArrayUnique, IsEnum, IsInt, Max, Min } from 'class-validator';

export class Env extends PlatformEnv {
  override PORT = SERVICE_PORTS.routing;

  /** Due-soon alerts to fire, comma-separated: three_working_days, one_working_day, due_day. */
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string'
      ? value
          .split(',')
          .map((part) => part.trim())
          .filter(Boolean)
      : value,
  )
  @ArrayUnique()
  @IsEnum(DueSoonThreshold, { each: true })
  MOTCUA_DUE_SOON_THRESHOLDS: DueSoonThreshold[] = Object.values(DueSoonThreshold);

  /** How often the reconciler rebuilds the deadline wake-ups from Postgres (also at boot). */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(86_400_000)
  MOTCUA_DEADLINES_RECONCILE_MS = 300_000;
}

export interface DeadlinesConfig {
  readonly thresholds: readonly DueSoonThreshold[];
  readonly reconcileMs: number;
}

export interface AppConfig extends PlatformConfig {
  readonly deadlines: DeadlinesConfig;
}

/** The only reader of the environment: validates it and maps it to the typed configuration. */
export function loadConfig(raw: Record<string, unknown> = process.env): AppConfig {
  const env = validateEnv(Env, raw);
  return {
    ...toPlatformConfig('routing', env),
    deadlines: {
      thresholds: env.MOTCUA_DUE_SOON_THRESHOLDS,
      reconcileMs: env.MOTCUA_DEADLINES_RECONCILE_MS,
    },
  };
}
