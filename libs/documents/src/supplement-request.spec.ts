import { buildSupplementRequestInput } from '../test/fixtures';
import { readPdfText } from '../test/pdf-text';
import { DocumentErrorCode } from './documents.errors';
import { renderSupplementRequest } from './supplement-request';

describe(renderSupplementRequest.name, () => {
  it('should list every missing item with its kind of copy, the reason and whom to ask', async () => {
    const input = buildSupplementRequestInput();

    const pdf = await renderSupplementRequest(input);

    const { flat, lines, pageCount } = await readPdfText(pdf);
    expect(pageCount).toBe(1);
    expect(flat).toContain('PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ');
    expect(lines).toContain('Số: 15/HDHS Nghệ An, ngày 28 tháng 11 năm 2026');
    expect(flat).toContain('Hồ sơ của: Nguyễn Văn Ánh');
    expect(flat).toContain('Nội dung yêu cầu giải quyết: Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam');
    expect(flat).toContain('Yêu cầu bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:');
    expect(lines).toContain('1 Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp 01');
    expect(flat).toContain('Ghi đầy đủ nơi cư trú từ 14 tuổi trở lên và ký, ghi rõ họ tên');
    expect(lines).toContain('2 Giấy tờ chứng minh nơi thường trú 01');
    expect(flat).toContain('Lý do: Tờ khai chưa ghi đủ quá trình cư trú');
    expect(flat).toContain(
      'liên hệ với bà Trần Thị Hằng, Quầy số 12, số điện thoại 0238 123 456 để được hướng dẫn./.',
    );
    expect(flat).toContain('NGƯỜI HƯỚNG DẪN');
  });

  it('should print the dossier code and the deadline when the request comes during processing', async () => {
    const input = buildSupplementRequestInput({
      dossierCode: '000.00.20.H41-261128-0361',
      supplementDueAt: new Date('2026-12-14T10:00:00Z'),
    });

    const pdf = await renderSupplementRequest(input);

    const { flat } = await readPdfText(pdf);
    expect(flat).toContain('Mã hồ sơ: 000.00.20.H41-261128-0361');
    expect(flat).toContain('Thời hạn bổ sung, hoàn thiện hồ sơ: trước 17 giờ 00 phút, ngày 14/12/2026');
  });

  it('should leave the count columns empty when an item is something to correct rather than a paper', async () => {
    const input = buildSupplementRequestInput({ items: [{ name: 'Sửa năm sinh ghi trong tờ khai' }] });

    const pdf = await renderSupplementRequest(input);

    const { lines } = await readPdfText(pdf);
    expect(lines).toContain('1 Sửa năm sinh ghi trong tờ khai');
  });

  it('should reject with DOCUMENT_NOTHING_TO_SUPPLEMENT when no item is listed', async () => {
    const input = buildSupplementRequestInput({ items: [] });

    const render = renderSupplementRequest(input);

    await expect(render).rejects.toMatchObject({ code: DocumentErrorCode.NothingToSupplement });
  });
});
