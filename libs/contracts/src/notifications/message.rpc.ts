import { IsUUID } from 'class-validator';

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
  readonly id: string;
  readonly channel: MessageChannel;
  /** Masked recipient (phone, e-mail or unit code); never the full personal value. */
  readonly recipient: string;
  readonly body: string;
  readonly status: MessageStatus;
  readonly eventType: string;
  readonly createdAt: string;
}

export class DossierMessagesV1 {
  readonly items: MessageV1[];
}
