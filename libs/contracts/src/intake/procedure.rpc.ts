import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsDefined,
  IsIn,
  IsISO8601,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  IsUUID,
  ValidateNested,
} from 'class-validator';
import { ActorV1 } from '../shared/actor';
import { IsProcedureCode, IsUnitCode } from '../shared/validators';
import { Label } from '../validation';
import { CounterDefinitionV1, ProcedureDefinitionV1, UnitDefinitionV1 } from './procedure';

export const CREATE_PROCEDURE_V1 = 'intake.procedure.create.v1';
export const REVISE_PROCEDURE_V1 = 'intake.procedure.revise.v1';
export const RETIRE_PROCEDURE_V1 = 'intake.procedure.retire.v1';
export const GET_PROCEDURE_V1 = 'intake.procedure.get.v1';
export const SEARCH_PROCEDURES_V1 = 'intake.procedure.search.v1';
export const LIST_UNITS_V1 = 'intake.unit.list.v1';
export const LIST_COUNTERS_V1 = 'intake.counter.list.v1';

/** Command (admin): add a procedure to the catalog as version 1. */
export class CreateProcedureV1 {
  @IsDefined()
  @ValidateNested()
  @Type(() => ProcedureDefinitionV1)
  readonly definition: ProcedureDefinitionV1;

  @IsDefined()
  @ValidateNested()
  @Type(() => ActorV1)
  readonly actor: ActorV1;
}

/** Command (admin): a new version of a procedure; refused when `expectedVersion` is not the current one. */
export class ReviseProcedureV1 {
  @IsDefined()
  @ValidateNested()
  @Type(() => ProcedureDefinitionV1)
  readonly definition: ProcedureDefinitionV1;

  @Label('Phiên bản hiện hành')
  @IsInt()
  @Min(1)
  readonly expectedVersion: number;

  @IsDefined()
  @ValidateNested()
  @Type(() => ActorV1)
  readonly actor: ActorV1;
}

/** Command (admin): stop receiving dossiers for a procedure. */
export class RetireProcedureV1 {
  @IsProcedureCode()
  readonly code: string;

  @Label('Lý do')
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  readonly reason: string;

  @Label('Phiên bản hiện hành')
  @IsInt()
  @Min(1)
  readonly expectedVersion: number;

  @IsDefined()
  @ValidateNested()
  @Type(() => ActorV1)
  readonly actor: ActorV1;
}

export class GetProcedureV1 {
  @IsProcedureCode()
  readonly code: string;
}

/** Query: procedures by code or name (accents optional), sector and unit, a page at a time. */
export class SearchProceduresV1 {
  @IsOptional()
  @IsString()
  @MaxLength(200)
  readonly query?: string;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  readonly sector?: string;

  @IsOptional()
  @IsUnitCode()
  readonly unitCode?: string;

  @IsOptional()
  @IsBoolean()
  readonly includeRetired?: boolean;

  @IsInt()
  @Min(1)
  readonly page: number;

  @IsInt()
  @Min(1)
  @Max(100)
  readonly pageSize: number;
}

export class ListUnitsV1 {}

export class ListCountersV1 {}

// Replies carry validation rules too: they document the API (OpenAPI schemas are generated from them).

export class ProcedureVersionSummaryV1 {
  @IsUUID()
  readonly id: string;

  @IsInt()
  @Min(1)
  readonly version: number;

  @IsISO8601()
  readonly publishedAt: string;

  @IsUUID()
  readonly publishedBy: string;
}

/** A procedure as the catalog holds it: its version in force (or its last one when retired) and history. */
export class ProcedureV1 {
  @IsProcedureCode()
  readonly code: string;

  @IsIn(['active', 'retired'])
  readonly status: 'active' | 'retired';

  @ValidateNested()
  @Type(() => ProcedureVersionSummaryV1)
  readonly currentVersion: ProcedureVersionSummaryV1;

  @ValidateNested()
  @Type(() => ProcedureDefinitionV1)
  readonly definition: ProcedureDefinitionV1;

  @ValidateNested({ each: true })
  @Type(() => ProcedureVersionSummaryV1)
  readonly versions: ProcedureVersionSummaryV1[];

  @IsOptional()
  @IsISO8601()
  readonly retiredAt: string | null;

  @IsOptional()
  @IsString()
  readonly retiredReason: string | null;
}

export class ProcedureSummaryV1 {
  @IsProcedureCode()
  readonly code: string;

  @IsString()
  readonly name: string;

  @IsString()
  readonly sector: string;

  @IsUnitCode({ each: true })
  readonly handlingUnitCodes: string[];

  @IsIn(['active', 'retired'])
  readonly status: 'active' | 'retired';

  @IsInt()
  readonly version: number;

  @IsBoolean()
  readonly isDemoData: boolean;
}

export class ProcedurePageV1 {
  @ValidateNested({ each: true })
  @Type(() => ProcedureSummaryV1)
  readonly items: ProcedureSummaryV1[];

  @IsInt()
  readonly total: number;

  @IsInt()
  readonly page: number;

  @IsInt()
  readonly pageSize: number;
}

export class UnitListV1 {
  @ValidateNested({ each: true })
  @Type(() => UnitDefinitionV1)
  readonly items: UnitDefinitionV1[];
}

export class CounterListV1 {
  @ValidateNested({ each: true })
  @Type(() => CounterDefinitionV1)
  readonly items: CounterDefinitionV1[];
}
