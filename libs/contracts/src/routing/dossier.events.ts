import { IsISO8601, IsOptional, IsString, IsUUID, Matches } from 'class-validator';
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
