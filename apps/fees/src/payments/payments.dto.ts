import { PaymentV1 } from '@motcua/contracts';
import type { Receipt } from '../receipts/receipt.entity';
import { toReceiptDto } from '../receipts/receipts.dto';
import type { Payment } from './payment.entity';

export function toPaymentDto(payment: Payment, receipts: readonly Receipt[]): PaymentV1 {
  return {
    id: payment.id,
    dossierId: payment.dossierId,
    method: payment.method,
    amountDong: payment.amountDong,
    ...(payment.counterNumber === null ? {} : { counterNumber: payment.counterNumber }),
    day: payment.day,
    paidAt: payment.paidAt.toISOString(),
    recordedBy: payment.recordedBy,
    receipts: receipts.filter((r) => r.paymentId === payment.id).map(toReceiptDto),
  };
}
