import { AssessedFeeV1, AssessmentStatus } from '@motcua/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { DONG } from '../money';

/** What one dossier owes, assessed once from its pinned procedure version. */
@Entity({ name: 'assessments' })
export class Assessment {
  @PrimaryColumn('uuid')
  dossierId: string;

  @Column('text')
  dossierCode: string;

  @Column('text')
  procedureCode: string;

  @Column('uuid', { nullable: true })
  procedureVersionId: string | null;

  /** The collecting unit: the dossier's deciding unit. */
  @Column('text')
  unitCode: string;

  @Column('text')
  payerName: string;

  @Column('text')
  status: AssessmentStatus;

  @Column('jsonb')
  items: AssessedFeeV1[];

  @Column('bigint', { transformer: DONG })
  totalDong: number;

  @Column('bigint', { transformer: DONG })
  paidDong: number;

  @Column('boolean')
  payBeforeProcessing: boolean;

  @Column('boolean')
  partialPaymentAllowed: boolean;

  @Column('text', { nullable: true })
  waiverReason: string | null;

  @Column('uuid', { nullable: true })
  waivedBy: string | null;

  @Column('timestamptz', { nullable: true })
  waivedAt: Date | null;

  @Column('timestamptz')
  receivedAt: Date;

  @Column('timestamptz')
  assessedAt: Date;
}
