import { PlatformConfig, PlatformEnv, SERVICE_PORTS, toPlatformConfig, validateEnv } from '@motcua/config';
import { Type } from 'class-transformer';
import { IsInt, IsNotEmpty, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { UNIT_CODE_PATTERN } from '@motcua/contracts';

export class Env extends PlatformEnv {
  override PORT = SERVICE_PORTS.routing;

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

export interface AppConfig extends PlatformConfig {
  readonly center: { readonly unitCode: string; readonly parent: string; readonly place: string };
  readonly supplementSweepMs: number;
}

/** The only reader of the environment: validates it and maps it to the typed configuration. */
export function loadConfig(raw: Record<string, unknown> = process.env): AppConfig {
  const env = validateEnv(Env, raw);
  return {
    ...toPlatformConfig('routing', env),
    center: {
      unitCode: env.MOTCUA_CENTER_UNIT_CODE,
      parent: env.MOTCUA_CENTER_PARENT,
      place: env.MOTCUA_CENTER_PLACE,
    },
    supplementSweepMs: env.MOTCUA_SUPPLEMENT_SWEEP_MS,
  };
}
