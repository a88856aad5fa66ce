import { DocumentForm } from '@motcua/contracts';
import { ApplicantDetails, applicantContactLines, documentChecklist, formatPhone } from './dossier-labels';
import { DocumentError, DocumentErrorCode } from './documents.errors';
import { FontStyle } from './fonts';
import {
  DocumentIssuer,
  TextRun,
  drawOfficialHeader,
  drawParagraphs,
  drawRuns,
  drawSignatures,
  drawTitle,
  labelled,
} from './layout';
import { PageFormat, renderPdf } from './sheet';
import { drawTable } from './table';
import { formatVietnamDateTime } from './vietnam-time';

// Form 02 of Circular 01/2018/TT-VPCP, same number in Circular 03/2025/TT-VPCP. Decree 118/2025 Art. 16.3
// and 17.2.a: everything missing is asked for at once, in writing, on this form.
export const SUPPLEMENT_REQUEST_TITLE = 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ';

/** One thing to add or correct; `form` and `count` when it is a paper to bring. */
export interface SupplementItem {
  readonly name: string;
  /** What exactly is wrong or missing (`thiếu chữ ký của người khai`). */
  readonly detail?: string;
  readonly form?: DocumentForm;
  readonly count?: number;
}

/** Data of form 02, the supplement request. */
export interface SupplementRequestInput {
  readonly issuer: DocumentIssuer;
  /** Number and symbol after `Số:` (`15/HDHS`). */
  readonly documentNumber?: string;
  readonly issuedAt: Date;
  /** Present when the request comes during processing, after the dossier got its code. */
  readonly dossierCode?: string;
  readonly applicant: ApplicantDetails;
  readonly procedureName: string;
  /** Everything missing, all at once; at least one item. */
  readonly items: readonly SupplementItem[];
  readonly reason: string;
  /** Deadline to bring the supplement, when the procedure sets one. */
  readonly supplementDueAt?: Date;
  /** Who answers questions while the applicant completes the dossier. */
  readonly contact: { readonly name: string; readonly phone: string };
  /** The officer who wrote the guidance and signs it. */
  readonly guideName: string;
  readonly format?: PageFormat;
}

/** Renders form 02 (Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ) as a PDF. */
export async function renderSupplementRequest(input: SupplementRequestInput): Promise<Buffer> {
  if (input.items.length === 0) throw new DocumentError(DocumentErrorCode.NothingToSupplement);
  return renderPdf(
    {
      format: input.format,
      title: SUPPLEMENT_REQUEST_TITLE,
      author: input.issuer.issuingBody,
      createdAt: input.issuedAt,
    },
    (sheet) => {
      drawOfficialHeader(sheet, {
        ...input.issuer,
        documentNumber: input.documentNumber,
        issuedAt: input.issuedAt,
      });
      drawTitle(
        sheet,
        SUPPLEMENT_REQUEST_TITLE,
        input.dossierCode ? [labelled('Mã hồ sơ', input.dossierCode)] : [],
      );
      drawParagraphs(sheet, [
        labelled('Hồ sơ của', input.applicant.fullName),
        labelled('Nội dung yêu cầu giải quyết', input.procedureName),
        ...applicantContactLines(input.applicant),
      ]);
      drawRuns(sheet, [{ text: 'Yêu cầu bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:' }]);
      drawTable(
        sheet,
        documentChecklist(
          input.items.map((item) => ({
            ...item,
            name: item.detail ? `${item.name}\n${item.detail}` : item.name,
          })),
          { nameHeader: 'Nội dung cần bổ sung, hoàn thiện', isCompact: sheet.format === PageFormat.Roll80 },
        ),
      );
      const closing: TextRun[][] = [labelled('Lý do', input.reason, FontStyle.Regular)];
      if (input.supplementDueAt) {
        closing.push(
          labelled(
            'Thời hạn bổ sung, hoàn thiện hồ sơ',
            `trước ${formatVietnamDateTime(input.supplementDueAt)}`,
          ),
        );
      }
      closing.push([
        {
          text:
            'Trong quá trình bổ sung, hoàn thiện hồ sơ, nếu có vướng mắc, Ông/Bà liên hệ với ' +
            `${input.contact.name}, số điện thoại ${formatPhone(input.contact.phone)} để được hướng dẫn./.`,
        },
      ]);
      drawParagraphs(sheet, closing, { align: 'justify' });
      drawSignatures(sheet, [{ title: 'Người hướng dẫn', signerName: input.guideName }]);
    },
  );
}
