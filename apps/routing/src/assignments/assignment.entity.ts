import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A dossier's step given to a unit (and possibly an officer). */
@Entity({ name: 'assignments' })
export class Assignment {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  dossierId: string;

  @Column('text')
  dossierCode: string;

  /** 1 for the first step; unique per dossier, so a second start of the same process is refused. */
  @Column('integer')
  stepNumber: number;

  @Column('text')
  stepName: string;

  @Column('text')
  unitCode: string;

  @Column('uuid', { nullable: true })
  officerId: string | null;

  @Column('timestamptz')
  assignedAt: Date;
}
