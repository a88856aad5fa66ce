import { Controller } from '@nestjs/common';
import { PaymentV1, RECORD_PAYMENT_V1, RecordPaymentV1 } from '@motcua/contracts';
import { Respond } from '@motcua/messaging';
import { PaymentsService } from './payments.service';

@Controller()
export class PaymentsRpc {
  constructor(private readonly payments: PaymentsService) {}

  @Respond(RECORD_PAYMENT_V1)
  record(request: RecordPaymentV1): Promise<PaymentV1> {
    return this.payments.recordCounterPayment(request);
  }
}
