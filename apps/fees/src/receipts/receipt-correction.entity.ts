import { CorrectionAction, PaymentMethod } from '@motcua/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { DONG } from '../money';

/** A cancellation, replacement or adjustment of a receipt: who approved it, why, and the error-notice data. */
@Entity({ name: 'receipt_corrections' })
export class ReceiptCorrection {
  @PrimaryColumn('uuid')
  id: string;

  /** The corrected receipt; a receipt is corrected at most once (a replacement is corrected in its turn). */
  @Column('uuid')
  receiptId: string;

  @Column('text')
  action: CorrectionAction;

  @Column('text')
  reason: string;

  @Column('uuid')
  approvedBy: string;

  @Column('text')
  approvedByName: string;

  @Column('uuid', { nullable: true })
  newReceiptId: string | null;

  @Column('text')
  unitCode: string;

  @Column('text', { nullable: true })
  templateSymbol: string | null;

  @Column('text')
  seriesSymbol: string;

  @Column('integer', { nullable: true })
  number: number | null;

  /** Vietnamese day the corrected receipt was issued (NLap). */
  @Column('date')
  issuedOn: string;

  /** Vietnamese day of the correction: the day whose reconciliation counts it. */
  @Column('date')
  day: string;

  @Column('integer', { nullable: true })
  counterNumber: number | null;

  @Column('bigint', { transformer: DONG })
  amountDong: number;

  @Column('text')
  method: PaymentMethod;

  @Column('timestamptz')
  correctedAt: Date;

  /** When the e-receipt provider confirmed the corrected receipt void (its receipts only). */
  @Column('timestamptz', { nullable: true })
  providerCancelledAt: Date | null;
}
