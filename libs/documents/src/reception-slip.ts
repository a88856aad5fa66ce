import { CHANNEL_LABELS, Channel, TimeUnit } from '@motcua/contracts';
import {
  ApplicantDetails,
  DocumentLine,
  ResultReturn,
  applicantContactLines,
  documentChecklist,
  formatProcessingTime,
  formatResultReturn,
  padCount,
} from './dossier-labels';
import { FontStyle } from './fonts';
import {
  DocumentIssuer,
  SignatureBlock,
  TextRun,
  contentLeft,
  contentWidth,
  drawOfficialHeader,
  drawParagraphs,
  drawRuns,
  drawSignatures,
  drawTitle,
  ensureSpace,
  labelled,
  moveDown,
} from './layout';
import { buildLookupUrl, drawQrCode } from './lookup-qr';
import { PageFormat, Sheet, renderPdf } from './sheet';
import { drawTable } from './table';
import { formatVietnamDateTime } from './vietnam-time';

// Form 01 has the same number and name in Circular 01/2018/TT-VPCP and in Circular 03/2025/TT-VPCP, which
// replaced it for dossiers received since 1/7/2025 (Decree 118/2025). The fields follow the 01/2018 form
// as real centres print it (REFERENCE.md §2.1): the 03/2025 appendix has not been checked field by field.
export const RECEPTION_SLIP_TITLE = 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả';

/** Data of form 01, the reception and appointment slip handed to the applicant. */
export interface ReceptionSlipInput {
  readonly issuer: DocumentIssuer;
  /** `000.00.20.H41-261128-0361`; also what the QR code looks up. */
  readonly dossierCode: string;
  /** The receiving unit as a sentence names it (`Trung tâm Phục vụ hành chính công tỉnh Nghệ An`). */
  readonly receivingUnit: string;
  readonly applicant: ApplicantDetails;
  readonly procedureName: string;
  readonly channel: Channel;
  /** The papers received, one line per paper and kind of copy. */
  readonly documents: readonly DocumentLine[];
  /** Sets of the dossier received; 1 by default. */
  readonly setCount?: number;
  readonly processingTime: { readonly amount: number; readonly unit: TimeUnit };
  readonly receivedAt: Date;
  /** The appointment, hour included. */
  readonly dueAt: Date;
  readonly resultReturn: ResultReturn;
  /** Entry in a paper dossier register (Sổ theo dõi hồ sơ), where the counter keeps one. */
  readonly register?: { readonly book: string; readonly entry: number };
  /** Public address of the gateway; the QR code opens `<publicBaseUrl>/tra-cuu?ma=<dossier code>`. */
  readonly publicBaseUrl: string;
  /** The clerk who received the dossier and signs the slip. */
  readonly receiverName: string;
  readonly format?: PageFormat;
}

/** Renders form 01 (Giấy tiếp nhận hồ sơ và hẹn trả kết quả) as a PDF. */
export async function renderReceptionSlip(input: ReceptionSlipInput): Promise<Buffer> {
  const lookupUrl = buildLookupUrl(input.publicBaseUrl, input.dossierCode);
  return renderPdf(
    {
      format: input.format,
      title: `${RECEPTION_SLIP_TITLE} ${input.dossierCode}`,
      author: input.issuer.issuingBody,
      createdAt: input.receivedAt,
    },
    (sheet) => drawReceptionSlip(sheet, input, lookupUrl),
  );
}

