import { MessageChannel, MessageStatus } from '@motcua/contracts';
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

  /** Phone (E.164), e-mail or unit code. Personal data: never logged, masked when shown. */
  @Column('text')
  recipient: string;

  @Column('text')
  body: string;

  @Column('text')
  status: MessageStatus;

  @Column('timestamptz')
  createdAt: Date;

  @Column('timestamptz')
  statusChangedAt: Date;
}
