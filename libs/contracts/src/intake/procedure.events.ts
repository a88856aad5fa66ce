import { Type } from 'class-transformer';
import { IsDefined, IsISO8601, IsInt, IsString, IsUUID, Min, ValidateNested } from 'class-validator';
import { IsProcedureCode } from '../shared/validators';
import { ProcedureDefinitionV1, UnitDefinitionV1 } from './procedure';

export const PROCEDURE_PUBLISHED_V1 = 'intake.procedure.published.v1';
export const PROCEDURE_RETIRED_V1 = 'intake.procedure.retired.v1';
export const UNIT_PUBLISHED_V1 = 'intake.unit.published.v1';

/** A procedure version came into force; dossiers received from now on pin it. Carries the whole definition. */
export class ProcedurePublishedV1 {
  @IsUUID(7)
  readonly procedureVersionId: string;

  @IsInt()
  @Min(1)
  readonly version: number;

  @IsISO8601({ strict: true })
  readonly publishedAt: string;

  @IsDefined()
  @ValidateNested()
  @Type(() => ProcedureDefinitionV1)
  readonly definition: ProcedureDefinitionV1;
}

/** A procedure stopped accepting dossiers; dossiers already received keep their pinned version. */
export class ProcedureRetiredV1 {
  @IsProcedureCode()
  readonly code: string;

  @IsISO8601({ strict: true })
  readonly retiredAt: string;

  @IsString()
  readonly reason: string;
}

/** A unit of the Center's directory was created or changed. */
export class UnitPublishedV1 {
  @IsDefined()
  @ValidateNested()
  @Type(() => UnitDefinitionV1)
  readonly unit: UnitDefinitionV1;

  @IsISO8601({ strict: true })
  readonly publishedAt: string;
}
