import { MessageChannel } from '@motcua/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** What the development sink "sent" when no SMS provider or mail server is configured (demo, local runs). */
@Entity({ name: 'sink_messages' })
export class SinkMessage {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { unique: true })
  messageId: string;

  @Column('text')
  channel: MessageChannel;

  @Column('text')
  recipient: string;

  @Column('text', { nullable: true })
  subject: string | null;

  @Column('text')
  body: string;

  @Column('timestamptz')
  storedAt: Date;
}
