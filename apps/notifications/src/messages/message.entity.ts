import { MessageAudience, MessageChannel, MessageStatus } from '@motcua/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One message to one recipient on one channel, stored before it is sent. */
@Entity({ name: 'messages' })
export class Message {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { nullable: true })
  dossierId: string | null;

  /** The event that caused it; with recipient and channel, unique. */
  @Column('uuid')
  eventId: string;

  @Column('text')
  eventType: string;

  @Column('text')
  channel: MessageChannel;

  @Column('text')
  audience: MessageAudience;

  /**
   * Phone (E.164), e-mail, or the inbox address (user id, unit code, `<unit>#unit_lead`, `#admin`).
   * Personal data: never logged, masked when shown.
   */
  @Column('text')
  recipient: string;

  /** E-mail subject or inbox title. */
  @Column('text', { nullable: true })
  subject: string | null;

  @Column('text')
  body: string;

  @Column('text')
  status: MessageStatus;

  /** A legal notice reaches citizens who opted out of the rest. */
  @Column('boolean')
  isLegalNotice: boolean;

  /** Urgent messages ignore quiet hours. */
  @Column('boolean')
  isUrgent: boolean;

  @Column('integer', { nullable: true })
  templateVersion: number | null;

  @Column('integer')
  attempts: number;

  @Column('text', { nullable: true })
  provider: string | null;

  @Column('text', { nullable: true })
  providerMessageId: string | null;

  @Column('text', { nullable: true })
  failureReason: string | null;

  /** Not sent before (quiet hours); null = at once. */
  @Column('timestamptz', { nullable: true })
  sendAfter: Date | null;

  @Column('timestamptz')
  createdAt: Date;

  @Column('timestamptz')
  statusChangedAt: Date;

  @Column('timestamptz', { nullable: true })
  sentAt: Date | null;

  @Column('timestamptz', { nullable: true })
  deliveredAt: Date | null;

  @Column('timestamptz', { nullable: true })
  failedAt: Date | null;
}
