import { AssignmentStatus, StepRole } from '@motcua/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A step of a dossier's process given to a unit (and possibly an officer): a line of a work queue. */
@Entity({ name: 'assignments' })
export class Assignment {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  dossierId: string;

  @Column('text')
  dossierCode: string;

  /** 1 for the first step, then one more per step given; unique per dossier, so a second start is refused. */
  @Column('integer')
  stepNumber: number;

  @Column('text', { nullable: true })
  stepKey: string | null;

  @Column('text')
  stepName: string;

  @Column('text', { nullable: true })
  role: StepRole | null;

  @Column('text')
  unitCode: string;

  @Column('uuid', { nullable: true })
  officerId: string | null;

  @Column('text')
  status: AssignmentStatus;

  @Column('timestamptz')
  assignedAt: Date;

  /** When the step should be done: its duration on the working calendar from `assignedAt`. */
  @Column('timestamptz', { nullable: true })
  dueAt: Date | null;

  @Column('timestamptz', { nullable: true })
  completedAt: Date | null;
}
