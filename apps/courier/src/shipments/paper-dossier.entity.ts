import { Column, Entity, PrimaryColumn } from 'typeorm';

/** What courier keeps of a received dossier: where its paper goes and whether the result goes home by post. */
@Entity({ name: 'paper_dossiers' })
export class PaperDossier {
  @PrimaryColumn('uuid')
  dossierId: string;

  @Column('text')
  code: string;

  @Column('text')
  handlingUnitCode: string;

  @Column('text')
  channel: string;

  @Column('text')
  applicantName: string;

  @Column('text')
  applicantPhone: string;

  @Column('boolean')
  resultByPost: boolean;

  @Column('text', { nullable: true })
  resultAddress: string | null;

  @Column('timestamptz')
  receivedAt: Date;
}
