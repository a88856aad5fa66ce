import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsUnitCode, Label, ProcedureDefinitionV1 } from '@motcua/contracts';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsDefined,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { contractSchema } from '../http/contract-schemas';
import { PageQuery } from '../http/page-query';

export class SearchProceduresQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Code or name; accents optional ("ly lich" finds "lý lịch")' })
  @Label('Từ khóa')
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ example: 'Lý lịch tư pháp' })
  @Label('Lĩnh vực')
  @IsOptional()
  @IsString()
  @MaxLength(200)
  sector?: string;

  @ApiPropertyOptional({ example: '000.00.20.H41' })
  @Label('Đơn vị')
  @IsOptional()
  @IsUnitCode()
  unitCode?: string;

  @ApiPropertyOptional({ default: false })
  @Label('Gồm thủ tục đã bãi bỏ')
  @IsOptional()
  @Transform(({ value }) => value === true || value === 'true')
  @IsBoolean()
  includeRetired?: boolean;
}

export class ReviseProcedureBody {
  @ApiProperty({
    description: 'The version being edited; refused with 409 if someone published another meanwhile',
  })
  @Label('Phiên bản đang sửa')
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @ApiProperty({ allOf: [contractSchema('ProcedureDefinitionV1')] })
  @Label('Nội dung thủ tục')
  @IsDefined()
  @ValidateNested()
  @Type(() => ProcedureDefinitionV1)
  definition: ProcedureDefinitionV1;
}

export class RetireProcedureBody {
  @ApiProperty({ example: 'Thủ tục bị bãi bỏ theo Quyết định số .../QĐ-UBND' })
  @Label('Lý do bãi bỏ')
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason: string;

  @ApiProperty()
  @Label('Phiên bản hiện hành')
  @IsInt()
  @Min(1)
  expectedVersion: number;
}
