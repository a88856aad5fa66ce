import { ApiProperty, ApiPropertyOptional, OmitType, PickType } from '@nestjs/swagger';
import {
  DossierActionV1,
  IsUnitCode,
  Label,
  Role,
  SetAssignmentRuleV1,
  WorkFilter,
  inheritLabels,
} from '@motcua/contracts';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEnum, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { derivedContractSchema } from '../http/contract-schemas';
import { PageQuery } from '../http/page-query';

export class WorkQuery extends PageQuery {
  @ApiPropertyOptional({ enum: WorkFilter, default: WorkFilter.All })
  @Label('Bộ lọc')
  @IsOptional()
  @IsEnum(WorkFilter)
  filter: WorkFilter = WorkFilter.All;

  @ApiPropertyOptional({ default: false, description: 'Only the steps given to me' })
  @Label('Việc của tôi')
  @IsOptional()
  @Transform(({ value }) => value === true || value === 'true')
  @IsBoolean()
  mine?: boolean;

  @ApiPropertyOptional({ example: '000.00.20.H41', description: 'Center-wide staff only: whose queue' })
  @Label('Đơn vị')
  @IsOptional()
  @IsUnitCode()
  unitCode?: string;
}

/** A department system's queue: its unit comes from its token. */
export class DepartmentQueueQuery extends OmitType(WorkQuery, ['unitCode', 'mine'] as const) {}

inheritLabels(DepartmentQueueQuery, WorkQuery);

/** An action: the command without the dossier (in the path), the actor (the token) and the key (a header). */
export class DossierActionBody extends OmitType(DossierActionV1, [
  'actor',
  'idempotencyKey',
  'dossierId',
] as const) {}

inheritLabels(DossierActionBody, DossierActionV1);

export const DOSSIER_ACTION_BODY_SCHEMA = derivedContractSchema('DossierActionBody', 'DossierActionV1', [
  'actor',
  'idempotencyKey',
  'dossierId',
]);

/** A department system attaches the number of its result document (decision, certificate, letter). */
export class AttachResultBody extends PickType(DossierActionV1, ['expectedVersion', 'note'] as const) {
  @ApiProperty({ example: '1234/QĐ-UBND' })
  @Label('Số, ký hiệu văn bản kết quả')
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  resultReference: string;
}

inheritLabels(AttachResultBody, DossierActionV1);

/** A unit's rule for giving new steps to officers; the unit is in the path. */
export class AssignmentRuleBody extends OmitType(SetAssignmentRuleV1, ['actor', 'unitCode'] as const) {}

inheritLabels(AssignmentRuleBody, SetAssignmentRuleV1);

export const ASSIGNMENT_RULE_BODY_SCHEMA = derivedContractSchema(
  'AssignmentRuleBody',
  'SetAssignmentRuleV1',
  ['actor', 'unitCode'],
);

/** A staff member of a unit who may take its steps in turn (officer or unit lead). */
export class UnitOfficerDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Trần Văn Chuyên Viên' })
  fullName: string;

  @ApiProperty({ enum: Role, isArray: true })
  roles: Role[];
}

export class UnitOfficerListDto {
  @ApiProperty({ type: [UnitOfficerDto] })
  items: UnitOfficerDto[];
}
