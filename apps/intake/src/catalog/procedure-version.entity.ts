import type { ProcedureDefinitionV1 } from '@motcua/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One published version of a procedure; never changed once written. Dossiers pin its id. */
@Entity({ name: 'procedure_versions' })
export class ProcedureVersion {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  procedureCode: string;

  @Column('integer')
  version: number;

  @Column('jsonb')
  definition: ProcedureDefinitionV1;

  @Column('timestamptz')
  publishedAt: Date;

  @Column('uuid')
  publishedBy: string;
}
