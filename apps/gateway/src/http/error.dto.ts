import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class FieldErrorDto {
  @ApiProperty({ example: 'applicant.phone', description: 'Dotted path of the invalid field or header' })
  field: string;

  @ApiProperty({ example: 'isVietnameseMobile', description: 'Stable name of the failed rule' })
  constraint: string;

  @ApiProperty({ example: 'Số điện thoại không phải số điện thoại di động Việt Nam hợp lệ' })
  message: string;
}

/** Every error the API returns. */
export class ErrorDto {
  @ApiProperty({ example: 'VALIDATION_FAILED', description: 'Stable code for machines' })
  code: string;

  @ApiProperty({ example: 'Dữ liệu không hợp lệ: applicant.phone', description: 'Vietnamese, for people' })
  message: string;

  @ApiPropertyOptional({
    description: 'For validation errors: one entry per failed rule',
    type: [FieldErrorDto],
  })
  details?: unknown;

  @ApiProperty({ example: '0196b7a2-5c1e-7d3a-9c1b-2f6e8a9d0b11', nullable: true })
  correlationId: string | null;
}
