import type { TicketStatus } from '@motcua/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A queue ticket of the day: waiting, called to a counter, done (maybe with its dossier) or skipped. */
@Entity({ name: 'tickets' })
export class Ticket {
  @PrimaryColumn('uuid')
  id: string;

  /** Vietnam day of issue; numbers restart every day. */
  @Column('date')
  day: string;

  @Column('integer')
  sequence: number;

  @Column('text')
  number: string;

  /** A unit code (department) or a counter kind (`result_return`, `fee`, …). */
  @Column('text')
  serviceKey: string;

  @Column('text')
  serviceName: string;

  @Column('text')
  status: TicketStatus;

  /** Only this counter may call it (after a transfer). */
  @Column('integer', { nullable: true })
  targetCounter: number | null;

  @Column('integer', { nullable: true })
  counterNumber: number | null;

  @Column('integer')
  callCount: number;

  @Column('timestamptz')
  issuedAt: Date;

  @Column('timestamptz', { nullable: true })
  calledAt: Date | null;

  @Column('timestamptz', { nullable: true })
  doneAt: Date | null;

  @Column('uuid', { nullable: true })
  dossierId: string | null;
}
