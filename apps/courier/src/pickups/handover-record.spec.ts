import { renderTableDocument } from '@motcua/documents';
import { readPdfText } from '@motcua/documents/test';
import { handoverRecordDocument } from './handover-record';

const INPUT = {
  pickupId: '01a21f10-0000-7000-8000-00000055499c',
  originName: 'Trung tâm Phục vụ hành chính công tỉnh Nghệ An',
  slotAt: new Date('2026-11-28T02:30:00Z'),
  handedOverAt: new Date('2026-11-28T02:41:00Z'),
  givenByName: 'Hoàng Văn Bưu',
  takenByName: 'Phạm Quốc Việt',
  packages: 2,
  lines: [
    {
      dossierCode: '000.00.20.H41-261128-0001',
      destination: 'Sở Tư pháp tỉnh Nghệ An',
      trackingNumber: 'EA000000014VN',
      sealNumber: 'NP-0930-01',
    },
    {
      dossierCode: '000.00.12.H41-261128-0002',
      destination: 'Số 5 Lê Hồng Phong, phường Vinh Phú, Nghệ An',
      trackingNumber: 'EA000000028VN',
      sealNumber: 'NP-0930-02',
    },
  ],
};

describe(handoverRecordDocument.name, () => {
  it('should list each dossier on one line with its destination, tracking number and seal', async () => {
    const pdf = await renderTableDocument(handoverRecordDocument(INPUT));

    const text = await readPdfText(pdf);
    const rows = text.lines.filter((line) => /^\d \d{3}\./.test(line));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/^1 000\.00\.20\.H41-261128-0001 Sở Tư pháp tỉnh .*EA000000014VN NP-0930-01$/);
    expect(rows[1]).toMatch(/^2 000\.00\.12\.H41-261128-0002 Số 5 Lê Hồng .*EA000000028VN NP-0930-02$/);
  });

  it('should name who gave, who took, when, and the scheduled pickup', async () => {
    const pdf = await renderTableDocument(handoverRecordDocument(INPUT));

    const text = await readPdfText(pdf);
    expect(text.flat).toContain('BIÊN BẢN GIAO NHẬN HỒ SƠ, KẾT QUẢ');
    expect(text.flat).toContain('Bên giao: Trung tâm Phục vụ hành chính công tỉnh Nghệ An — Hoàng Văn Bưu');
    expect(text.flat).toContain('Bên nhận: Bưu điện — Phạm Quốc Việt');
    expect(text.flat).toContain('Thời điểm giao nhận: 09 giờ 41 phút, ngày 28/11/2026');
    expect(text.flat).toContain('Chuyến lấy theo lịch: 09 giờ 30 phút, ngày 28/11/2026');
    expect(text.lines).toContain('Hoàng Văn Bưu Phạm Quốc Việt');
  });
});
