import { ProcessingTimeV1, SupplementRule } from '@motcua/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Routing's copy of a procedure version, from `intake.procedure.published.v1`: what routing needs of it. */
@Entity({ name: 'procedure_versions' })
export class ProcedureCopy {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  procedureCode: string;

  @Column('integer')
  version: number;

  @Column('text')
  name: string;

  @Column('text')
  sector: string;

  /** The first decides: the default process runs there. */
  @Column('text', { array: true })
  handlingUnitCodes: string[];

  @Column('jsonb')
  processingTime: ProcessingTimeV1;

  @Column('text')
  supplementRule: SupplementRule;

  @Column('boolean')
  interAgency: boolean;

  @Column('timestamptz')
  publishedAt: Date;
}
