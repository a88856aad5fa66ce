import { FontStyle } from './fonts';
import { PageFormat, Sheet } from './sheet';
import { formatPlaceAndDate } from './vietnam-time';

/** Quốc hiệu and Tiêu ngữ as Decree 30/2020 writes them (spaces around the hyphens). */
export const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const NATIONAL_MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/** A piece of a paragraph in one style; a paragraph mixes labels and bold values. */
export interface TextRun {
  readonly text: string;
  readonly style?: FontStyle;
}

export type TextAlign = 'left' | 'center' | 'right' | 'justify';

/** The header block of an administrative document. */
export interface OfficialHeader {
  /** Governing body, printed regular in capitals (`UBND TỈNH NGHỆ AN`). */
  readonly parentBody?: string;
  /** Issuing body, printed bold in capitals with a short rule under it. */
  readonly issuingBody: string;
  /** Number and symbol after `Số:` (`15/HDHS`), on the line of the place and date. */
  readonly documentNumber?: string;
  /** Place name of the place and date line (`Nghệ An`). */
  readonly place: string;
  readonly issuedAt: Date;
}

/** Who issues a document: the header without its number and date, which vary per document. */
export type DocumentIssuer = Omit<OfficialHeader, 'documentNumber' | 'issuedAt'>;

/** One row of a key-value block. */
export interface Field {
  readonly label: string;
  readonly value: string;
  /** Style of the value; regular by default. */
  readonly valueStyle?: FontStyle;
}

/** One signature column: who signs, the hint under it, and the printed name once signed. */
export interface SignatureBlock {
  /** `NGƯỜI TIẾP NHẬN HỒ SƠ`. */
  readonly title: string;
  /** Defaults to `(Ký và ghi rõ họ tên)`. */
  readonly note?: string;
  readonly signerName?: string;
}

export interface ParagraphOptions {
  readonly align?: TextAlign;
  /** Left edge; the left margin by default. */
  readonly x?: number;
  /** Width of the text column; from `x` to the right margin by default. */
  readonly width?: number;
  readonly fontSize?: number;
  /** Space after the paragraph (pt); 2 by default. */
  readonly gapAfter?: number;
}

export const SIGNATURE_NOTE = '(Ký và ghi rõ họ tên)';

const LINE_GAP = 1;

/** Vietnamese from some keyboards arrives decomposed; the fonts and text search want composed (NFC). */
export const nfc = (text: string): string => text.normalize('NFC');
const upper = (text: string): string => nfc(text).toLocaleUpperCase('vi-VN');

export function contentLeft({ doc }: Sheet): number {
  return doc.page.margins.left;
}

export function contentWidth({ doc }: Sheet): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

/** Starts a new page when fewer than `heightPt` remain, so a block that must stay whole is not split. */
export function ensureSpace(sheet: Sheet, heightPt: number): void {
  const { doc } = sheet;
  if (doc.y + heightPt > doc.page.height - doc.page.margins.bottom) {
    doc.addPage();
    doc.x = contentLeft(sheet);
  }
}

/** Moves the cursor down and back to the left margin. */
export function moveDown(sheet: Sheet, heightPt: number): void {
  sheet.doc.y += heightPt;
  sheet.doc.x = contentLeft(sheet);
}

/** Writes `text` centred in a column, in at most two even lines when it is long, and returns the y under it. */
function writeLine(
  sheet: Sheet,
  text: string,
  style: FontStyle,
  size: number,
  x: number,
  y: number,
  width: number,
  options: PDFKit.Mixins.TextOptions = {},
): number {
  const { doc } = sheet;
  doc.font(style).fontSize(size);
  // Balanced lines are written one by one: a "\n" inside the text would shift the centring of its line.
  let bottom = y;
  for (const line of balanceLines(doc, nfc(text), width)) {
    doc.text(line, x, bottom, { width, align: 'center', lineGap: LINE_GAP, ...options });
    bottom = doc.y;
  }
  return bottom;
}

/**
 * Breaks a centred text that needs two lines where the lines come out most even
 * (`TRUNG TÂM PHỤC VỤ / HÀNH CHÍNH CÔNG`, not `TRUNG TÂM PHỤC VỤ HÀNH / CHÍNH CÔNG`).
 */
function balanceLines(doc: PDFKit.PDFDocument, text: string, width: number): string[] {
  if (text.includes('\n') || doc.widthOfString(text) <= width) return [text];
  const words = text.split(' ');
  let best: { lines: string[]; widest: number } | undefined;
  for (let cut = 1; cut < words.length; cut++) {
    const lines = [words.slice(0, cut).join(' '), words.slice(cut).join(' ')];
    const widest = Math.max(...lines.map((line) => doc.widthOfString(line)));
    if (widest <= width && (!best || widest < best.widest)) best = { lines, widest };
  }
  return best?.lines ?? [text];
}

/**
 * The header of Decree 30/2020: issuing body on the left, national name and motto on the right, then the
 * number and the place and date line. On a roll the two columns are stacked.
 */
