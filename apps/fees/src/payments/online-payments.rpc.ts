import { Controller } from '@nestjs/common';
import {
  CONFIRM_ONLINE_PAYMENT_V1,
  CallbackResultV1,
  ConfirmOnlinePaymentV1,
  PaymentRequestV1,
  REQUEST_ONLINE_PAYMENT_V1,
  RequestOnlinePaymentV1,
} from '@motcua/contracts';
import { Respond } from '@motcua/messaging';
import { OnlinePaymentsService } from './online-payments.service';

@Controller()
export class OnlinePaymentsRpc {
  constructor(private readonly online: OnlinePaymentsService) {}

  @Respond(REQUEST_ONLINE_PAYMENT_V1)
  request(request: RequestOnlinePaymentV1): Promise<PaymentRequestV1> {
    return this.online.requestPayment(request);
  }

  @Respond(CONFIRM_ONLINE_PAYMENT_V1)
  confirm(callback: ConfirmOnlinePaymentV1): Promise<CallbackResultV1> {
    return this.online.confirmPayment(callback);
  }
}
