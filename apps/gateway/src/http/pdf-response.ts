import { StreamableFile } from '@nestjs/common';
import { PaperFormat, RenderedDocumentV1 } from '@motcua/contracts';
import { validationFailed } from './validation';

/** The `format` query of a printed document: A4 unless the 80 mm counter roll is asked for. */
export function paperFormat(format: string | undefined): PaperFormat {
  const paper = format ?? PaperFormat.A4;
  if (!Object.values(PaperFormat).includes(paper as PaperFormat)) {
    throw validationFailed([
      { field: 'format', constraint: 'isEnum', message: 'Khổ giấy phải là a4 hoặc roll80' },
    ]);
  }
  return paper as PaperFormat;
}

/** A rendered document as the HTTP response body, shown inline by browsers. */
export function pdfResponse(document: RenderedDocumentV1): StreamableFile {
  return new StreamableFile(Buffer.from(document.contentBase64, 'base64'), {
    type: document.contentType,
    disposition: `inline; filename="${document.filename}"`,
  });
}
