import type { UnitKind } from '@motcua/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A unit of the Center's directory, identified by its QCVN 102 code. */
@Entity({ name: 'units' })
export class Unit {
  @PrimaryColumn('text')
  code: string;

  @Column('text')
  name: string;

  @Column('text')
  shortName: string;

  @Column('text')
  kind: UnitKind;

  @Column('text', { nullable: true })
  parentCode: string | null;

  /** False for units that write paper receipts (the provincial Police). */
  @Column('boolean')
  canIssueEReceipts: boolean;

  @Column('boolean')
  isDemoData: boolean;

  @Column('timestamptz')
  updatedAt: Date;
}
