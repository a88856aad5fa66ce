import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Fees' copy of a unit of the directory, from `intake.unit.published.v1`. */
@Entity({ name: 'units' })
export class UnitCopy {
  @PrimaryColumn('text')
  code: string;

  @Column('text')
  name: string;

  /** False for units that write paper receipts (the provincial Police). */
  @Column('boolean')
  canIssueEReceipts: boolean;

  @Column('text', { nullable: true })
  taxCode: string | null;

  @Column('timestamptz')
  publishedAt: Date;
}
