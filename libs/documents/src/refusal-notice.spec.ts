import { buildRefusalNoticeInput } from '../test/fixtures';
import { findItems, readPdfText } from '../test/pdf-text';
import { renderRefusalNotice } from './refusal-notice';

describe(renderRefusalNotice.name, () => {
  it('should state the applicant, the request and the reason for the refusal', async () => {
    const input = buildRefusalNoticeInput();

    const pdf = await renderRefusalNotice(input);

    const { flat, lines, pageCount } = await readPdfText(pdf);
    expect(pageCount).toBe(1);
    expect(flat).toContain('PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ');
    expect(lines).toContain('Số: 07/TCHS Nghệ An, ngày 28 tháng 11 năm 2026');
    expect(flat).toContain(
      'Trung tâm Phục vụ hành chính công tỉnh Nghệ An tiếp nhận hồ sơ của: Nguyễn Văn Ánh',
    );
    expect(flat).toContain(
      'Qua xem xét, Trung tâm Phục vụ hành chính công tỉnh Nghệ An thông báo không tiếp nhận, giải quyết ' +
        'hồ sơ này với lý do cụ thể như sau:',
    );
    expect(flat).toContain('không cư trú và chưa từng cư trú tại tỉnh Nghệ An');
    expect(flat).toContain('Xin thông báo cho Ông/Bà được biết và thực hiện./.');
    expect(lines).toContain('NGƯỜI TIẾP NHẬN HỒ SƠ');
    expect(lines).toContain('Trần Thị Hằng');
  });

  it('should print each line of the reason as its own paragraph', async () => {
    const input = buildRefusalNoticeInput({
      reason: 'Thủ tục không thuộc thẩm quyền của tỉnh.\n\nĐề nghị nộp tại Cục Hồ sơ nghiệp vụ.',
    });

    const pdf = await renderRefusalNotice(input);

    const { lines } = await readPdfText(pdf);
    expect(lines).toContain('Thủ tục không thuộc thẩm quyền của tỉnh.');
    expect(lines).toContain('Đề nghị nộp tại Cục Hồ sơ nghiệp vụ.');
  });

  it('should put the single signature in the right half of the page', async () => {
    const input = buildRefusalNoticeInput();

    const pdf = await renderRefusalNotice(input);

    const text = await readPdfText(pdf);
    const [signer] = findItems(text, 'Trần Thị Hằng');
    const [address] = findItems(text, 'Địa chỉ:');
    expect(signer.x).toBeGreaterThan(address.x + 200);
  });
});
