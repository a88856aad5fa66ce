import { PaymentRequestStatus } from '@motcua/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { DONG } from '../money';

/** An online payment opened with the payment provider, settled by its signed callback. */
@Entity({ name: 'payment_requests' })
export class PaymentRequest {
  @PrimaryColumn('text')
  reference: string;

  @Column('uuid')
  dossierId: string;

  @Column('bigint', { transformer: DONG })
  amountDong: number;

  @Column('text')
  status: PaymentRequestStatus;

  @Column('text')
  payUrl: string;

  @Column('uuid')
  requestedBy: string;

  @Column('timestamptz')
  createdAt: Date;

  @Column('uuid', { nullable: true })
  paymentId: string | null;
}
