import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Label } from '@motcua/contracts';
import { Type } from 'class-transformer';
import { IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength, Min } from 'class-validator';

export class TakeTicketBody {
  @ApiProperty({ example: '000.00.20.H41', description: 'A key from GET /public/v1/queue/services' })
  @Label('Dịch vụ')
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  serviceKey: string;
}

export class TransferTicketBody {
  @ApiProperty({ example: 13 })
  @Label('Chuyển đến quầy')
  @IsInt()
  @Min(1)
  toCounterNumber: number;
}

export class CompleteTicketBody {
  @ApiPropertyOptional({ format: 'uuid', description: 'The dossier received from this ticket, if any' })
  @Label('Hồ sơ')
  @IsOptional()
  @IsUUID()
  dossierId?: string;
}

export class QueueStatsQuery {
  @ApiProperty({ example: '2026-11-28' })
  @Label('Ngày')
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  day: string;
}

export class CounterParam {
  @Label('Quầy')
  @Type(() => Number)
  @IsInt()
  @Min(1)
  number: number;
}