export function drawOfficialHeader(sheet: Sheet, header: OfficialHeader): void {
  const { doc, scale } = sheet;
  const left = contentLeft(sheet);
  const width = contentWidth(sheet);
  const top = doc.y;
  const placeAndDate = formatPlaceAndDate(nfc(header.place), header.issuedAt);

  doc.font(FontStyle.Bold).fontSize(scale.header);
  const nationalWidth = doc.widthOfString(NATIONAL_NAME);
  const isStacked = sheet.format === PageFormat.Roll80 || nationalWidth * 1.7 > width;
  const rightWidth = isStacked ? width : Math.max(nationalWidth + 8, width * 0.56);
  const leftWidth = isStacked ? width : width - rightWidth - 6;
  const rightX = left + width - rightWidth;

  let y = top;
  if (header.parentBody) {
    y = writeLine(sheet, upper(header.parentBody), FontStyle.Regular, scale.header, left, y, leftWidth);
  }
  y = writeLine(sheet, upper(header.issuingBody), FontStyle.Bold, scale.header, left, y, leftWidth);
  const bodyWidth = Math.min(doc.widthOfString(upper(header.issuingBody)), leftWidth);
  const ruleWidth = Math.max(bodyWidth * 0.4, 30);
  y += 2;
  doc
    .moveTo(left + (leftWidth - ruleWidth) / 2, y)
    .lineTo(left + (leftWidth + ruleWidth) / 2, y)
    .lineWidth(0.6)
    .stroke();
  const leftBottom = y + 2;

  y = isStacked ? leftBottom + scale.blockGap : top;
  y = writeLine(sheet, NATIONAL_NAME, FontStyle.Bold, scale.header, rightX, y, rightWidth);
  y = writeLine(sheet, NATIONAL_MOTTO, FontStyle.Bold, scale.motto, rightX, y, rightWidth, {
    underline: true,
  });
  const rightBottom = y + 2;

  y = Math.max(leftBottom, rightBottom) + scale.blockGap / 2;
  let numberBottom = y;
  if (header.documentNumber) {
    numberBottom = writeLine(
      sheet,
      `Số: ${header.documentNumber}`,
      FontStyle.Regular,
      scale.motto,
      left,
      y,
      leftWidth,
    );
  }
  const dateY = isStacked ? numberBottom : y;
  const dateBottom = writeLine(sheet, placeAndDate, FontStyle.Italic, scale.motto, rightX, dateY, rightWidth);
  doc.x = left;
  doc.y = Math.max(numberBottom, dateBottom) + scale.blockGap;
}

/** The document title in bold capitals, centred, with optional lines under it (`Mã hồ sơ: …`). */
export function drawTitle(sheet: Sheet, title: string, lines: readonly (readonly TextRun[])[] = []): void {
  const { doc, scale } = sheet;
  const left = contentLeft(sheet);
  const width = contentWidth(sheet);
  ensureSpace(sheet, (scale.title + 4) * (2 + lines.length));
  moveDown(sheet, scale.blockGap);
  writeLine(sheet, upper(title), FontStyle.Bold, scale.title, left, doc.y, width);
  for (const line of lines) drawRuns(sheet, line, { align: 'center', gapAfter: 0 });
  moveDown(sheet, scale.blockGap);
}

/** A paragraph of runs in mixed styles; pdfkit flows it over pages by itself. */
export function drawRuns(sheet: Sheet, runs: readonly TextRun[], options: ParagraphOptions = {}): void {
  const { doc, scale } = sheet;
  const parts = runs.filter((run) => run.text !== '');
  if (parts.length === 0) return;
  const x = options.x ?? contentLeft(sheet);
  const width = options.width ?? contentLeft(sheet) + contentWidth(sheet) - x;
  doc.fontSize(options.fontSize ?? scale.body);
  if (options.align === 'center' && drawCentredLine(doc, parts, x, width)) {
    doc.x = contentLeft(sheet);
    doc.y += options.gapAfter ?? 2;
    return;
  }
  parts.forEach((run, index) => {
    const textOptions: PDFKit.Mixins.TextOptions = {
      width,
      align: options.align ?? 'left',
      lineGap: LINE_GAP,
      continued: index < parts.length - 1,
    };
    doc.font(run.style ?? FontStyle.Regular);
    if (index === 0) doc.text(nfc(run.text), x, doc.y, textOptions);
    else doc.text(nfc(run.text), textOptions);
  });
  doc.x = contentLeft(sheet);
  doc.y += options.gapAfter ?? 2;
}

/** Paragraphs one under the other, all with the same options. */
export function drawParagraphs(
  sheet: Sheet,
  paragraphs: readonly (readonly TextRun[])[],
  options: ParagraphOptions = {},
): void {
  for (const runs of paragraphs) drawRuns(sheet, runs, options);
}

