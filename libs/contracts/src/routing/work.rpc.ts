import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsEnum,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { ActorV1 } from '../shared/actor';
import { IsUnitCode } from '../shared/validators';
import { Label } from '../validation';
import { ResolutionOutcome } from './dossier.events';
import { STEP_KEY_PATTERN } from './process.rpc';

export const LIST_WORK_V1 = 'routing.work.list.v1';
export const ACT_ON_DOSSIER_V1 = 'routing.dossier.act.v1';
export const RENDER_CONTROL_SLIP_V1 = 'routing.dossier.control-slip.render.v1';

/** Where a dossier is in routing. */
export enum ProcessStatus {
  Processing = 'processing',
  SupplementRequested = 'supplement_requested',
  Resolved = 'resolved',
  Stopped = 'stopped',
  Withdrawn = 'withdrawn',
}

/** How staff read each routing status. */
export const PROCESS_STATUS_LABELS: Record<ProcessStatus, string> = {
  [ProcessStatus.Processing]: 'Đang giải quyết',
  [ProcessStatus.SupplementRequested]: 'Chờ bổ sung hồ sơ',
  [ProcessStatus.Resolved]: 'Đã giải quyết xong',
  [ProcessStatus.Stopped]: 'Dừng xử lý',
  [ProcessStatus.Withdrawn]: 'Công dân rút hồ sơ',
};

/** Work-queue filters (staff UI and department systems). */
export enum WorkFilter {
  /** Waiting for an officer to claim it. */
  New = 'new',
  /** Claimed by an officer, being handled. */
  Processing = 'processing',
  /** Due within three working days. */
  DueSoon = 'due_soon',
  Overdue = 'overdue',
  /** Waiting for the applicant's supplement. */
  AwaitingSupplement = 'awaiting_supplement',
  All = 'all',
}

/** Query: a unit's (or one officer's) work queue, newest assignment first. */
export class ListWorkV1 {
  @Label('Đơn vị')
  @IsUnitCode()
  readonly unitCode: string;

  @Label('Cán bộ')
  @IsOptional()
  @IsUUID()
  readonly officerId?: string;

  @Label('Bộ lọc')
  @IsEnum(WorkFilter)
  readonly filter: WorkFilter;

  @Label('Trang')
  @IsInt()
  @Min(1)
  readonly page: number;

  @Label('Số dòng mỗi trang')
  @IsInt()
  @Min(1)
  @Max(200)
  readonly pageSize: number;
}

/** One line of a work queue: a step of a dossier given to the unit. */
export class WorkItemV1 {
  @IsUUID()
  readonly dossierId: string;

  @IsString()
  readonly code: string;

  @IsString()
  readonly procedureCode: string;

  @IsString()
  readonly procedureName: string;

  @IsUUID()
  readonly assignmentId: string;

  @IsString()
  readonly stepName: string;

  @IsUnitCode()
  readonly unitCode: string;

  @IsOptional()
  @IsUUID()
  readonly officerId?: string;

  @IsEnum(ProcessStatus)
  readonly status: ProcessStatus;

  @IsISO8601()
  readonly assignedAt: string;

  /** When this step should be done. */
  @IsOptional()
  @IsISO8601()
  readonly stepDueAt?: string;

  /** The appointment of the whole dossier. */
  @IsOptional()
  @IsISO8601()
  readonly dueAt?: string;

  /** Send it back with an action so a concurrent change is detected. */
  @IsInt()
  readonly version: number;
}

export class WorkPageV1 {
  @ValidateNested({ each: true })
  @Type(() => WorkItemV1)
  readonly items: WorkItemV1[];

  @IsInt()
  readonly total: number;

  @IsInt()
  readonly page: number;

  @IsInt()
  readonly pageSize: number;
}

/** What an officer, a unit lead or a department system does with a dossier. */
export enum DossierAction {
  /** An officer takes an unclaimed step. */
  Claim = 'claim',
  /** A unit lead gives the step to an officer (assign or reassign). */
  Assign = 'assign',
  /** To the next step(s), or the same step at another unit. */
  Forward = 'forward',
  /** Back to the previous step. */
  Return = 'return',
  /** Ask the applicant for more documents, once. */
  RequestSupplement = 'request_supplement',
  /** Record the result reference without resolving. */
  AttachResult = 'attach_result',
  /** Approved or refused: status 9. */
  Resolve = 'resolve',
  /** Stop processing: status 8. */
  Stop = 'stop',
  /** Apologise and set a new date (form 04), once, by a unit lead. */
  Extend = 'extend',
}

const needs =
  (...actions: DossierAction[]) =>
  (command: { action?: DossierAction }) =>
    command.action !== undefined && actions.includes(command.action);

