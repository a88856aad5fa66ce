import { PaymentMethod, ReconciliationV1 } from '@motcua/contracts';
import { Workbook } from 'exceljs';
import { exportReconciliation } from './reconciliation-export';

const REPORT: ReconciliationV1 = {
  day: '2026-11-28',
  counterNumber: 36,
  byMethod: [{ method: PaymentMethod.Cash, payments: 2, amountDong: 350_000 }],
  totalDong: 350_000,
  receipts: { issued: 3, cancelled: 1, replaced: 0, adjusted: 0 },
  refundedDong: 150_000,
  expectedCashDong: 200_000,
  lines: [
    {
      counterNumber: 36,
      unitCode: '000.00.12.H41',
      method: PaymentMethod.Cash,
      payments: 2,
      amountDong: 350_000,
    },
  ],
  closes: [
    {
      counterNumber: 36,
      closedAt: '2026-11-28T10:00:00.000Z',
      closedBy: '01a21ebe-84ad-7178-be29-781f85ee9fd6',
      closedByName: 'Lê Thị Thu, "quầy 36"',
      expectedCashDong: 200_000,
      countedCashDong: 200_000,
      differenceDong: 0,
    },
  ],
};

describe(exportReconciliation.name, () => {
  it('should write CSV with a BOM, Vietnamese headers and quoted cells where needed', async () => {
    const file = await exportReconciliation(REPORT, 'csv');

    const text = Buffer.from(file.contentBase64, 'base64').toString('utf8');
    expect(file.filename).toBe('doi-soat-2026-11-28-quay-36.csv');
    expect(text.startsWith('\uFEFFNgày,Quầy,')).toBe(true);
    expect(text).toContain('2026-11-28,36,000.00.12.H41,Tiền mặt,2,350000');
    expect(text).toContain('Biên lai đã hủy,,,,1,150000');
    expect(text).toContain('"Chốt sổ quầy 36 (Lê Thị Thu, ""quầy 36"")"');
  });

  it('should write an XLSX sheet with the same rows', async () => {
    const file = await exportReconciliation(REPORT, 'xlsx');

    const workbook = new Workbook();
    const bytes = Buffer.from(file.contentBase64, 'base64');
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    const sheet = workbook.getWorksheet('Đối soát');
    expect(sheet?.getRow(2).values).toEqual([
      undefined,
      '2026-11-28',
      36,
      '000.00.12.H41',
      'Tiền mặt',
      2,
      350_000,
    ]);
    expect(file.filename).toBe('doi-soat-2026-11-28-quay-36.xlsx');
  });
});
