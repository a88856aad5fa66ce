import { PlatformConfig, PlatformEnv, SERVICE_PORTS, toPlatformConfig, validateEnv } from '@motcua/config';
import { DueSoonThreshold, UNIT_CODE_PATTERN } from '@motcua/contracts';
import { Transform, Type } from 'class-transformer';
import {
  ArrayUnique,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

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

  /** The Center's unit code: dossiers leave it for the first step and their results come back to it. */
  @Matches(UNIT_CODE_PATTERN)
  MOTCUA_CENTER_UNIT_CODE = '000.00.01.H41';

  /** The body the Center belongs to and the place name, for the header of the control slip (form 05). */
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  MOTCUA_CENTER_PARENT = 'UBND tỉnh Nghệ An';

  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  MOTCUA_CENTER_PLACE = 'Nghệ An';

  /** How often dossiers left without their supplement past the 15 days are looked for and closed. */
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(3_600_000)
  MOTCUA_SUPPLEMENT_SWEEP_MS = 60_000;
}

export interface DeadlinesConfig {
  readonly thresholds: readonly DueSoonThreshold[];
  readonly reconcileMs: number;
}

export interface AppConfig extends PlatformConfig {
  readonly deadlines: DeadlinesConfig;
  readonly center: { readonly unitCode: string; readonly parent: string; readonly place: string };
  readonly supplementSweepMs: number;
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
    center: {
      unitCode: env.MOTCUA_CENTER_UNIT_CODE,
      parent: env.MOTCUA_CENTER_PARENT,
      place: env.MOTCUA_CENTER_PLACE,
    },
    supplementSweepMs: env.MOTCUA_SUPPLEMENT_SWEEP_MS,
  };
}
