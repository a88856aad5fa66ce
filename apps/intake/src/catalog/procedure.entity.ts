import { Column, Entity, PrimaryColumn } from 'typeorm';

export type ProcedureStatus = 'active' | 'retired';

/** A procedure of the catalog, with the searchable facts of its current version. */
@Entity({ name: 'procedures' })
export class Procedure {
  @PrimaryColumn('text')
  code: string;

  @Column('text')
  status: ProcedureStatus;

  @Column('integer')
  currentVersion: number;

  @Column('uuid')
  currentVersionId: string;

  @Column('text')
  name: string;

  @Column('text')
  sector: string;

  @Column('text', { array: true })
  handlingUnitCodes: string[];

  /** Code and name without diacritics, lower case: what search matches. */
  @Column('text')
  searchText: string;

  @Column('boolean')
  isDemoData: boolean;

  @Column('timestamptz', { nullable: true })
  retiredAt: Date | null;

  @Column('text', { nullable: true })
  retiredReason: string | null;
}
