import { ApiProperty, ApiPropertyOptional, OmitType, PickType } from '@nestjs/swagger';
import {
  ConfirmResolvedV1,
  Label,
  ReportCategory,
  ReportGrouping,
  SignalDoneV1,
  UNIT_CODE_PATTERN,
} from '@motcua/contracts';
import { IsEnum, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { derivedContractSchema } from '../http/contract-schemas';

/** The confirmation without the actor (the token says who) and the key (a header). */
export class ConfirmResolvedBody extends OmitType(ConfirmResolvedV1, ['actor', 'idempotencyKey'] as const) {}

export const CONFIRM_RESOLVED_BODY_SCHEMA = derivedContractSchema(
  'ConfirmResolvedBody',
  'ConfirmResolvedV1',
  ['actor', 'idempotencyKey'],
);

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export class ProcessingReportQuery {
  @ApiProperty({ example: '2026-11-01', description: 'First day of the period (Vietnam)' })
  @Label('Từ ngày')
  @Matches(DAY_PATTERN)
  from: string;

  @ApiProperty({ example: '2026-11-30', description: 'Last day of the period, included' })
  @Label('Đến ngày')
  @Matches(DAY_PATTERN)
  to: string;

  @ApiProperty({ enum: ReportGrouping, example: ReportGrouping.Sector })
  @Label('Nhóm theo')
  @IsEnum(ReportGrouping)
  groupBy: ReportGrouping;

  @ApiPropertyOptional({ example: '000.00.20.H41', description: 'Only this unit' })
  @Label('Đơn vị')
  @IsOptional()
  @Matches(UNIT_CODE_PATTERN)
  unitCode?: string;
}

export class ReportDossiersQuery extends ProcessingReportQuery {
  @ApiProperty({ enum: ReportCategory, example: ReportCategory.PendingOverdue })
  @Label('Loại số liệu')
  @IsEnum(ReportCategory)
  category: ReportCategory;

  @ApiPropertyOptional({ description: 'The row: sector, unit code or procedure code' })
  @Label('Dòng báo cáo')
  @IsOptional()
  @IsString()
  @MaxLength(200)
  key?: string;
}

/** The sign and its reference; the dossier is in the path and the actor in the token. */
export class DoneSignalBody extends PickType(SignalDoneV1, ['signal', 'reference'] as const) {}

export const DONE_SIGNAL_BODY_SCHEMA = derivedContractSchema('DoneSignalBody', 'SignalDoneV1', [
  'actor',
  'dossierId',
]);
