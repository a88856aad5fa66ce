import { Type } from 'class-transformer';
import { IsEnum, IsISO8601, IsString, IsUUID, ValidateNested } from 'class-validator';

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
}

export class DossierMessagesV1 {
  @ValidateNested({ each: true })
  @Type(() => MessageV1)
  readonly items: MessageV1[];
}
