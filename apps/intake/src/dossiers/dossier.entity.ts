import {
  Channel,
  DossierStatus,
  ReceivedDocumentV1,
  ResolutionOutcome,
  ResultDeliveryMethod,
  ReturnMethod,
} from '@motcua/contracts';
import { Column, Entity, PrimaryColumn, VersionColumn } from 'typeorm';

/** What the deciding unit asked the applicant to bring. */
export interface SupplementRequest {
  readonly reason: string;
  readonly documents: string[];
  readonly requestedAt: string;
  readonly closesAt: string;
}

@Entity({ name: 'dossiers' })
export class Dossier {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text', { unique: true })
  code: string;

  @Column('text')
  status: DossierStatus;

  @Column('text')
  procedureCode: string;

  /** The procedure version in force at reception; the dossier keeps it whatever the catalog does later. */
  @Column('uuid', { nullable: true })
  procedureVersionId: string | null;

  @Column('text')
  procedureName: string;

  @Column('text')
  receivingUnitCode: string;

  @Column('text')
  handlingUnitCode: string;

  @Column('text')
  channel: Channel;

  @Column('text')
  applicantFullName: string;

  /** E.164. Personal data: never logged. */
  @Column('text')
  applicantPhone: string;

  @Column('text', { nullable: true })
  applicantEmail: string | null;

  /** Personal data: never logged. */
  @Column('text', { nullable: true })
  applicantIdNumber: string | null;

  @Column('text', { nullable: true })
  applicantAddress: string | null;

  /** The checklist as received, copied from the pinned version. */
  @Column('jsonb', { nullable: true })
  documents: ReceivedDocumentV1[] | null;

  @Column('text', { nullable: true })
  resultDeliveryMethod: ResultDeliveryMethod | null;

  @Column('text', { nullable: true })
  resultDeliveryAddress: string | null;

  @Column('timestamptz')
  receivedAt: Date;

  @Column('uuid')
  receivedBy: string;

  /** The clerk's name as printed on slip 01. */
  @Column('text', { nullable: true })
  receivedByName: string | null;

  @Column('integer', { nullable: true })
  counterNumber: number | null;

  /** When the time limit started counting. */
  @Column('timestamptz', { nullable: true })
  countedFrom: Date | null;

  /** The appointment promised on slip 01. Never recomputed. */
  @Column('timestamptz', { nullable: true })
  dueAt: Date | null;

  /** When routing first gave the dossier to its deciding unit (form 06: "chuyển hồ sơ đến cơ quan giải quyết"). */
  @Column('timestamptz', { nullable: true })
  forwardedAt: Date | null;

  /** The new return date of an apology (form 04); the slip's appointment stays as it was printed. */
  @Column('timestamptz', { nullable: true })
  extendedDueAt: Date | null;

  /** Why the unit could not keep the appointment (form 04). */
  @Column('text', { nullable: true })
  extensionReason: string | null;

  @Column('timestamptz', { nullable: true })
  extendedAt: Date | null;

  /** The open supplement request, shown at the counter when the applicant brings the documents. */
  @Column('jsonb', { nullable: true })
  supplementRequest: SupplementRequest | null;

  @Column('text', { nullable: true })
  resolutionOutcome: ResolutionOutcome | null;

  @Column('text', { nullable: true })
  resultReference: string | null;

  @Column('timestamptz', { nullable: true })
  resolvedAt: Date | null;

  /** When the result reached the Center and can be handed over (at once for an electronic result). */
  @Column('timestamptz', { nullable: true })
  resultAtCenterAt: Date | null;

  @Column('timestamptz', { nullable: true })
  returnedAt: Date | null;

  @Column('text', { nullable: true })
  returnMethod: ReturnMethod | null;

  /** Who signed for the result at the return counter. */
  @Column('text', { nullable: true })
  returnedTo: string | null;

  @VersionColumn()
  version: number;
}
