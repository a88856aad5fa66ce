import { Channel, DossierStatus } from '@motcua/contracts';
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

  @Column('timestamptz')
  receivedAt: Date;

  @Column('uuid')
  receivedBy: string;

  @VersionColumn()
  version: number;
}