// pdfkit misplaces centred text made of `continued` fragments, so a centred line is placed run by run.
function drawCentredLine(
  doc: PDFKit.PDFDocument,
  runs: readonly TextRun[],
  x: number,
  width: number,
): boolean {
  const widths = runs.map((run) => doc.font(run.style ?? FontStyle.Regular).widthOfString(nfc(run.text)));
  const total = widths.reduce((sum, runWidth) => sum + runWidth, 0);
  if (total > width) return false;
  const y = doc.y;
  let cursor = x + (width - total) / 2;
  let bottom = y;
  runs.forEach((run, index) => {
    doc
      .font(run.style ?? FontStyle.Regular)
      .text(nfc(run.text), cursor, y, { lineBreak: false, lineGap: LINE_GAP });
    bottom = Math.max(bottom, y + doc.currentLineHeight(true));
    cursor += widths[index];
  });
  doc.y = bottom;
  return true;
}

/** `label: value` on one line, the value in bold unless `valueStyle` says otherwise. */
export function labelled(label: string, value: string, valueStyle: FontStyle = FontStyle.Bold): TextRun[] {
  return [{ text: `${label}: ` }, { text: value, style: valueStyle }];
}

/** Labels in one column and values wrapped in the other, for receipts and hand-over records. */
export function drawFields(
  sheet: Sheet,
  fields: readonly Field[],
  options: { labelWidth?: number; x?: number; width?: number } = {},
): void {
  const { doc, scale } = sheet;
  const x = options.x ?? contentLeft(sheet);
  const width = options.width ?? contentLeft(sheet) + contentWidth(sheet) - x;
  doc.font(FontStyle.Regular).fontSize(scale.body);
  const widest = Math.max(0, ...fields.map((field) => doc.widthOfString(`${nfc(field.label)}:`)));
  const labelWidth = options.labelWidth ?? Math.min(widest + 6, width * 0.45);
  const valueWidth = width - labelWidth;
  for (const field of fields) {
    const label = `${nfc(field.label)}:`;
    const value = nfc(field.value);
    const valueStyle = field.valueStyle ?? FontStyle.Regular;
    doc.font(FontStyle.Regular);
    const labelHeight = doc.heightOfString(label, { width: labelWidth, lineGap: LINE_GAP });
    doc.font(valueStyle);
    const valueHeight = doc.heightOfString(value || ' ', { width: valueWidth, lineGap: LINE_GAP });
    const height = Math.max(labelHeight, valueHeight);
    ensureSpace(sheet, height);
    const y = doc.y;
    doc.font(FontStyle.Regular).text(label, x, y, { width: labelWidth, lineGap: LINE_GAP });
    doc.font(valueStyle).text(value, x + labelWidth, y, { width: valueWidth, lineGap: LINE_GAP });
    doc.y = y + height + 1;
  }
  doc.x = contentLeft(sheet);
  doc.y += scale.blockGap / 2;
}

/**
 * Signature columns side by side, kept on one page. A single signer stands in the right half, as on
 * official documents.
 */
export function drawSignatures(sheet: Sheet, blocks: readonly SignatureBlock[]): void {
  if (blocks.length === 0) return;
  const { doc, scale } = sheet;
  const left = contentLeft(sheet);
  const width = contentWidth(sheet);
  const isSingle = blocks.length === 1 && sheet.format === PageFormat.A4;
  const columnWidth = isSingle ? width / 2 : width / blocks.length;
  const firstX = isSingle ? left + width / 2 : left;

  const headHeights = blocks.map((block) => {
    doc.font(FontStyle.Bold).fontSize(scale.body);
    const titleHeight = doc.heightOfString(balanceLines(doc, upper(block.title), columnWidth).join('\n'), {
      width: columnWidth,
      lineGap: LINE_GAP,
    });
    doc.font(FontStyle.Italic).fontSize(scale.small);
    return titleHeight + doc.heightOfString(nfc(block.note ?? SIGNATURE_NOTE), { width: columnWidth });
  });
  const namesY = Math.max(...headHeights) + scale.signatureSpace;
  doc.font(FontStyle.Bold).fontSize(scale.body);
  const height = namesY + doc.currentLineHeight(true) * 2;
  ensureSpace(sheet, height + scale.blockGap);
  moveDown(sheet, scale.blockGap);
  const top = doc.y;
  let bottom = top + height;
  // Names share one baseline even when one title wraps and the other does not.
  blocks.forEach((block, index) => {
    const x = firstX + index * columnWidth;
    const y = writeLine(sheet, upper(block.title), FontStyle.Bold, scale.body, x, top, columnWidth);
    writeLine(sheet, block.note ?? SIGNATURE_NOTE, FontStyle.Italic, scale.small, x, y, columnWidth);
    if (block.signerName) {
      bottom = Math.max(
        bottom,
        writeLine(sheet, block.signerName, FontStyle.Bold, scale.body, x, top + namesY, columnWidth),
      );
    }
  });
  doc.x = left;
  doc.y = bottom + scale.blockGap;
}
