import { Channel, Timeliness } from '@motcua/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Where a dossier's SLA clock stands: running, paused for a supplement, or ended by a resolution or a stop. */
export enum ClockStatus {
  Running = 'running',
  Paused = 'paused',
  Resolved = 'resolved',
  Stopped = 'stopped',
}

const milliseconds = { to: (value: number) => value, from: (value: string) => Number(value) };

/** The SLA clock of one dossier: its due time, its pauses, its end, and which alerts already fired. */
@Entity({ name: 'dossier_clocks' })
export class DossierClock {
  @PrimaryColumn('uuid')
  dossierId: string;

  @Column('text')
  dossierCode: string;

  @Column('text')
  procedureCode: string;

  @Column('text', { nullable: true })
  sectorCode: string | null;

  /** The unit that must act now. */
  @Column('text')
  unitCode: string;

  @Column('uuid', { nullable: true })
  officerId: string | null;

  @Column('text')
  channel: Channel;

  @Column('timestamptz')
  receivedAt: Date;

  /** The due time in force (after supplements and the extension); null for a procedure without a limit. */
  @Column('timestamptz', { nullable: true })
  dueAt: Date | null;

  /** The due time promised at reception. */
  @Column('timestamptz', { nullable: true })
  initialDueAt: Date | null;

  @Column('text')
  status: ClockStatus;

  @Column('timestamptz', { nullable: true })
  pausedAt: Date | null;

  /** Time spent waiting for the applicant's supplements, subtracted in the national formula. */
  @Column('bigint', { transformer: milliseconds })
  pausedMs: number;

  /** More than one supplement request counts the dossier late (QĐ 766). */
  @Column('integer')
  supplementCount: number;

  @Column('timestamptz', { nullable: true })
  extendedAt: Date | null;

  /** The last hand-over: an actual resolution time can never be earlier. */
  @Column('timestamptz', { nullable: true })
  handedOverAt: Date | null;

  /** When the work was actually done. */
  @Column('timestamptz', { nullable: true })
  resolvedAt: Date | null;

  /** When someone confirmed the resolution in the system. */
  @Column('timestamptz', { nullable: true })
  confirmedAt: Date | null;

  @Column('text', { nullable: true })
  timeliness: Timeliness | null;

  @Column('timestamptz', { nullable: true })
  stoppedAt: Date | null;

  @Column('timestamptz', { nullable: true })
  threeDaysNotifiedAt: Date | null;

  @Column('timestamptz', { nullable: true })
  oneDayNotifiedAt: Date | null;

  @Column('timestamptz', { nullable: true })
  dueDayNotifiedAt: Date | null;

  @Column('timestamptz', { nullable: true })
  overdueNotifiedAt: Date | null;
}
