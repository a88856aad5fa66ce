import { MessageAudience, MessageChannel } from '@motcua/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One saved version of a template; the highest version of an event × channel × audience is in force. */
@Entity({ name: 'templates' })
export class Template {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  eventType: string;

  @Column('text')
  channel: MessageChannel;

  @Column('text')
  audience: MessageAudience;

  /** 2 and up; version 1 is the built-in wording. */
  @Column('integer')
  version: number;

  @Column('text', { nullable: true })
  subject: string | null;

  @Column('text')
  body: string;

  @Column('boolean')
  smsUnaccented: boolean;

  @Column('timestamptz')
  createdAt: Date;

  /** Login name of the administrator. */
  @Column('text')
  createdBy: string;
}
