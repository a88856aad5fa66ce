import { Type } from 'class-transformer';
import { IsISO8601, IsOptional, IsString, IsUUID, ValidateNested } from 'class-validator';
import { IsUnitCode } from '../shared/validators';

export const GET_DOSSIER_ROUTING_V1 = 'routing.dossier.get.v1';

/** Query: where a dossier is in its process. */
export class GetDossierRoutingV1 {
  @IsUUID()
  readonly dossierId: string;
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
}

/** Routing's view of a dossier; `assignments` is newest last. */
export class DossierRoutingV1 {
  @IsUUID()
  readonly dossierId: string;

  @ValidateNested({ each: true })
  @Type(() => AssignmentV1)
  readonly assignments: AssignmentV1[];
}
