import { existsSync } from 'node:fs';
import { hasPdftoppm, saveArtifact, savePagePng } from '../test/artifacts';
import { readPdfText } from '../test/pdf-text';
import { FeeReceiptInput, renderFeeReceipt } from './fee-receipt';
import { PageFormat } from './sheet';

function buildFeeReceiptInput(overrides: Partial<FeeReceiptInput> = {}): FeeReceiptInput {
  return {
    issuer: { parentBody: 'UBND tỉnh Nghệ An', issuingBody: 'Sở Xây dựng tỉnh Nghệ An', place: 'Nghệ An' },
    collectingUnit: 'Sở Xây dựng tỉnh Nghệ An',
    taxCode: '2900000005',
    templateSymbol: '01BLP0-001',
    seriesSymbol: 'AE-26E',
    number: 42,
    payerName: 'Nguyễn Văn Ánh',
    dossierCode: '000.00.12.H41-261128-0007',
    feeName: 'Lệ phí cấp giấy phép xây dựng',
    amountDong: 150_000,
    method: 'Tiền mặt',
    issuedAt: new Date('2026-11-28T02:40:00Z'),
    collectorName: 'Lê Thị Thu',
    ...overrides,
  };
}

describe(renderFeeReceipt.name, () => {
  it.each([PageFormat.A4, PageFormat.Roll80])(
    'should carry every legal field and the amount in words on %s',
    async (format) => {
      const pdf = await renderFeeReceipt(buildFeeReceiptInput({ format }));

      const path = saveArtifact(`fee-receipt-${format}`, pdf);
      const { flat, pageCount } = await readPdfText(pdf);
      expect(pageCount).toBe(1);
      for (const text of [
        'BIÊN LAI THU PHÍ, LỆ PHÍ',
        'Mẫu số: 01BLP0-001',
        'AE-26E',
        '0000042',
        'Sở Xây dựng tỉnh Nghệ An',
        '2900000005',
        'Nguyễn Văn Ánh',
        'Lệ phí cấp giấy phép xây dựng',
        '150.000 đồng',
        'Một trăm năm mươi nghìn đồng',
        'Tiền mặt',
        '28/11/2026',
        'Lê Thị Thu',
      ]) {
        expect(flat).toContain(text);
      }
      if (hasPdftoppm()) expect(existsSync(savePagePng(path))).toBe(true);
    },
  );

  it('should stamp a cancelled receipt and say when no number was given yet', async () => {
    const pdf = await renderFeeReceipt(buildFeeReceiptInput({ stamp: 'BIÊN LAI ĐÃ HỦY', number: undefined }));

    const { flat } = await readPdfText(pdf);
    expect(flat).toContain('BIÊN LAI ĐÃ HỦY');
    expect(flat).toContain('chưa cấp số');
  });
});
