import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The applicant's phone and e-mail as received (intake.dossier.received.v1): personal data, never logged. */
@Entity({ name: 'dossier_contacts' })
export class DossierContact {
  @PrimaryColumn('uuid')
  dossierId: string;

  @Column('text', { unique: true })
  code: string;

  @Column('text')
  fullName: string;

  /** E.164. */
  @Column('text')
  phone: string;

  @Column('text', { nullable: true })
  email: string | null;

  @Column('timestamptz')
  receivedAt: Date;
}
