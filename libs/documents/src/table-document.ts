import {
  Field,
  OfficialHeader,
  SignatureBlock,
  TextRun,
  drawFields,
  drawOfficialHeader,
  drawParagraphs,
  drawSignatures,
  drawTitle,
} from './layout';
import { PageFormat, renderPdf } from './sheet';
import { TableSpec, drawTable } from './table';

/**
 * A document built around one table: header, title, key-value block, paragraphs, the table, closing
 * paragraphs and signatures, each optional but the title and table. Hand-over records, the process control
 * slip and receipts (A4 or an 80 mm roll) are instances of it.
 */
export interface TableDocumentInput {
  readonly format?: PageFormat;
  /** Official header (national name and motto); leave out for receipts and internal lists. */
  readonly header?: OfficialHeader;
  readonly title: string;
  /** Lines centred under the title (`Mã hồ sơ: …`, `Ký hiệu: …  Số: …`). */
  readonly titleLines?: readonly (readonly TextRun[])[];
  readonly fields?: readonly Field[];
  readonly intro?: readonly (readonly TextRun[])[];
  readonly table: TableSpec;
  readonly closing?: readonly (readonly TextRun[])[];
  readonly signatures?: readonly SignatureBlock[];
  /** Metadata: creation date (the header's date by default) and author (the issuing body by default). */
  readonly createdAt?: Date;
  readonly author?: string;
}

/** Renders a {@link TableDocumentInput} as a PDF. */
export async function renderTableDocument(input: TableDocumentInput): Promise<Buffer> {
  return renderPdf(
    {
      format: input.format,
      title: input.title,
      author: input.author ?? input.header?.issuingBody,
      createdAt: input.createdAt ?? input.header?.issuedAt,
    },
    (sheet) => {
      if (input.header) drawOfficialHeader(sheet, input.header);
      drawTitle(sheet, input.title, input.titleLines);
      if (input.fields) drawFields(sheet, input.fields);
      if (input.intro) drawParagraphs(sheet, input.intro);
      drawTable(sheet, input.table);
      if (input.closing) drawParagraphs(sheet, input.closing);
      if (input.signatures) drawSignatures(sheet, input.signatures);
    },
  );
}
