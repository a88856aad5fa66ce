import PDFDocument from 'pdfkit';
import { FontStyle, registerFonts } from './fonts';

/** Paper the document is laid out for. */
export enum PageFormat {
  /** A4 portrait, margins of Decree 30/2020: top and bottom 20 mm, left 30 mm, right 15 mm. */
  A4 = 'a4',
  /** 80 mm thermal roll (receipts); one page as long as the content. */
  Roll80 = 'roll80',
}

/** Font sizes (pt) and spacing of one page format. */
export interface TypeScale {
  /** Governing and issuing body, national name. */
  readonly header: number;
  /** Motto, place and date line, `Số:` line. */
  readonly motto: number;
  readonly title: number;
  readonly body: number;
  readonly table: number;
  readonly small: number;
  /** Blank height left for a handwritten signature. */
  readonly signatureSpace: number;
  /** Vertical gap between blocks. */
  readonly blockGap: number;
}

/** A document being drawn: the pdfkit document plus the format it is laid out for. */
export interface Sheet {
  readonly doc: PDFKit.PDFDocument;
  readonly format: PageFormat;
  readonly scale: TypeScale;
}

export interface RenderOptions {
  format?: PageFormat;
  /** PDF metadata title (shown in viewers' title bars). */
  title: string;
  /** PDF metadata author: the issuing body. */
  author?: string;
  /** Creation date written in the metadata; fixing it makes the output byte-for-byte reproducible. */
  createdAt?: Date;
}

const MM = 72 / 25.4;

interface Geometry {
  width: number;
  height: number;
  margins: { top: number; bottom: number; left: number; right: number };
  scale: TypeScale;
}

const GEOMETRY: Record<PageFormat, Geometry> = {
  [PageFormat.A4]: {
    width: 210 * MM,
    height: 297 * MM,
    margins: { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM },
    scale: {
      header: 12,
      motto: 13,
      title: 14,
      body: 13,
      table: 12,
      small: 11,
      signatureSpace: 64,
      blockGap: 8,
    },
  },
  [PageFormat.Roll80]: {
    width: 80 * MM,
    // Measuring pass only: the real page is cut to the content (PDF allows at most 14,400 units).
    height: 14_400,
    // Thermal heads print about 72 mm of the 80 mm roll.
    margins: { top: 4 * MM, bottom: 6 * MM, left: 4 * MM, right: 4 * MM },
    scale: {
      header: 8,
      motto: 8.5,
      title: 10,
      body: 8.5,
      table: 8,
      small: 7.5,
      signatureSpace: 36,
      blockGap: 4,
    },
  },
};

/** Points per millimetre, for callers sizing blocks in millimetres. */
export const POINTS_PER_MM = MM;

/**
 * Renders a document: `draw` lays out the content with the helpers of this library.
 * A roll is drawn twice, once on a very long page to measure it and once on a page cut to that length, so
 * `draw` must be a pure function of its input.
 */
export async function renderPdf(options: RenderOptions, draw: (sheet: Sheet) => void): Promise<Buffer> {
  const format = options.format ?? PageFormat.A4;
  const geometry = GEOMETRY[format];
  let height = geometry.height;
  if (format === PageFormat.Roll80) {
    const measuring = openSheet(options, format, geometry, height);
    draw(measuring);
    // Content longer than the longest PDF page (5 m of roll) keeps breaking into pages.
    const isOnePage = measuring.doc.bufferedPageRange().count === 1;
    height = isOnePage ? Math.ceil(measuring.doc.y + geometry.margins.bottom) : geometry.height;
  }
  const sheet = openSheet(options, format, geometry, height);
  draw(sheet);
  numberPages(sheet);
  return toBuffer(sheet.doc);
}

function openSheet(options: RenderOptions, format: PageFormat, geometry: Geometry, height: number): Sheet {
  const doc = new PDFDocument({
    size: [geometry.width, height],
    margins: geometry.margins,
    bufferPages: true,
    lang: 'vi-VN',
    displayTitle: true,
    info: {
      Title: options.title.normalize('NFC'),
      // pdfkit reads every key it is given, so an absent author must be left out, not undefined.
      ...(options.author ? { Author: options.author.normalize('NFC') } : {}),
      Creator: 'motcua',
      Producer: 'motcua',
      CreationDate: options.createdAt ?? new Date(),
    },
  });
  registerFonts(doc);
  doc.font(FontStyle.Regular).fontSize(geometry.scale.body);
  return { doc, format, scale: geometry.scale };
}

// Decree 30/2020: pages are numbered from the second one, centred in the top margin.
function numberPages({ doc, scale }: Sheet): void {
  const { start, count } = doc.bufferedPageRange();
  for (let index = start + 1; index < start + count; index++) {
    doc.switchToPage(index);
    const { margins } = doc.page;
    const width = doc.page.width - margins.left - margins.right;
    doc
      .font(FontStyle.Regular)
      .fontSize(scale.body)
      .text(String(index + 1), margins.left, margins.top / 2, { width, align: 'center', lineBreak: false });
  }
}

function toBuffer(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
