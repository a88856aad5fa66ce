import { Type } from 'class-transformer';
import { IsEnum, IsISO8601, IsInt, IsOptional, IsString, IsUUID, ValidateNested } from 'class-validator';

export const LIST_DOSSIER_MESSAGES_V1 = 'notifications.dossier-messages.list.v1';

export enum MessageChannel {
  Sms = 'sms',
  Email = 'email',
  Inbox = 'inbox',
}

export enum MessageStatus {
  Queued = 'queued',
  Sending = 'sending',
  Delivered = 'delivered',
  Failed = 'failed',
  PermanentlyFailed = 'permanently_failed',
}

/** Query: every message sent about one dossier. */
export class ListDossierMessagesV1 {
  @IsUUID()
  readonly dossierId: string;
}

export class MessageV1 {
  @IsUUID()
  readonly id: string;

  @IsEnum(MessageChannel)
  readonly channel: MessageChannel;

  /** Masked recipient (phone, e-mail or unit code); never the full personal value. */
  @IsString()
  readonly recipient: string;

  @IsString()
  readonly body: string;

  @IsEnum(MessageStatus)
  readonly status: MessageStatus;

  @IsString()
  readonly eventType: string;

  @IsISO8601()
  readonly createdAt: string;

  /** Who it is for: `citizen`, `officer`, `unit`, `unit_lead`, `admin`. */
  @IsOptional()
  @IsString()
  readonly audience?: string;

  /** When the status last changed. */
  @IsOptional()
  @IsISO8601()
  readonly statusChangedAt?: string;

  /** Not sent before this time (quiet hours for SMS). */
  @IsOptional()
  @IsISO8601()
  readonly sendAfter?: string;

  @IsOptional()
  @IsISO8601()
  readonly sentAt?: string;

  @IsOptional()
  @IsISO8601()
  readonly deliveredAt?: string;

  @IsOptional()
  @IsISO8601()
  readonly failedAt?: string;

  /** Why the last attempt failed (`provider_unavailable`, `invalid_number`, `smtp_rejected`, ...). */
  @IsOptional()
  @IsString()
  readonly failureReason?: string;

  /** Delivery attempts made so far. */
  @IsOptional()
  @IsInt()
  readonly attempts?: number;

  /** The SMS provider or mail server that took it. */
  @IsOptional()
  @IsString()
  readonly provider?: string;
}

export class DossierMessagesV1 {
  @ValidateNested({ each: true })
  @Type(() => MessageV1)
  readonly items: MessageV1[];
}
