import { ProcessDefinitionV1 } from '@motcua/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A published version of a procedure's internal process; never changed once published. */
@Entity({ name: 'process_versions' })
export class ProcessVersion {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  procedureCode: string;

  @Column('integer')
  version: number;

  @Column('jsonb')
  definition: ProcessDefinitionV1;

  @Column('timestamptz')
  publishedAt: Date;

  /** User id, or `demo-seed`. */
  @Column('text')
  publishedBy: string;
}
