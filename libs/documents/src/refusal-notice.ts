import { ApplicantDetails, applicantContactLines } from './dossier-labels';
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

// Form 03 of Circular 01/2018/TT-VPCP, same number in Circular 03/2025/TT-VPCP: the written refusal with
// its reason (REFERENCE.md §1.4).
export const REFUSAL_NOTICE_TITLE = 'Phiếu từ chối tiếp nhận giải quyết hồ sơ';

/** Data of form 03, the refusal to receive a dossier. */
export interface RefusalNoticeInput {
  readonly issuer: DocumentIssuer;
  /** Number and symbol after `Số:` (`07/TCHS`). */
  readonly documentNumber?: string;
  readonly issuedAt: Date;
  /** The receiving unit as a sentence names it (`Trung tâm Phục vụ hành chính công tỉnh Nghệ An`). */
  readonly receivingUnit: string;
  readonly applicant: ApplicantDetails;
  readonly procedureName: string;
  /** Why the dossier is refused; line breaks start new paragraphs. */
  readonly reason: string;
  /** The clerk who refuses and signs. */
  readonly receiverName: string;
  readonly format?: PageFormat;
}

/** Renders form 03 (Phiếu từ chối tiếp nhận giải quyết hồ sơ) as a PDF. */
export async function renderRefusalNotice(input: RefusalNoticeInput): Promise<Buffer> {
  return renderPdf(
    {
      format: input.format,
      title: REFUSAL_NOTICE_TITLE,
      author: input.issuer.issuingBody,
      createdAt: input.issuedAt,
    },
    (sheet) => {
      drawOfficialHeader(sheet, {
        ...input.issuer,
        documentNumber: input.documentNumber,
        issuedAt: input.issuedAt,
      });
      drawTitle(sheet, REFUSAL_NOTICE_TITLE);
      drawParagraphs(sheet, [
        [
          { text: `${input.receivingUnit} tiếp nhận hồ sơ của: ` },
          { text: input.applicant.fullName, style: FontStyle.Bold },
        ],
        ...applicantContactLines(input.applicant),
        labelled('Nội dung yêu cầu giải quyết', input.procedureName),
      ]);
      drawParagraphs(
        sheet,
        [
          [
            {
              text:
                `Qua xem xét, ${input.receivingUnit} thông báo không tiếp nhận, giải quyết hồ sơ này ` +
                'với lý do cụ thể như sau:',
            },
          ],
          ...input.reason
            .split('\n')
            .filter((line) => line.trim() !== '')
            .map((line) => [{ text: line.trim() }]),
          [{ text: 'Xin thông báo cho Ông/Bà được biết và thực hiện./.' }],
        ],
        { align: 'justify' },
      );
      drawSignatures(sheet, [{ title: 'Người tiếp nhận hồ sơ', signerName: input.receiverName }]);
    },
  );
}
