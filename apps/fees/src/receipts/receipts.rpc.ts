import { Controller } from '@nestjs/common';
import { RENDER_RECEIPT_V1, RenderReceiptV1, RenderedDocumentV1 } from '@motcua/contracts';
import { Respond } from '@motcua/messaging';
import { ReceiptDocumentsService } from './receipt-documents.service';

@Controller()
export class ReceiptsRpc {
  constructor(private readonly documents: ReceiptDocumentsService) {}

  @Respond(RENDER_RECEIPT_V1)
  render(request: RenderReceiptV1): Promise<RenderedDocumentV1> {
    return this.documents.renderReceipt(request.receiptId, request.format);
  }
}
