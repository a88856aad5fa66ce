import { ApiPropertyOptional } from '@nestjs/swagger';
import { Label } from '@motcua/contracts';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** Deepest page a list serves: beyond it the offset costs more than anyone reads. */
export const MAX_PAGE = 10_000;

/** Longest page a list serves. */
export const MAX_PAGE_SIZE = 200;

/**
 * `page` and `pageSize` of a list's query string. A query class extends it; its labels, rules and OpenAPI
 * parameters are inherited. A list with another default page size redeclares `pageSize` with its default.
 */
export class PageQuery {
  @ApiPropertyOptional({ default: 1, minimum: 1, maximum: MAX_PAGE })
  @Label('Trang')
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  page = 1;

  @ApiPropertyOptional({ default: 20, minimum: 1, maximum: MAX_PAGE_SIZE })
  @Label('Số dòng mỗi trang')
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  pageSize = 20;
}
