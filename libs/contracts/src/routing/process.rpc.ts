import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ActorV1 } from '../shared/actor';
import { Role } from '../shared/role';
import { IsProcedureCode, IsUnitCode } from '../shared/validators';
import { Label } from '../validation';
import { TimeUnit } from '../intake/procedure';

export const VALIDATE_PROCESS_V1 = 'routing.process.validate.v1';
export const PUBLISH_PROCESS_V1 = 'routing.process.publish.v1';
export const GET_PROCESS_V1 = 'routing.process.get.v1';
export const LIST_DEFAULT_PROCESSES_V1 = 'routing.process.defaults.list.v1';

/** Units a step duration may be counted in (working time only: steps run inside the Center's calendar). */
export const STEP_TIME_UNITS = [TimeUnit.WorkingHours, TimeUnit.WorkingDays] as const;
export type StepTimeUnit = (typeof STEP_TIME_UNITS)[number];

/** Roles that may be asked to act on a step. */
export const STEP_ROLES = [Role.Officer, Role.UnitLead] as const;
export type StepRole = (typeof STEP_ROLES)[number];

export const STEP_KEY_PATTERN = /^[a-z][a-z0-9-]{0,39}$/;

export class StepDurationV1 {
  @Label('Thời gian của bước')
  @IsNumber({ maxDecimalPlaces: 1 })
  @Min(0.5)
  @Max(365)
  readonly amount: number;

  @Label('Đơn vị thời gian của bước')
  @IsIn(STEP_TIME_UNITS)
  readonly unit: StepTimeUnit;
}

/**
 * One step of an internal process (bước của quy trình nội bộ): who acts (a unit and a role), for how long,
 * and where the dossier goes next. Several `next` keys fork parallel branches; a step named in the `next` of
 * several steps waits for all of them (join). A step with no `next` ends the process: its unit decides.
 */
export class ProcessStepV1 {
  /** Stable key within the process (`tham-dinh`), lowercase letters, digits and dashes. */
  @Label('Mã bước')
  @Matches(STEP_KEY_PATTERN)
  readonly key: string;

  @Label('Tên bước')
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  readonly name: string;

  @Label('Đơn vị thực hiện')
  @IsUnitCode()
  readonly unitCode: string;

  @Label('Vai trò thực hiện')
  @IsIn(STEP_ROLES)
  readonly role: StepRole;

  @Label('Thời gian của bước')
  @IsDefined()
  @ValidateNested()
  @Type(() => StepDurationV1)
  readonly duration: StepDurationV1;

  @Label('Bước tiếp theo')
  @IsArray()
  @ArrayMaxSize(10)
  @Matches(STEP_KEY_PATTERN, { each: true })
  readonly next: string[];
}

/** An internal process of a procedure; the first step is where a received dossier starts. */
export class ProcessDefinitionV1 {
  @Label('Mã thủ tục')
  @IsProcedureCode()
  readonly procedureCode: string;

  @Label('Các bước')
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ProcessStepV1)
  readonly steps: ProcessStepV1[];
}

/** Query (admin): the problems a definition would be refused for; an empty list means it can be published. */
export class ValidateProcessV1 {
  @IsDefined()
  @ValidateNested()
  @Type(() => ProcessDefinitionV1)
  readonly definition: ProcessDefinitionV1;
}

export class ProcessProblemV1 {
  /** Dotted path of the offending part (`steps.2.next`). */
  @IsString()
  readonly field: string;

  /** Stable name of the broken rule (`cycle`, `unreachable`, `exceedsTimeLimit`...). */
  @IsString()
  readonly constraint: string;

  @IsString()
  readonly message: string;
}

export class ProcessValidationV1 {
  @IsBoolean()
  readonly isValid: boolean;

  @ValidateNested({ each: true })
  @Type(() => ProcessProblemV1)
  readonly problems: ProcessProblemV1[];

  /** Working hours of the longest path through the process. */
  @IsNumber()
  readonly longestPathHours: number;

  /** The procedure's statutory time limit in working hours; absent while routing has no copy of it. */
  @IsOptional()
  @IsNumber()
  readonly timeLimitHours?: number;
}

/**
 * Command (admin): publish a new version of a procedure's process. Refused with every problem named when it
 * does not validate. Dossiers already running keep the version they started with.
 */
export class PublishProcessV1 {
  @IsDefined()
  @ValidateNested()
  @Type(() => ProcessDefinitionV1)
  readonly definition: ProcessDefinitionV1;

  @IsDefined()
  @ValidateNested()
  @Type(() => ActorV1)
  readonly actor: ActorV1;
}

export class GetProcessV1 {
  @Label('Mã thủ tục')
  @IsProcedureCode()
  readonly procedureCode: string;
}

export class ProcessVersionV1 {
  @IsString()
  readonly id: string;

  @IsInt()
  readonly version: number;

  @IsISO8601()
  readonly publishedAt: string;

  @IsString()
  readonly publishedBy: string;

  @ValidateNested()
  @Type(() => ProcessDefinitionV1)
  readonly definition: ProcessDefinitionV1;
}

/** A procedure's process: its versions, oldest first, the last in force for new dossiers. */
export class ProcessV1 {
  @IsProcedureCode()
  readonly procedureCode: string;

  /** True when no version was ever published: dossiers get the default one-step process. */
  @IsBoolean()
  readonly isDefault: boolean;

  @ValidateNested({ each: true })
  @Type(() => ProcessVersionV1)
  readonly versions: ProcessVersionV1[];
}

export class ListDefaultProcessesV1 {}

export class DefaultProcessItemV1 {
  @IsProcedureCode()
  readonly procedureCode: string;

  @IsString()
  readonly procedureName: string;

  @IsUnitCode()
  readonly handlingUnitCode: string;

  @IsBoolean()
  readonly interAgency: boolean;
}

/** Procedures with no published process: the admin's to-do list. */
export class DefaultProcessListV1 {
  @ValidateNested({ each: true })
  @Type(() => DefaultProcessItemV1)
  readonly items: DefaultProcessItemV1[];
}
