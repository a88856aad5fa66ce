import { Controller } from '@nestjs/common';
import { REGISTER_PAPER_RECEIPT_V1, ReceiptV1, RegisterPaperReceiptV1 } from '@motcua/contracts';
import { Respond } from '@motcua/messaging';
import { PaperReceiptsService } from './paper-receipts.service';

@Controller()
export class PaperReceiptsRpc {
  constructor(private readonly paper: PaperReceiptsService) {}

  @Respond(REGISTER_PAPER_RECEIPT_V1)
  register(request: RegisterPaperReceiptV1): Promise<ReceiptV1> {
    return this.paper.registerPaperReceipt(request);
  }
}
