import { ApiPropertyOptional, PickType } from '@nestjs/swagger';
import {
  DossierListView,
  DossierStatus,
  inheritLabels,
  IsUnitCode,
  Label,
  ReceiveSupplementV1,
  REGISTER_FORMATS,
  RegisterFormat,
  ReturnResultV1,
} from '@motcua/contracts';
import { IsEnum, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { derivedContractSchema } from '../http/contract-schemas';
import { PageQuery } from '../http/page-query';

/** The documents the applicant brought; the dossier is in the path. */
export class ReceiveSupplementBody extends PickType(ReceiveSupplementV1, ['documents'] as const) {}
inheritLabels(ReceiveSupplementBody, ReceiveSupplementV1);

export const RECEIVE_SUPPLEMENT_BODY_SCHEMA = derivedContractSchema(
  'ReceiveSupplementBody',
  'ReceiveSupplementV1',
  ['actor', 'idempotencyKey', 'dossierId'],
);

/** Who signs for the result, and a note. */
export class ReturnResultBody extends PickType(ReturnResultV1, [
  'receivedBy',
  'collector',
  'authorisation',
  'note',
] as const) {}
inheritLabels(ReturnResultBody, ReturnResultV1);

export const RETURN_RESULT_BODY_SCHEMA = derivedContractSchema('ReturnResultBody', 'ReturnResultV1', [
  'actor',
  'idempotencyKey',
  'dossierId',
]);

export class ListDossiersQuery extends PageQuery {
  @ApiPropertyOptional({ enum: DossierListView, default: DossierListView.All })
  @Label('Danh sách')
  @IsOptional()
  @IsEnum(DossierListView)
  view: DossierListView = DossierListView.All;

  @ApiPropertyOptional({
    description: 'A dossier code (or its beginning), a mobile number, or part of a name',
  })
  @Label('Từ khóa')
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: DossierStatus })
  @Label('Trạng thái')
  @IsOptional()
  @IsEnum(DossierStatus)
  status?: DossierStatus;

  @ApiPropertyOptional({ example: '000.00.20.H41' })
  @Label('Đơn vị giải quyết')
  @IsOptional()
  @IsUnitCode()
  handlingUnitCode?: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class RegisterQuery {
  @ApiPropertyOptional({ example: '2026-11-01', description: 'First day of reception (YYYY-MM-DD)' })
  @Label('Từ ngày')
  @Matches(DATE)
  from: string;

  @ApiPropertyOptional({ example: '2026-11-30', description: 'Last day of reception, included' })
  @Label('Đến ngày')
  @Matches(DATE)
  to: string;

  @ApiPropertyOptional({ example: '000.00.20.H41' })
  @Label('Đơn vị giải quyết')
  @IsOptional()
  @IsUnitCode()
  handlingUnitCode?: string;
}

export function registerFormat(file: string): RegisterFormat | null {
  const format = /^dossiers\.(\w+)$/.exec(file)?.[1];
  return format && (REGISTER_FORMATS as readonly string[]).includes(format)
    ? (format as RegisterFormat)
    : null;
}
