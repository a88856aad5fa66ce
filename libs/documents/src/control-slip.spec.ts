import { readPdfText } from '../test/pdf-text';
import { ControlSlipInput, renderControlSlip } from './control-slip';

function buildInput(overrides: Partial<ControlSlipInput> = {}): ControlSlipInput {
  return {
    issuer: {
      parentBody: 'UBND tỉnh Nghệ An',
      issuingBody: 'Trung tâm Phục vụ hành chính công',
      place: 'Nghệ An',
    },
    issuedAt: new Date('2026-11-28T03:00:00Z'),
    dossierCode: '000.00.10.H41-261128-0001',
    procedureName: 'Chấp thuận chủ trương đầu tư của Ủy ban nhân dân cấp tỉnh',
    resolvingUnit: 'Ủy ban nhân dân tỉnh Nghệ An',
    cooperatingUnits: ['Sở Kế hoạch và Đầu tư tỉnh Nghệ An', 'Sở Xây dựng tỉnh Nghệ An'],
    hops: [
      {
        fromUnit: 'Trung tâm PVHCC',
        toUnit: 'Sở KH&ĐT',
        at: new Date('2026-11-30T01:30:00Z'),
        onTime: true,
      },
      {
        fromUnit: 'Sở KH&ĐT',
        toUnit: 'Sở Xây dựng',
        at: new Date('2026-12-10T08:00:00Z'),
        onTime: false,
        giverName: 'Trần Văn Chuyên Viên',
      },
    ],
    ...overrides,
  };
}

describe(renderControlSlip.name, () => {
  it('should list each hand-over with both units, its time and the on-time result', async () => {
    const input = buildInput();

    const pdf = await renderControlSlip(input);

    const { flat, lines } = await readPdfText(pdf);
    expect(flat).toContain('PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ');
    expect(flat).toContain('Mã hồ sơ: 000.00.10.H41-261128-0001');
    expect(flat).toContain('Cơ quan (bộ phận) giải quyết hồ sơ: Ủy ban nhân dân tỉnh Nghệ An');
    expect(lines.find((line) => line.startsWith('1. Giao: Trung tâm PVHCC'))).toContain('Đúng hạn');
    expect(lines).toContainEqual(expect.stringContaining('Nhận: Sở KH&ĐT'));
    expect(lines.find((line) => line.startsWith('2. Giao: Sở KH&ĐT'))).toContain('Quá hạn');
    expect(lines).toContainEqual(expect.stringContaining('Nhận: Sở Xây dựng'));
    expect(flat).toContain('08 giờ 30 phút, ngày');
    expect(flat).toContain('30/11/2026');
    expect(flat).toContain('Người giao:');
  });

  it('should say there is no cooperating unit when one unit does everything', async () => {
    const input = buildInput({ cooperatingUnits: [] });

    const pdf = await renderControlSlip(input);

    const { flat } = await readPdfText(pdf);
    expect(flat).toContain('Cơ quan phối hợp giải quyết: Không');
  });
});