function drawReceptionSlip(sheet: Sheet, input: ReceptionSlipInput, lookupUrl: string): void {
  drawOfficialHeader(sheet, { ...input.issuer, issuedAt: input.receivedAt });
  drawTitle(sheet, RECEPTION_SLIP_TITLE, [labelled('Mã hồ sơ', input.dossierCode)]);

  const applicantLines: TextRun[][] = [
    [
      { text: `${input.receivingUnit} tiếp nhận hồ sơ của: ` },
      { text: input.applicant.fullName, style: FontStyle.Bold },
    ],
    ...applicantContactLines(input.applicant),
    labelled('Nội dung yêu cầu giải quyết', input.procedureName),
    labelled('Hình thức nộp hồ sơ', CHANNEL_LABELS[input.channel], FontStyle.Regular),
  ];
  if (sheet.format === PageFormat.A4) drawBesideQr(sheet, applicantLines, lookupUrl);
  else drawParagraphs(sheet, applicantLines);

  drawRuns(sheet, [{ text: '1. Thành phần hồ sơ nộp gồm:' }]);
  drawTable(sheet, documentChecklist(input.documents, { isCompact: sheet.format === PageFormat.Roll80 }));
  drawParagraphs(sheet, [
    [{ text: `2. Số lượng hồ sơ: ${padCount(input.setCount ?? 1)} bộ` }],
    labelled(
      '3. Thời gian giải quyết hồ sơ theo quy định',
      formatProcessingTime(input.processingTime.amount, input.processingTime.unit),
    ),
    labelled('4. Thời gian nhận hồ sơ', formatVietnamDateTime(input.receivedAt), FontStyle.Regular),
    labelled('5. Thời gian trả kết quả giải quyết hồ sơ', formatVietnamDateTime(input.dueAt)),
    labelled('6. Đăng ký nhận kết quả', formatResultReturn(input.resultReturn), FontStyle.Regular),
  ]);
  if (input.register) {
    drawRuns(sheet, [
      { text: `Vào Sổ theo dõi hồ sơ, Quyển số: ${input.register.book}, Số thứ tự: ${input.register.entry}` },
    ]);
  }
  if (sheet.format !== PageFormat.A4) drawCentredQr(sheet, lookupUrl);
  drawSignatures(sheet, signatures(input));
}

// An online or postal applicant is not at the counter to sign.
function signatures(input: ReceptionSlipInput): SignatureBlock[] {
  const receiver: SignatureBlock = { title: 'Người tiếp nhận hồ sơ', signerName: input.receiverName };
  if (input.channel !== Channel.Direct) return [receiver];
  return [{ title: 'Người nộp hồ sơ', signerName: input.applicant.fullName }, receiver];
}

const QR_SIZE_A4 = 84;
const QR_CAPTION = 'Quét mã để tra cứu hồ sơ';

function drawBesideQr(sheet: Sheet, lines: readonly (readonly TextRun[])[], lookupUrl: string): void {
  const { doc, scale } = sheet;
  ensureSpace(sheet, QR_SIZE_A4 + scale.small * 2);
  const top = doc.y;
  const qrX = contentLeft(sheet) + contentWidth(sheet) - QR_SIZE_A4;
  drawQrCode(doc, lookupUrl, qrX, top, QR_SIZE_A4);
  doc
    .font(FontStyle.Italic)
    .fontSize(scale.small - 2)
    .text(QR_CAPTION, qrX - 10, top + QR_SIZE_A4 - 4, { width: QR_SIZE_A4 + 20, align: 'center' });
  const qrBottom = doc.y;
  doc.y = top;
  drawParagraphs(sheet, lines, { width: contentWidth(sheet) - QR_SIZE_A4 - 8 });
  if (doc.y < qrBottom) doc.y = qrBottom;
  moveDown(sheet, 2);
}

function drawCentredQr(sheet: Sheet, lookupUrl: string): void {
  const { doc, scale } = sheet;
  const size = Math.min(contentWidth(sheet) * 0.6, 130);
  ensureSpace(sheet, size + scale.small * 2);
  const x = contentLeft(sheet) + (contentWidth(sheet) - size) / 2;
  const top = doc.y;
  drawQrCode(doc, lookupUrl, x, top, size);
  doc
    .font(FontStyle.Italic)
    .fontSize(scale.small)
    .text(QR_CAPTION, contentLeft(sheet), top + size - 4, { width: contentWidth(sheet), align: 'center' });
  moveDown(sheet, 2);
}
