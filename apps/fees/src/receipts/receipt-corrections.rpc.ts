import { Controller } from '@nestjs/common';
import { CORRECT_RECEIPT_V1, CorrectReceiptV1, ReceiptCorrectionV1 } from '@motcua/contracts';
import { Respond } from '@motcua/messaging';
import { ReceiptCorrectionsService } from './receipt-corrections.service';

@Controller()
export class ReceiptCorrectionsRpc {
  constructor(private readonly corrections: ReceiptCorrectionsService) {}

  @Respond(CORRECT_RECEIPT_V1)
  correct(request: CorrectReceiptV1): Promise<ReceiptCorrectionV1> {
    return this.corrections.correctReceipt(request);
  }
}
