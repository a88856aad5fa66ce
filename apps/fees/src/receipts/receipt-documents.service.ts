import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { PAYMENT_METHOD_LABELS, PaperFormat, ReceiptStatus, RenderedDocumentV1 } from '@motcua/contracts';
import { PageFormat, formatReceiptNumber, renderFeeReceipt } from '@motcua/documents';
import type { AppConfig } from '../config';
import { ReceiptsService } from './receipts.service';

const PAGE_FORMATS: Record<PaperFormat, PageFormat> = {
  [PaperFormat.A4]: PageFormat.A4,
  [PaperFormat.Roll80]: PageFormat.Roll80,
};

const STAMPS: Partial<Record<ReceiptStatus, string>> = {
  [ReceiptStatus.Cancelled]: 'BIÊN LAI ĐÃ HỦY',
  [ReceiptStatus.Replaced]: 'BIÊN LAI ĐÃ ĐƯỢC THAY THẾ',
  [ReceiptStatus.Adjusted]: 'BIÊN LAI ĐÃ ĐƯỢC ĐIỀU CHỈNH',
};

/** Receipts as printed documents, from the fields copied at issue (never recomputed). */
@Injectable()
export class ReceiptDocumentsService {
  private readonly documents: AppConfig['documents'];

  constructor(
    private readonly receipts: ReceiptsService,
    config: ConfigService<AppConfig, true>,
  ) {
    this.documents = config.get('documents', { infer: true });
  }

  async renderReceipt(receiptId: string, format: PaperFormat): Promise<RenderedDocumentV1> {
    const receipt = await this.receipts.getReceipt(receiptId);
    const pdf = await renderFeeReceipt({
      issuer: {
        parentBody: this.documents.parentBody,
        issuingBody: receipt.unitName,
        place: this.documents.place,
      },
      collectingUnit: receipt.unitName,
      ...(receipt.taxCode ? { taxCode: receipt.taxCode } : {}),
      ...(receipt.templateSymbol ? { templateSymbol: receipt.templateSymbol } : {}),
      seriesSymbol: receipt.seriesSymbol,
      ...(receipt.number === null ? {} : { number: receipt.number }),
      payerName: receipt.payerName,
      dossierCode: receipt.dossierCode,
      feeName: receipt.feeName,
      amountDong: receipt.amountDong,
      method: PAYMENT_METHOD_LABELS[receipt.method],
      issuedAt: receipt.issuedAt,
      collectorName: receipt.issuedByName,
      ...(STAMPS[receipt.status] ? { stamp: STAMPS[receipt.status] } : {}),
      format: PAGE_FORMATS[format],
    });
    const number = receipt.number === null ? 'chua-cap-so' : formatReceiptNumber(receipt.number);
    return {
      filename: `bien-lai-${receipt.seriesSymbol.replace(/\//g, '-')}-${number}.pdf`,
      contentType: 'application/pdf',
      contentBase64: pdf.toString('base64'),
      unitCode: receipt.unitCode,
    };
  }
}
