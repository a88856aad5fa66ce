import {
  Channel,
  ProcessStatus,
  ProcessStepV1,
  ResolutionOutcome,
  SupplementRule,
  Timeliness,
} from '@motcua/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A dossier running through its process; it keeps the steps of the version it started on. */
@Entity({ name: 'process_instances' })
export class ProcessInstance {
  @PrimaryColumn('uuid')
  dossierId: string;

  @Column('text')
  code: string;

  @Column('text')
  procedureCode: string;

  @Column('text')
  procedureName: string;

  @Column('uuid', { nullable: true })
  procedureVersionId: string | null;

  /** Null on the default one-step process. */
  @Column('uuid', { nullable: true })
  processVersionId: string | null;

  @Column('integer', { nullable: true })
  processVersion: number | null;

  @Column('jsonb')
  steps: ProcessStepV1[];

  /** Where the dossier was received: the Center, first and last line of the control slip. */
  @Column('text')
  receivingUnitCode: string;

  @Column('text')
  supplementRule: SupplementRule;

  @Column('text')
  status: ProcessStatus;

  /** Optimistic concurrency: every action names the version it saw and moves it on by one. */
  @Column('integer')
  version: number;

  @Column('text')
  channel: Channel;

  @Column('timestamptz')
  receivedAt: Date;

  /** The appointment in force (after a supplement restart or an extension). */
  @Column('timestamptz', { nullable: true })
  dueAt: Date | null;

  @Column('integer')
  supplementCount: number;

  @Column('timestamptz', { nullable: true })
  supplementRequestedAt: Date | null;

  @Column('timestamptz', { nullable: true })
  supplementClosesAt: Date | null;

  @Column('timestamptz', { nullable: true })
  extendedAt: Date | null;

  @Column('text', { nullable: true })
  resultReference: string | null;

  @Column('text', { nullable: true })
  outcome: ResolutionOutcome | null;

  @Column('text', { nullable: true })
  timeliness: Timeliness | null;

  @Column('timestamptz', { nullable: true })
  closedAt: Date | null;
}
