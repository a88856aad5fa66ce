import { ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import {
  CloseDayV1,
  EXPORT_FORMATS,
  ExportFormat,
  GetPeriodReportV1,
  IsUnitCode,
  Label,
  inheritLabels,
} from '@motcua/contracts';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { derivedContractSchema } from '../http/contract-schemas';

/** Which part of the day: one counter, one unit, or the whole Center. */
export class ReconciliationQuery {
  @ApiPropertyOptional({ example: 36 })
  @Label('Quầy thu')
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(999)
  counterNumber?: number;

  @ApiPropertyOptional({ example: '000.00.20.H41' })
  @Label('Đơn vị thu')
  @IsOptional()
  @IsUnitCode()
  unitCode?: string;
}

export class ExportQuery extends ReconciliationQuery {
  @ApiPropertyOptional({ enum: EXPORT_FORMATS, default: 'xlsx' })
  @Label('Định dạng')
  @IsOptional()
  @IsIn(EXPORT_FORMATS)
  format: ExportFormat = 'xlsx';
}

/** The close as the cashier sends it: the day is in the path. */
export class CloseDayBody extends OmitType(CloseDayV1, ['actor', 'day'] as const) {}

export const CLOSE_DAY_BODY_SCHEMA = derivedContractSchema('CloseDayBody', 'CloseDayV1', ['actor', 'day']);

export class PeriodReportQuery extends OmitType(GetPeriodReportV1, [] as const) {}

inheritLabels(CloseDayBody, CloseDayV1);
inheritLabels(PeriodReportQuery, GetPeriodReportV1);
