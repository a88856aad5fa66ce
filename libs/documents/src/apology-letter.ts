import { FontStyle } from './fonts';
import {
  DocumentIssuer,
  drawOfficialHeader,
  drawParagraphs,
  drawSignatures,
  drawTitle,
  labelled,
} from './layout';
import { PageFormat, renderPdf } from './sheet';
import { formatVietnamDate, formatVietnamDateTime } from './vietnam-time';

// Form 04 of Circular 01/2018/TT-VPCP (extension request under Circular 03/2025/TT-VPCP): the unit apologises
// for missing the appointment and gives the new date, once (Decree 118/2025 Art. 19.6; REFERENCE.md §2).
export const APOLOGY_LETTER_TITLE = 'Phiếu xin lỗi và hẹn lại ngày trả kết quả';

/** Data of form 04. */
export interface ApologyLetterInput {
  readonly issuer: DocumentIssuer;
  readonly issuedAt: Date;
  /** The unit that apologises, as a sentence names it (`Sở Tư pháp tỉnh Nghệ An`). */
  readonly unitName: string;
  readonly applicantName: string;
  readonly dossierCode: string;
  readonly procedureName: string;
  readonly receivedAt: Date;
  /** The appointment printed on slip 01. */
  readonly previousDueAt: Date;
  readonly newDueAt: Date;
  readonly reason: string;
  readonly format?: PageFormat;
}

/** Renders form 04 (Phiếu xin lỗi và hẹn lại ngày trả kết quả) as a PDF. */
export function renderApologyLetter(input: ApologyLetterInput): Promise<Buffer> {
  return renderPdf(
    {
      format: input.format,
      title: APOLOGY_LETTER_TITLE,
      author: input.issuer.issuingBody,
      createdAt: input.issuedAt,
    },
    (sheet) => {
      drawOfficialHeader(sheet, { ...input.issuer, issuedAt: input.issuedAt });
      drawTitle(sheet, APOLOGY_LETTER_TITLE);
      drawParagraphs(sheet, [
        [{ text: 'Kính gửi: ' }, { text: input.applicantName, style: FontStyle.Bold }],
        labelled('Mã hồ sơ', input.dossierCode),
        labelled('Tên thủ tục', input.procedureName),
      ]);
      drawParagraphs(
        sheet,
        [
          [
            {
              text:
                `Ngày ${formatVietnamDate(input.receivedAt)}, ${input.unitName} tiếp nhận giải quyết hồ sơ của ` +
                `Ông/Bà, hẹn trả kết quả ${formatVietnamDateTime(input.previousDueAt)}.`,
            },
          ],
          [
            {
              text:
                `Tuy nhiên đến nay, ${input.unitName} chưa trả kết quả giải quyết hồ sơ cho Ông/Bà đúng thời hạn ` +
                'ghi trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả, với lý do:',
            },
          ],
          ...input.reason
            .split('\n')
            .filter((line) => line.trim() !== '')
            .map((line) => [{ text: line.trim() }]),
          [
            {
              text: `Sự chậm trễ này đã gây phiền hà cho Ông/Bà. ${input.unitName} xin lỗi Ông/Bà và hẹn trả kết quả `,
            },
            { text: formatVietnamDateTime(input.newDueAt), style: FontStyle.Bold },
            { text: '.' },
          ],
          [{ text: 'Kính mong nhận được sự thông cảm của Ông/Bà vì sự chậm trễ này./.' }],
        ],
        { align: 'justify' },
      );
      drawSignatures(sheet, [{ title: `Thủ trưởng ${input.unitName}` }]);
    },
  );
}
