import pdfParse from 'pdf-parse';

/** A run of text as pdf.js reads it, in PDF points from the page's bottom-left corner. */
export interface TextItem {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface PdfText {
  readonly pageCount: number;
  /** The document information dictionary (Title, Author, CreationDate as `D:YYYYMMDDHHmmSSZ`…). */
  readonly info: Readonly<Record<string, string>>;
  readonly pages: readonly (readonly TextItem[])[];
  /** Each page's lines top to bottom, runs on a line joined (with a space where there is a gap). */
  readonly lines: readonly string[];
  /** The lines joined by newlines. */
  readonly text: string;
  /** The lines joined by spaces: what a reader reads, whatever the line breaks. */
  readonly flat: string;
}

interface PdfJsItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

interface PdfJsPage {
  getTextContent(options: { normalizeWhitespace: boolean }): Promise<{ items: PdfJsItem[] }>;
}

/** Reads the text back out of a PDF with the pdf.js build inside pdf-parse. */
export async function readPdfText(pdf: Buffer): Promise<PdfText> {
  const pages: TextItem[][] = [];
  const { numpages, info } = await pdfParse(pdf, {
    pagerender: async (page: PdfJsPage) => {
      const content = await page.getTextContent({ normalizeWhitespace: false });
      pages.push(
        content.items.map((item) => ({
          text: item.str,
          x: item.transform[4],
          y: item.transform[5],
          width: item.width,
          height: item.height,
        })),
      );
      return '';
    },
  });
  const lines = pages.flatMap(toLines);
  return {
    pageCount: numpages,
    info: info as Record<string, string>,
    pages,
    lines,
    text: lines.join('\n'),
    flat: lines.join(' '),
  };
}

function toLines(items: readonly TextItem[]): string[] {
  const rows = new Map<number, TextItem[]>();
  for (const item of items) {
    if (item.text === '') continue;
    const key = Math.round(item.y);
    const near = [...rows.keys()].find((y) => Math.abs(y - key) <= 1.5) ?? key;
    rows.set(near, [...(rows.get(near) ?? []), item]);
  }
  return [...rows.entries()]
    .sort(([a], [b]) => b - a)
    .map(([, row]) =>
      row
        .sort((a, b) => a.x - b.x)
        .reduce((line, item, index) => {
          const previous = row[index - 1];
          const gap = previous ? item.x - (previous.x + previous.width) : 0;
          return line + (index > 0 && gap > 1.5 && !line.endsWith(' ') ? ' ' : '') + item.text;
        }, '')
        .replace(/\s+/g, ' ')
        .trim(),
    );
}

/** The items whose text contains `needle`, for checks on position. */
export function findItems(text: PdfText, needle: string, page = 0): TextItem[] {
  return text.pages[page].filter((item) => item.text.includes(needle));
}
