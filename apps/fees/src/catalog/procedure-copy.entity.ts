import { FeeItemV1 } from '@motcua/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Fees' copy of a procedure version's fee items, from `intake.procedure.published.v1`. */
@Entity({ name: 'procedure_versions' })
export class ProcedureCopy {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  procedureCode: string;

  @Column('text')
  procedureName: string;

  @Column('integer')
  version: number;

  @Column('jsonb')
  fees: FeeItemV1[];

  @Column('boolean')
  payBeforeProcessing: boolean;

  @Column('boolean')
  partialPaymentAllowed: boolean;

  @Column('timestamptz')
  publishedAt: Date;
}
