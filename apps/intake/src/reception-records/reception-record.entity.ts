import type { Channel, MissingDocumentV1, ReceptionVisitorV1 } from '@motcua/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export type ReceptionOutcome = 'incomplete' | 'refused';

/** A counter visit that did not end in a received dossier: written guidance (form 02) or refusal (form 03). */
@Entity({ name: 'reception_records' })
export class ReceptionRecord {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  outcome: ReceptionOutcome;

  @Column('text')
  procedureCode: string;

  @Column('uuid')
  procedureVersionId: string;

  @Column('text')
  procedureName: string;

  /** The deciding unit, for statistics per unit. */
  @Column('text')
  unitCode: string;

  @Column('text')
  channel: Channel;

  /** Personal data: never logged. */
  @Column('jsonb')
  applicant: ReceptionVisitorV1;

  @Column('jsonb', { nullable: true })
  missing: MissingDocumentV1[] | null;

  @Column('text')
  reason: string;

  @Column('timestamptz')
  recordedAt: Date;

  @Column('uuid')
  recordedBy: string;

  @Column('text')
  recordedByName: string;

  @Column('integer', { nullable: true })
  counterNumber: number | null;
}
