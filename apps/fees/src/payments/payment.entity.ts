import { FeeKind, PaymentMethod } from '@motcua/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { DONG } from '../money';

/** How much of a payment went to each fee kind (each kind gets its own receipt). */
export interface Allocation {
  readonly kind: FeeKind;
  readonly amountDong: number;
}

@Entity({ name: 'payments' })
export class Payment {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  dossierId: string;

  @Column('text')
  unitCode: string;

  @Column('text')
  method: PaymentMethod;

  @Column('bigint', { transformer: DONG })
  amountDong: number;

  @Column('jsonb')
  allocations: Allocation[];

  @Column('integer', { nullable: true })
  counterNumber: number | null;

  /** Vietnamese calendar day (`YYYY-MM-DD`) the payment is reconciled in. */
  @Column('date')
  day: string;

  @Column('text', { nullable: true })
  transferReference: string | null;

  @Column('timestamptz')
  paidAt: Date;

  @Column('uuid')
  recordedBy: string;

  @Column('text')
  recordedByName: string;
}
