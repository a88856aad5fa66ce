import { ReceiptIssuer } from '@motcua/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A receipt series (template symbol + series symbol) of a collecting unit for one year. `lastNumber` is the
 * counter row: it is incremented in the transaction that issues the receipt, so a rollback gives the number
 * back and numbers stay without gaps.
 */
@Entity({ name: 'receipt_series' })
export class ReceiptSeries {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  unitCode: string;

  @Column('text')
  templateSymbol: string;

  @Column('text')
  seriesSymbol: string;

  @Column('integer')
  year: number;

  @Column('text', { nullable: true })
  taxCode: string | null;

  @Column('text')
  issuer: ReceiptIssuer;

  @Column('integer')
  lastNumber: number;

  @Column('boolean')
  isActive: boolean;

  @Column('text', { nullable: true })
  cancelReason: string | null;

  @Column('uuid')
  createdBy: string;

  @Column('timestamptz')
  createdAt: Date;

  @Column('timestamptz', { nullable: true })
  cancelledAt: Date | null;
}
