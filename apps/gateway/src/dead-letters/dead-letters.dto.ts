import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DOMAIN_SERVICE_NAMES, DomainServiceName, Label } from '@motcua/contracts';
import { IsOptional, IsUUID } from 'class-validator';

export class DeadLetterCountDto {
  @ApiProperty({ enum: DOMAIN_SERVICE_NAMES })
  service: DomainServiceName;

  @ApiProperty({ description: 'Messages waiting in the service’s dead-letter queue' })
  count: number;
}

export class DeadLetterCountListDto {
  @ApiProperty({ type: [DeadLetterCountDto] })
  items: DeadLetterCountDto[];
}

export class DeadLetterDto {
  @ApiProperty({ description: 'Message id (the envelope id)' })
  id: string;

  @ApiProperty({ example: 'intake.dossier.received.v1' })
  type: string;

  @ApiProperty({
    example: 'invalid',
    description:
      '`invalid`, `permanent`, `malformed`, `no_handler` (the service) or `delivery_limit` (broker)',
  })
  reason: string;

  @ApiPropertyOptional({ nullable: true, description: 'Why the service refused it (field errors, error)' })
  detail: string | null;

  @ApiPropertyOptional({ nullable: true })
  deadAt: string | null;

  @ApiPropertyOptional({ nullable: true, description: 'Deliveries to the service before it gave up' })
  deliveryCount: number | null;

  @ApiPropertyOptional({ nullable: true })
  correlationId: string | null;
}

export class DeadLetterListDto {
  @ApiProperty({ enum: DOMAIN_SERVICE_NAMES })
  service: DomainServiceName;

  @ApiProperty({ type: [DeadLetterDto] })
  items: DeadLetterDto[];
}

export class ReplayDeadLettersBody {
  @ApiPropertyOptional({ description: 'The message to replay; left out, every dead letter of the service' })
  @Label('Mã tin nhắn')
  @IsOptional()
  @IsUUID()
  id?: string;
}

export class ReplayedDto {
  @ApiProperty({ enum: DOMAIN_SERVICE_NAMES })
  service: DomainServiceName;

  @ApiProperty({ type: [DeadLetterDto], description: 'Sent back to the service’s event queue' })
  replayed: DeadLetterDto[];
}
