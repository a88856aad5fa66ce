import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { HH_MM_PATTERN, inheritLabels, Label, ReplaceCalendarYearV1, TimeUnit } from '@motcua/contracts';
import { derivedContractSchema } from '../http/contract-schemas';
import { Type } from 'class-transformer';
import { IsEnum, IsISO8601, IsNumber, IsOptional, Matches, Max, Min } from 'class-validator';

export class DueDateQuery {
  @ApiProperty({ example: '2026-02-13T09:40:00+07:00', description: 'Reception time (ISO 8601)' })
  @Label('Thời điểm tiếp nhận')
  @IsISO8601({ strict: true })
  from: string;

  @ApiProperty({ example: 5 })
  @Label('Thời hạn')
  @Type(() => Number)
  @IsNumber({ maxDecimalPlaces: 1 })
  @Min(0)
  @Max(365)
  amount: number;

  @ApiProperty({ enum: TimeUnit, example: TimeUnit.WorkingDays })
  @Label('Đơn vị thời hạn')
  @IsEnum(TimeUnit)
  unit: TimeUnit;

  @ApiPropertyOptional({
    example: '15:00',
    description: 'Received after this local time counts from the next working morning',
  })
  @Label('Giờ chốt trong ngày')
  @IsOptional()
  @Matches(HH_MM_PATTERN)
  cutoff?: string;
}

/** The year's special days; the year is in the path and the admin in the token. */
export class ReplaceCalendarYearBody extends OmitType(ReplaceCalendarYearV1, ['actor', 'year'] as const) {}
inheritLabels(ReplaceCalendarYearBody, ReplaceCalendarYearV1);

export const REPLACE_CALENDAR_YEAR_BODY_SCHEMA = derivedContractSchema(
  'ReplaceCalendarYearBody',
  'ReplaceCalendarYearV1',
  ['actor', 'year'],
);
