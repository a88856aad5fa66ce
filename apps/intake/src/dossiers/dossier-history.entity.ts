import type { DossierStatus } from '@motcua/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Each status a dossier reached at the Center, when, by whom and why: the milestones citizens see. */
@Entity({ name: 'dossier_history' })
export class DossierHistory {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  dossierId: string;

  @Column('text')
  status: DossierStatus;

  @Column('timestamptz')
  at: Date;

  @Column('uuid', { nullable: true })
  actorId: string | null;

  @Column('text', { nullable: true })
  note: string | null;
}
