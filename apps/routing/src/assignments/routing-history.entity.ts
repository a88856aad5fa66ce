import { RoutingEventKind } from '@motcua/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Who did what to a dossier, when, from which unit to which: the process control slip (form 05). */
@Entity({ name: 'routing_history' })
export class RoutingHistory {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  dossierId: string;

  @Column('text')
  kind: RoutingEventKind;

  @Column('timestamptz')
  at: Date;

  @Column('text', { nullable: true })
  fromUnitCode: string | null;

  @Column('text', { nullable: true })
  toUnitCode: string | null;

  @Column('text', { nullable: true })
  stepName: string | null;

  @Column('text', { nullable: true })
  actorId: string | null;

  @Column('text', { nullable: true })
  actorName: string | null;

  /** For a hand-over: whether the step being left was done within its own time limit. */
  @Column('boolean', { nullable: true })
  onTime: boolean | null;

  @Column('text', { nullable: true })
  note: string | null;
}
