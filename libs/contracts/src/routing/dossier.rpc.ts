import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsDefined,
  IsEnum,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  ValidateNested,
} from 'class-validator';
import { ActorV1 } from '../shared/actor';
import { IsUnitCode } from '../shared/validators';
import { ResolutionOutcome, Timeliness } from './dossier.events';
import { ProcessStatus } from './work.rpc';

export const GET_DOSSIER_ROUTING_V1 = 'routing.dossier.get.v1';

/** Query: where a dossier is in its process. */
export class GetDossierRoutingV1 {
  @IsUUID()
  readonly dossierId: string;

  /** When present, routing refuses (403) an actor whose unit never held the dossier. */
  @IsOptional()
  @IsDefined()
  @ValidateNested()
  @Type(() => ActorV1)
  readonly actor?: ActorV1;
}

/** Whether a step is being worked on, finished, or was sent back. */
export enum AssignmentStatus {
  Active = 'active',
  Done = 'done',
  Returned = 'returned',
  Cancelled = 'cancelled',
}

export class AssignmentV1 {
  @IsUUID()
  readonly id: string;

  @IsUnitCode()
  readonly unitCode: string;

  @IsOptional()
  @IsUUID()
  readonly officerId: string | null;

  @IsString()
  readonly stepName: string;

  @IsISO8601()
  readonly assignedAt: string;

  @IsOptional()
  @IsString()
  readonly stepKey?: string;

  @IsOptional()
  @IsEnum(AssignmentStatus)
  readonly status?: AssignmentStatus;

  /** When the step should be done (its duration on the working calendar). */
  @IsOptional()
  @IsISO8601()
  readonly dueAt?: string;

  @IsOptional()
  @IsISO8601()
  readonly completedAt?: string;
}

/** What happened to the dossier in routing: a line of the process control slip (form 05) and more. */
export enum RoutingEventKind {
  Received = 'received',
  Forwarded = 'forwarded',
  Returned = 'returned',
  Claimed = 'claimed',
  Assigned = 'assigned',
  SupplementRequested = 'supplement_requested',
  Supplemented = 'supplemented',
  ResultAttached = 'result_attached',
  Extended = 'extended',
  Resolved = 'resolved',
  Stopped = 'stopped',
  Withdrawn = 'withdrawn',
  /** The post delivered the paper dossier to the unit (a row of the control slip). */
  PaperHandedOver = 'paper_handed_over',
}

export class RoutingHistoryEntryV1 {
  @IsEnum(RoutingEventKind)
  readonly kind: RoutingEventKind;

  @IsISO8601()
  readonly at: string;

  @IsOptional()
  @IsUnitCode()
  readonly fromUnitCode?: string;

  @IsOptional()
  @IsUnitCode()
  readonly toUnitCode?: string;

  @IsOptional()
  @IsString()
  readonly stepName?: string;

  @IsOptional()
  @IsString()
  readonly actorId?: string;

  @IsOptional()
  @IsString()
  readonly actorName?: string;

  /** For a hand-over: whether the step being left finished within its own time limit. */
  @IsOptional()
  @IsBoolean()
  readonly onTime?: boolean;

  @IsOptional()
  @IsString()
  readonly note?: string;
}

/** Routing's view of a dossier; `assignments` and `history` are oldest first. */
export class DossierRoutingV1 {
  @IsUUID()
  readonly dossierId: string;

  @ValidateNested({ each: true })
  @Type(() => AssignmentV1)
  readonly assignments: AssignmentV1[];

  @IsOptional()
  @IsString()
  readonly code?: string;

  @IsOptional()
  @IsEnum(ProcessStatus)
  readonly status?: ProcessStatus;

  /** Send it back with an action (optimistic concurrency). */
  @IsOptional()
  @IsInt()
  readonly version?: number;

  /** The process version the dossier runs on; absent on the default one-step process. */
  @IsOptional()
  @IsInt()
  readonly processVersion?: number;

  @IsOptional()
  @IsBoolean()
  readonly isDefaultProcess?: boolean;

  @IsOptional()
  @IsISO8601()
  readonly receivedAt?: string;

  /** The current appointment (after a supplement restart or an extension). */
  @IsOptional()
  @IsISO8601()
  readonly dueAt?: string;

  @IsOptional()
  @IsISO8601()
  readonly supplementRequestedAt?: string;

  @IsOptional()
  @IsISO8601()
  readonly supplementClosesAt?: string;

  @IsOptional()
  @IsISO8601()
  readonly extendedAt?: string;

  @IsOptional()
  @IsString()
  readonly resultReference?: string;

  @IsOptional()
  @IsEnum(ResolutionOutcome)
  readonly outcome?: ResolutionOutcome;

  @IsOptional()
  @IsEnum(Timeliness)
  readonly timeliness?: Timeliness;

  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => RoutingHistoryEntryV1)
  readonly history?: RoutingHistoryEntryV1[];
}
