import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Label } from '@motcua/contracts';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsUrl, MaxLength } from 'class-validator';
import { WEBHOOK_EVENT_TYPES, WebhookEventType } from './webhook-events';
import { DeliveryStatus } from './webhook-delivery.entity';
import { PageQuery } from '../http/page-query';

export class CreateWebhookBody {
  @ApiProperty({ example: 'https://motcua.soxaydung.example/hooks/motcua' })
  @Label('Địa chỉ nhận sự kiện')
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false })
  @MaxLength(2000)
  url: string;

  @ApiProperty({ enum: WEBHOOK_EVENT_TYPES, isArray: true })
  @Label('Loại sự kiện')
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(WEBHOOK_EVENT_TYPES.length)
  @IsIn(WEBHOOK_EVENT_TYPES, { each: true })
  eventTypes: WebhookEventType[];
}

export class WebhookDto {
  @ApiProperty()
  id: string;

  @ApiProperty()
  url: string;

  @ApiProperty({ enum: WEBHOOK_EVENT_TYPES, isArray: true })
  eventTypes: string[];

  @ApiProperty()
  isActive: boolean;

  @ApiProperty()
  createdAt: string;
}

export class WebhookCreatedDto extends WebhookDto {
  @ApiProperty({
    description:
      'Shown once: HMAC-SHA256 key. Each request carries X-Motcua-Timestamp (Unix seconds) and ' +
      'X-Motcua-Signature = "sha256=" + hex(HMAC(secret, timestamp + "." + body)); refuse old timestamps.',
  })
  secret: string;
}

export class DeliveryDto {
  @ApiProperty()
  id: string;

  @ApiProperty()
  eventId: string;

  @ApiProperty()
  eventType: string;

  @ApiProperty({ enum: DeliveryStatus })
  status: DeliveryStatus;

  @ApiProperty()
  attempts: number;

  @ApiPropertyOptional({ nullable: true })
  lastStatusCode: number | null;

  @ApiPropertyOptional({ nullable: true })
  lastError: string | null;

  @ApiPropertyOptional({ nullable: true, description: 'When the next retry is due (pending deliveries)' })
  nextAttemptAt: string | null;

  @ApiPropertyOptional({ nullable: true })
  deliveredAt: string | null;

  @ApiProperty()
  createdAt: string;
}

export class DeliveryPageDto {
  @ApiProperty({ type: [DeliveryDto] })
  items: DeliveryDto[];

  @ApiProperty()
  total: number;
}

/** A delivery log page: 50 deliveries unless asked otherwise. */
export class DeliveryQuery extends PageQuery {
  @ApiPropertyOptional({ default: 50 })
  override pageSize = 50;
}
