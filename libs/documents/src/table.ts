import { DocumentError, DocumentErrorCode } from './documents.errors';
import { FontStyle } from './fonts';
import { contentLeft, contentWidth, ensureSpace, moveDown, nfc } from './layout';
import { Sheet } from './sheet';

export interface TableColumn {
  readonly header: string;
  /** Relative width: columns share the table width in proportion to their weights. */
  readonly weight: number;
  readonly align?: 'left' | 'center' | 'right';
}

/** A row's cells in column order; `isBold` for totals. A cell may hold `\n` line breaks. */
export interface TableRow {
  readonly cells: readonly string[];
  readonly isBold?: boolean;
}

export interface TableSpec {
  readonly columns: readonly TableColumn[];
  readonly rows: readonly (TableRow | readonly string[])[];
  /** Font size of the cells; the format's table size by default. */
  readonly fontSize?: number;
}

const PADDING_X = 3;
const PADDING_Y = 2.5;
const LINE_GAP = 0.5;

/**
 * A bordered table whose cells wrap. A row never splits: when it does not fit, the table continues on a
 * new page under a repeated header row. A row taller than a whole page is cut short with an ellipsis.
 */
export function drawTable(sheet: Sheet, table: TableSpec): void {
  const { doc, scale } = sheet;
  const left = contentLeft(sheet);
  const totalWeight = table.columns.reduce((sum, column) => sum + column.weight, 0);
  const widths = table.columns.map((column) => (column.weight / totalWeight) * contentWidth(sheet));
  const fontSize = table.fontSize ?? scale.table;
  const header: TableRow = { cells: table.columns.map((column) => column.header), isBold: true };
  const rows = table.rows.map((row): TableRow => (isTableRow(row) ? row : { cells: row }));
  rows.forEach((row, index) => {
    if (row.cells.length !== table.columns.length) {
      throw new DocumentError(DocumentErrorCode.TableShapeMismatch, { row: index, cells: row.cells.length });
    }
  });

  const pageBodyHeight = () => doc.page.height - doc.page.margins.top - doc.page.margins.bottom;
  const measure = (row: TableRow): number => {
    doc.font(row.isBold ? FontStyle.Bold : FontStyle.Regular).fontSize(fontSize);
    const heights = row.cells.map((cell, column) =>
      doc.heightOfString(nfc(cell) || ' ', { width: widths[column] - 2 * PADDING_X, lineGap: LINE_GAP }),
    );
    return Math.max(...heights) + 2 * PADDING_Y;
  };
  const headerHeight = measure(header);
  const draw = (row: TableRow, height: number, isHeader: boolean, isClamped = false): void => {
    const top = doc.y;
    let x = left;
    doc.font(row.isBold ? FontStyle.Bold : FontStyle.Regular).fontSize(fontSize);
    row.cells.forEach((cell, column) => {
      doc.text(nfc(cell), x + PADDING_X, top + PADDING_Y, {
        width: widths[column] - 2 * PADDING_X,
        ...(isClamped ? { height: height - 2 * PADDING_Y, ellipsis: true } : {}),
        lineGap: LINE_GAP,
        align: isHeader ? 'center' : (table.columns[column].align ?? 'left'),
      });
      doc.rect(x, top, widths[column], height).lineWidth(0.5).stroke();
      x += widths[column];
    });
    doc.x = left;
    doc.y = top + height;
  };

  ensureSpace(sheet, headerHeight + (rows.length > 0 ? measure(rows[0]) : 0));
  draw(header, headerHeight, true);
  for (const row of rows) {
    const fullHeight = measure(row);
    const height = Math.min(fullHeight, pageBodyHeight() - headerHeight);
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      draw(header, headerHeight, true);
    }
    draw(row, height, false, height < fullHeight);
  }
  moveDown(sheet, scale.blockGap);
}

function isTableRow(row: TableRow | readonly string[]): row is TableRow {
  return !Array.isArray(row);
}
