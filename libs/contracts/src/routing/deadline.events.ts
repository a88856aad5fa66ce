import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsEnum,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  ValidateNested,
} from 'class-validator';
import { DOSSIER_CODE_PATTERN, IsUnitCode } from '../shared/validators';

export class DigestItemV1 {
  @IsUUID(7)
  readonly dossierId: string;

  @Matches(DOSSIER_CODE_PATTERN)
  readonly code: string;

  @IsISO8601({ strict: true })
  readonly dueAt: string;

  /** Already past its due time. */
  @IsBoolean()
  readonly isOverdue: boolean;

  /** Waiting for the applicant's supplement (the clock is paused). */
  @IsBoolean()
  readonly isAwaitingSupplement: boolean;
}

export const DUE_DIGEST_COMPILED_V1 = 'routing.digest.compiled.v1';

/**
 * The morning digest of one recipient: the unresolved dossiers due within 3 working days (overdue included),
 * so nothing resolved on time is left unconfirmed. For the unit lead (`officerId` absent: the whole unit) or one
 * officer (the dossiers assigned to them). Compiled once per recipient and working day.
 */
export class DueDigestCompiledV1 {
  @IsUnitCode()
  readonly unitCode: string;

  @IsOptional()
  @IsUUID()
  readonly officerId?: string;

  /** The Vietnamese working day, `YYYY-MM-DD`. */
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  readonly day: string;

  @ValidateNested({ each: true })
  @Type(() => DigestItemV1)
  readonly items: DigestItemV1[];

  @IsISO8601({ strict: true })
  readonly compiledAt: string;
}

/** Signs that the work on a dossier is done although nobody confirmed it. */
export enum DoneSignal {
  /** A result document was attached to the dossier. */
  ResultAttached = 'result_attached',
  /** The courier picked up a result package at the unit. */
  ResultPackagePickedUp = 'result_package_picked_up',
}

export const DOSSIER_DONE_UNCONFIRMED_V1 = 'routing.dossier.done-unconfirmed.v1';

/** The work looks done but the dossier is not confirmed resolved: the unit lead is alerted, once per signal. */
export class DossierDoneUnconfirmedV1 {
  @IsUUID(7)
  readonly dossierId: string;

  @Matches(DOSSIER_CODE_PATTERN)
  readonly code: string;

  @IsUnitCode()
  readonly unitCode: string;

  @IsEnum(DoneSignal)
  readonly signal: DoneSignal;

  /** The result document or the shipment that gave the signal. */
  @IsOptional()
  @IsString()
  readonly reference?: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  readonly dueAt?: string;

  @IsISO8601({ strict: true })
  readonly signalledAt: string;
}
