import { FeeKind, PaymentMethod, ReceiptIssuer, ReceiptStatus } from '@motcua/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { DONG } from '../money';

/**
 * An issued receipt with every legal field copied at issue time. Never deleted and never edited, except its
 * status when a correction supersedes it (and the number an e-receipt provider gives later).
 */
@Entity({ name: 'receipts' })
export class Receipt {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  dossierId: string;

  @Column('text')
  dossierCode: string;

  @Column('uuid', { nullable: true })
  paymentId: string | null;

  @Column('uuid', { nullable: true })
  seriesId: string | null;

  @Column('text')
  issuer: ReceiptIssuer;

  @Column('text')
  status: ReceiptStatus;

  @Column('text')
  kind: FeeKind;

  @Column('text')
  feeName: string;

  @Column('bigint', { transformer: DONG })
  amountDong: number;

  @Column('text', { nullable: true })
  templateSymbol: string | null;

  @Column('text')
  seriesSymbol: string;

  @Column('integer')
  year: number;

  @Column('integer', { nullable: true })
  number: number | null;

  @Column('text')
  unitCode: string;

  @Column('text')
  unitName: string;

  @Column('text', { nullable: true })
  taxCode: string | null;

  @Column('text')
  payerName: string;

  @Column('text')
  method: PaymentMethod;

  @Column('date')
  day: string;

  @Column('integer', { nullable: true })
  counterNumber: number | null;

  @Column('timestamptz')
  issuedAt: Date;

  @Column('uuid')
  issuedBy: string;

  @Column('text')
  issuedByName: string;

  @Column('uuid', { nullable: true })
  correctsReceiptId: string | null;
}
