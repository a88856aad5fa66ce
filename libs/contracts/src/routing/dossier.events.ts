import {
  IsArray,
  IsBoolean,
  IsEnum,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
} from 'class-validator';
import { DOSSIER_CODE_PATTERN, IsUnitCode } from '../shared/validators';

export const DOSSIER_ASSIGNED_V1 = 'routing.dossier.assigned.v1';

/** A dossier's current step was assigned to a unit (and possibly an officer). */
export class DossierAssignedV1 {
  @IsUUID(7)
  readonly dossierId: string;

  @Matches(DOSSIER_CODE_PATTERN)
  readonly code: string;

  @IsUUID(7)
  readonly assignmentId: string;

  /** Unit that must act now. */
  @IsUnitCode()
  readonly unitCode: string;

  /** Officer named by the unit's rule, when there is one. */
  @IsOptional()
  @IsUUID()
  readonly officerId?: string;

  /** Name of the process step, in Vietnamese. */
  @IsString()
  readonly stepName: string;

  @IsISO8601({ strict: true })
  readonly assignedAt: string;
}

export const DOSSIER_HANDED_OVER_V1 = 'routing.dossier.handed-over.v1';

/** The dossier moved from one unit (or step) to the next: a line of the process control slip (form 05). */
export class DossierHandedOverV1 {
  @IsUUID(7)
  readonly dossierId: string;

  @Matches(DOSSIER_CODE_PATTERN)
  readonly code: string;

  @IsUnitCode()
  readonly fromUnitCode: string;

  @IsUnitCode()
  readonly toUnitCode: string;

  /** The step the dossier enters, in Vietnamese. */
  @IsString()
  readonly stepName: string;

  @IsISO8601({ strict: true })
  readonly handedOverAt: string;

  /** Whether the step being left finished within its own time limit. */
  @IsBoolean()
  readonly onTime: boolean;

  @IsOptional()
  @IsUUID()
  readonly actorId?: string;
}

export const DOSSIER_SUPPLEMENT_REQUESTED_V1 = 'routing.dossier.supplement-requested.v1';

/** The handling unit asked the applicant for more documents, everything at once (form 02); status 5. */
export class DossierSupplementRequestedV1 {
  @IsUUID(7)
  readonly dossierId: string;

  @Matches(DOSSIER_CODE_PATTERN)
  readonly code: string;

  @IsUnitCode()
  readonly unitCode: string;

  /** Written guidance for the applicant, in Vietnamese. */
  @IsString()
  readonly reason: string;

  /** The documents to bring or correct. */
  @IsArray()
  @IsString({ each: true })
  readonly documents: string[];

  @IsISO8601({ strict: true })
  readonly requestedAt: string;

  /** When the dossier is closed if the supplement has not arrived (15 days). */
  @IsISO8601({ strict: true })
  readonly closesAt: string;

  @IsOptional()
  @IsUUID()
  readonly actorId?: string;
}

export const DOSSIER_EXTENDED_V1 = 'routing.dossier.extended.v1';

/** The unit apologised and set a new return date (form 04), once per dossier. */
export class DossierExtendedV1 {
  @IsUUID(7)
  readonly dossierId: string;

  @Matches(DOSSIER_CODE_PATTERN)
  readonly code: string;

  @IsUnitCode()
  readonly unitCode: string;

  @IsString()
  readonly reason: string;

  @IsISO8601({ strict: true })
  readonly previousDueAt: string;

  @IsISO8601({ strict: true })
  readonly newDueAt: string;

  @IsISO8601({ strict: true })
  readonly extendedAt: string;

  @IsOptional()
  @IsUUID()
  readonly actorId?: string;
}

/** How close to its deadline a dossier is when a due-soon alert fires. */
export enum DueSoonThreshold {
  ThreeWorkingDays = 'three_working_days',
  OneWorkingDay = 'one_working_day',
  DueDay = 'due_day',
}

export const DOSSIER_DUE_SOON_V1 = 'routing.dossier.due-soon.v1';

/** An unresolved dossier crossed a due-soon threshold; fired once per dossier and threshold. */
export class DossierDueSoonV1 {
  @IsUUID(7)
  readonly dossierId: string;

  @Matches(DOSSIER_CODE_PATTERN)
  readonly code: string;

  @IsUnitCode()
  readonly unitCode: string;

  @IsOptional()
  @IsUUID()
  readonly officerId?: string;

  @IsEnum(DueSoonThreshold)
  readonly threshold: DueSoonThreshold;

  @IsISO8601({ strict: true })
  readonly dueAt: string;

  @IsISO8601({ strict: true })
  readonly firedAt: string;
}

export const DOSSIER_OVERDUE_V1 = 'routing.dossier.overdue.v1';

/** An unresolved dossier passed its deadline; fired once per deadline. */
export class DossierOverdueV1 {
  @IsUUID(7)
  readonly dossierId: string;

  @Matches(DOSSIER_CODE_PATTERN)
  readonly code: string;

  @IsUnitCode()
  readonly unitCode: string;

  @IsOptional()
  @IsUUID()
  readonly officerId?: string;

  @IsISO8601({ strict: true })
  readonly dueAt: string;

  @IsISO8601({ strict: true })
  readonly firedAt: string;
}

export enum ResolutionOutcome {
  Approved = 'approved',
  Refused = 'refused',
}

/** Classification of a resolution against the deadline (REFERENCE.md §2.4). */
export enum Timeliness {
  Early = 'early',
  OnTime = 'on_time',
  Late = 'late',
}

export const DOSSIER_RESOLVED_V1 = 'routing.dossier.resolved.v1';

/** The deciding unit resolved the dossier (status 9): the result is ready to travel back and be returned. */
export class DossierResolvedV1 {
  @IsUUID(7)
  readonly dossierId: string;

  @Matches(DOSSIER_CODE_PATTERN)
  readonly code: string;

  /** The unit that decided. */
  @IsUnitCode()
  readonly unitCode: string;

  @IsEnum(ResolutionOutcome)
  readonly outcome: ResolutionOutcome;

  /** Number or reference of the result document (decision, certificate, refusal letter). */
  @IsOptional()
  @IsString()
  readonly resultReference?: string;

  /** When the work was actually done (may be earlier than the confirmation, see the false-late safeguards). */
  @IsISO8601({ strict: true })
  readonly resolvedAt: string;

  /** When someone confirmed it in the system. */
  @IsISO8601({ strict: true })
  readonly confirmedAt: string;

  @IsEnum(Timeliness)
  readonly timeliness: Timeliness;

  /** True when a paper result must travel from the unit to the Center (courier acts). */
  @IsBoolean()
  readonly paperResult: boolean;

  @IsOptional()
  @IsUUID()
  readonly actorId?: string;
}

export enum StopCause {
  /** The unit stopped processing (status 8) with a reason. */
  Decision = 'decision',
  /** The applicant did not bring the requested supplement within 15 days. */
  SupplementExpired = 'supplement_expired',
}

export const DOSSIER_STOPPED_V1 = 'routing.dossier.stopped.v1';

/** Processing stopped (status 8); nothing more happens to the dossier except returning papers. */
export class DossierStoppedV1 {
  @IsUUID(7)
  readonly dossierId: string;

  @Matches(DOSSIER_CODE_PATTERN)
  readonly code: string;

  @IsUnitCode()
  readonly unitCode: string;

  @IsEnum(StopCause)
  readonly cause: StopCause;

  @IsString()
  readonly reason: string;

  @IsISO8601({ strict: true })
  readonly stoppedAt: string;

  @IsOptional()
  @IsUUID()
  readonly actorId?: string;
}
