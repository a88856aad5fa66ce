import { Channel, DossierStatus, ReceivedDocumentV1, ResultDeliveryMethod } from '@motcua/contracts';
import { Column, Entity, PrimaryColumn, VersionColumn } from 'typeorm';

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

  @VersionColumn()
  version: number;
}
