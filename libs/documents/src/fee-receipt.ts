import { amountInWords, formatAmount } from './amount-in-words';
import { FontStyle } from './fonts';
import {
  DocumentIssuer,
  drawFields,
  drawOfficialHeader,
  drawRuns,
  drawSignatures,
  drawTitle,
  labelled,
} from './layout';
import { PageFormat, renderPdf } from './sheet';
import { formatVietnamDate } from './vietnam-time';

export const FEE_RECEIPT_TITLE = 'Biên lai thu phí, lệ phí';

/** Data of a fee receipt: the legal content of Decree 254/2026 Art. 23.2 (REFERENCE.md addendum §1). */
export interface FeeReceiptInput {
  /** The collecting unit, in the header. */
  readonly issuer: DocumentIssuer;
  /** Its full name and tax code, printed among the fields. */
  readonly collectingUnit: string;
  readonly taxCode?: string;
  /** Ký hiệu mẫu biên lai (`01BLP0-001`). */
  readonly templateSymbol?: string;
  /** Ký hiệu biên lai (`AA-26E`). */
  readonly seriesSymbol: string;
  /** Absent while the e-receipt provider has not numbered it. */
  readonly number?: number;
  readonly payerName: string;
  readonly dossierCode: string;
  /** `Phí …` or `Lệ phí …`. */
  readonly feeName: string;
  readonly amountDong: number;
  /** Tiền mặt, Chuyển khoản, Trực tuyến. */
  readonly method: string;
  readonly issuedAt: Date;
  /** The cashier who collected. */
  readonly collectorName: string;
  /** Printed across the receipt when it was cancelled or replaced (`ĐÃ HỦY`). */
  readonly stamp?: string;
  readonly format?: PageFormat;
}

/** Receipt numbers are printed with 7 digits, as e-receipt providers print them (at most 8 are allowed). */
export function formatReceiptNumber(number: number): string {
  return String(number).padStart(7, '0');
}

/** Renders a fee receipt (biên lai thu phí, lệ phí) as a PDF: A4 or the 80 mm counter roll. */
export async function renderFeeReceipt(input: FeeReceiptInput): Promise<Buffer> {
  const number = input.number === undefined ? 'chưa cấp số' : formatReceiptNumber(input.number);
  return renderPdf(
    {
      format: input.format,
      title: `${FEE_RECEIPT_TITLE} ${input.seriesSymbol} ${number}`,
      author: input.issuer.issuingBody,
      createdAt: input.issuedAt,
    },
    (sheet) => {
      drawOfficialHeader(sheet, { ...input.issuer, issuedAt: input.issuedAt });
      drawTitle(sheet, FEE_RECEIPT_TITLE, [
        ...(input.templateSymbol ? [labelled('Mẫu số', input.templateSymbol, FontStyle.Regular)] : []),
        [
          { text: 'Ký hiệu: ' },
          { text: input.seriesSymbol, style: FontStyle.Bold },
          { text: '   Số: ' },
          { text: number, style: FontStyle.Bold },
        ],
      ]);
      if (input.stamp) drawRuns(sheet, [{ text: input.stamp, style: FontStyle.Bold }], { align: 'center' });
      drawFields(sheet, [
        { label: 'Đơn vị thu', value: input.collectingUnit },
        { label: 'Mã số thuế', value: input.taxCode ?? '' },
        { label: 'Người nộp', value: input.payerName, valueStyle: FontStyle.Bold },
        { label: 'Mã hồ sơ', value: input.dossierCode },
        { label: 'Khoản thu', value: input.feeName },
        { label: 'Số tiền', value: formatAmount(input.amountDong), valueStyle: FontStyle.Bold },
        { label: 'Bằng chữ', value: amountInWords(input.amountDong), valueStyle: FontStyle.Italic },
        { label: 'Hình thức thanh toán', value: input.method },
        { label: 'Ngày thu', value: formatVietnamDate(input.issuedAt) },
      ]);
      drawSignatures(sheet, [
        { title: 'Người nộp tiền', signerName: input.payerName },
        { title: 'Người thu tiền', signerName: input.collectorName },
      ]);
    },
  );
}
