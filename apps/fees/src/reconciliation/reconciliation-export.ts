import { ExportFormat, ExportedFileV1, PAYMENT_METHOD_LABELS, ReconciliationV1 } from '@motcua/contracts';

const HEADER = ['Ngày', 'Quầy', 'Đơn vị thu', 'Hình thức thanh toán', 'Số giao dịch', 'Số tiền (đồng)'];

// The table both formats share: one row per counter, unit and method, then the day's summary.
function rows(report: ReconciliationV1): (string | number)[][] {
  const lines = report.lines.map((line) => [
    report.day,
    line.counterNumber ?? 'Trực tuyến',
    line.unitCode,
    PAYMENT_METHOD_LABELS[line.method],
    line.payments,
    line.amountDong,
  ]);
  const summary: (string | number)[][] = [
    ['Tổng thu', '', '', '', report.byMethod.reduce((sum, m) => sum + m.payments, 0), report.totalDong],
    ['Biên lai đã phát hành', '', '', '', report.receipts.issued, ''],
    ['Biên lai đã hủy', '', '', '', report.receipts.cancelled, report.refundedDong],
    ['Biên lai đã thay thế', '', '', '', report.receipts.replaced, ''],
    ['Biên lai đã điều chỉnh', '', '', '', report.receipts.adjusted, ''],
    ['Tiền mặt phải có', '', '', '', '', report.expectedCashDong],
    ...report.closes.map((close) => [
      `Chốt sổ quầy ${close.counterNumber} (${close.closedByName})`,
      close.counterNumber,
      '',
      'Tiền mặt kiểm đếm / chênh lệch',
      close.countedCashDong,
      close.differenceDong,
    ]),
  ];
  return [HEADER, ...lines, [], ...summary];
}

function csvCell(value: string | number): string {
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function scopeName(report: ReconciliationV1): string {
  const parts = [
    report.day,
    report.unitCode,
    report.counterNumber ? `quay-${report.counterNumber}` : undefined,
  ];
  return parts.filter(Boolean).join('-');
}

/** The reconciliation as CSV (UTF-8 with BOM, so spreadsheet programs read the Vietnamese) or XLSX. */
export async function exportReconciliation(
  report: ReconciliationV1,
  format: ExportFormat,
): Promise<ExportedFileV1> {
  const name = `doi-soat-${scopeName(report)}`;
  if (format === 'csv') {
    const text = rows(report)
      .map((row) => row.map(csvCell).join(','))
      .join('\r\n');
    return {
      filename: `${name}.csv`,
      contentType: 'text/csv; charset=utf-8',
      contentBase64: Buffer.from(`\uFEFF${text}\r\n`, 'utf8').toString('base64'),
    };
  }
  // Loaded on the first spreadsheet export: requiring it at boot cost every start about 0.4 s of CPU.
  const { Workbook } = await import('exceljs');
  const workbook = new Workbook();
  workbook.creator = 'motcua';
  const sheet = workbook.addWorksheet('Đối soát');
  rows(report).forEach((row) => sheet.addRow(row));
  sheet.getRow(1).font = { bold: true };
  sheet.getColumn(6).numFmt = '#,##0';
  sheet.columns.forEach((column) => (column.width = 18));
  const buffer = await workbook.xlsx.writeBuffer();
  return {
    filename: `${name}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    contentBase64: Buffer.from(buffer).toString('base64'),
  };
}