/**
 * Command: one action on a dossier, idempotent by `idempotencyKey`. `expectedVersion` is the version the
 * actor saw: when someone acted meanwhile the command is refused (409) and changes nothing.
 */
export class DossierActionV1 {
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  readonly idempotencyKey?: string;

  @IsUUID()
  readonly dossierId: string;

  @Label('Thao tác')
  @IsEnum(DossierAction)
  readonly action: DossierAction;

  @Label('Phiên bản hồ sơ')
  @IsInt()
  @Min(1)
  readonly expectedVersion: number;

  /** The step acted on; needed only when the unit holds several steps of the dossier at once. */
  @Label('Bước đang xử lý')
  @IsOptional()
  @IsUUID()
  readonly assignmentId?: string;

  /** Forward to this next step only (one branch); all next steps by default. */
  @Label('Bước chuyển đến')
  @IsOptional()
  @Matches(STEP_KEY_PATTERN)
  readonly toStepKey?: string;

  /** Forward the current step to another unit instead of the next step. */
  @Label('Đơn vị chuyển đến')
  @IsOptional()
  @IsUnitCode()
  readonly toUnitCode?: string;

  @Label('Cán bộ được giao')
  @ValidateIf(needs(DossierAction.Assign))
  @IsUUID()
  readonly officerId?: string;

  @Label('Lý do')
  @ValidateIf(
    needs(DossierAction.Return, DossierAction.RequestSupplement, DossierAction.Stop, DossierAction.Extend),
  )
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  readonly reason?: string;

  @Label('Giấy tờ cần bổ sung')
  @ValidateIf(needs(DossierAction.RequestSupplement))
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  readonly documents?: string[];

  @Label('Kết quả giải quyết')
  @ValidateIf(needs(DossierAction.Resolve))
  @IsEnum(ResolutionOutcome)
  readonly outcome?: ResolutionOutcome;

  @Label('Số, ký hiệu văn bản kết quả')
  @ValidateIf(
    (command: DossierActionV1) =>
      command.action === DossierAction.AttachResult || command.resultReference !== undefined,
  )
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  readonly resultReference?: string;

  /** A paper result must travel from the unit to the Center; true by default. */
  @Label('Kết quả giấy')
  @IsOptional()
  @IsBoolean()
  readonly paperResult?: boolean;

  @Label('Ngày hẹn trả mới')
  @ValidateIf(needs(DossierAction.Extend))
  @IsISO8601({ strict: true })
  readonly newDueAt?: string;

  @Label('Ghi chú')
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  readonly note?: string;

  @IsDefined()
  @ValidateNested()
  @Type(() => ActorV1)
  readonly actor: ActorV1;
}

/** Query: the process control slip (form 05) of a dossier as a PDF, for an actor allowed to see it. */
export class RenderControlSlipV1 {
  @IsUUID()
  readonly dossierId: string;

  @IsDefined()
  @ValidateNested()
  @Type(() => ActorV1)
  readonly actor: ActorV1;
}

export const SET_ASSIGNMENT_RULE_V1 = 'routing.assignment-rule.set.v1';
export const GET_ASSIGNMENT_RULE_V1 = 'routing.assignment-rule.get.v1';

/** How a unit's new steps find an officer: nobody (the unit claims them) or round-robin among its officers. */
export enum AssignmentRuleKind {
  None = 'none',
  RoundRobin = 'round_robin',
}

/** Command (admin, or the unit's lead): how steps given to a unit are given to its officers. */
export class SetAssignmentRuleV1 {
  @Label('Đơn vị')
  @IsUnitCode()
  readonly unitCode: string;

  @Label('Cách giao việc')
  @IsEnum(AssignmentRuleKind)
  readonly rule: AssignmentRuleKind;

  /** Officers taking turns (user ids), for `round_robin`. */
  @Label('Cán bộ nhận việc')
  @ValidateIf((command: SetAssignmentRuleV1) => command.rule === AssignmentRuleKind.RoundRobin)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  readonly officerIds?: string[];

  @IsDefined()
  @ValidateNested()
  @Type(() => ActorV1)
  readonly actor: ActorV1;
}

/** Query (admin, or the unit's lead): a unit's rule; `none` while nobody set one. */
export class GetAssignmentRuleV1 {
  @Label('Đơn vị')
  @IsUnitCode()
  readonly unitCode: string;

  @IsDefined()
  @ValidateNested()
  @Type(() => ActorV1)
  readonly actor: ActorV1;
}

export class AssignmentRuleV1 {
  @IsUnitCode()
  readonly unitCode: string;

  @IsEnum(AssignmentRuleKind)
  readonly rule: AssignmentRuleKind;

  @IsArray()
  @IsUUID('all', { each: true })
  readonly officerIds: string[];
}
