import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A resolution recorded as done earlier than its confirmation, by a unit lead, with reason and evidence. */
@Entity({ name: 'resolution_audits' })
export class ResolutionAudit {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  dossierId: string;

  @Column('timestamptz')
  resolvedAt: Date;

  @Column('timestamptz')
  confirmedAt: Date;

  @Column('text')
  reason: string;

  @Column('text')
  evidenceReference: string;

  @Column('uuid')
  actorId: string;

  @Column('text')
  actorName: string;
}
