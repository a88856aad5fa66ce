import { Channel } from '@motcua/contracts';
import jsQR from 'jsqr';
import { ARTIFACTS_DIR, hasPdftoppm, rasterFirstPage, saveArtifact } from '../test/artifacts';
import { DUE_AT, RECEIVED_AT, buildReceptionSlipInput } from '../test/fixtures';
import { findItems, readPdfText } from '../test/pdf-text';
import { DocumentErrorCode } from './documents.errors';
import { ResultReturnMethod } from './dossier-labels';
import { renderReceptionSlip } from './reception-slip';
import { PageFormat, POINTS_PER_MM } from './sheet';

const itWithPdftoppm = hasPdftoppm() ? it : it.skip;

describe(renderReceptionSlip.name, () => {
  it('should print title, dossier code, applicant and procedure with their diacritics', async () => {
    const input = buildReceptionSlipInput();

    const pdf = await renderReceptionSlip(input);

    const { flat: text, pageCount } = await readPdfText(pdf);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pageCount).toBe(1);
    expect(text).toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
    expect(text).toContain('Mã hồ sơ: 000.00.20.H41-261128-0361');
    expect(text).toContain('tiếp nhận hồ sơ của: Nguyễn Văn Ánh');
    expect(text).toContain('Nội dung yêu cầu giải quyết: Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam');
    expect(text).toContain('Số điện thoại: 0912 345 678');
    expect(text).toContain('Thư điện tử: nguyenvananh@example.vn');
    expect(text).toContain('Hình thức nộp hồ sơ: Trực tiếp');
  });

  it('should print the official header with the motto right of the issuing body', async () => {
    const input = buildReceptionSlipInput();

    const pdf = await renderReceptionSlip(input);

    const text = await readPdfText(pdf);
    expect(text.lines.slice(0, 5)).toEqual([
      'UBND TỈNH NGHỆ AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'TRUNG TÂM PHỤC VỤ Độc lập - Tự do - Hạnh phúc',
      'HÀNH CHÍNH CÔNG',
      'Nghệ An, ngày 28 tháng 11 năm 2026',
      'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
    ]);
    const [body] = findItems(text, 'UBND TỈNH NGHỆ AN');
    const [nation] = findItems(text, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(nation.x).toBeGreaterThan(body.x + body.width);
  });

  it('should print reception and due times in Vietnam time with the hour', async () => {
    const input = buildReceptionSlipInput({ receivedAt: RECEIVED_AT, dueAt: DUE_AT });

    const pdf = await renderReceptionSlip(input);

    const { flat: text } = await readPdfText(pdf);
    expect(text).toContain('4. Thời gian nhận hồ sơ: 09 giờ 40 phút, ngày 28/11/2026');
    expect(text).toContain('5. Thời gian trả kết quả giải quyết hồ sơ: 14 giờ 00 phút, ngày 11/12/2026');
    expect(text).toContain('3. Thời gian giải quyết hồ sơ theo quy định: 10 ngày làm việc');
    expect(text).toContain('2. Số lượng hồ sơ: 01 bộ');
  });

  it('should count each paper in the column of its kind of copy', async () => {
    const input = buildReceptionSlipInput();

    const pdf = await renderReceptionSlip(input);

    const text = await readPdfText(pdf);
    expect(text.lines).toContain('TT Tên giấy tờ Bản chính Bản sao có Bản sao');
    expect(text.lines).toContain('3 Giấy tờ chứng minh nơi thường trú 02');
    const [certifiedHeader] = findItems(text, 'Bản sao có');
    const [certifiedCount] = findItems(text, '01').filter((item) => item.x > certifiedHeader.x - 5);
    expect(certifiedCount.x).toBeLessThan(certifiedHeader.x + certifiedHeader.width);
    expect(text.flat).toContain('01 (đối chiếu)');
  });

  it('should have the applicant and the receiver sign when the dossier was handed in at the counter', async () => {
    const input = buildReceptionSlipInput({ channel: Channel.Direct });

    const pdf = await renderReceptionSlip(input);

    const { lines } = await readPdfText(pdf);
    expect(lines).toContain('NGƯỜI NỘP HỒ SƠ NGƯỜI TIẾP NHẬN HỒ SƠ');
    expect(lines).toContain('Nguyễn Văn Ánh Trần Thị Hằng');
  });

  it('should leave out the applicant signature when the dossier came online', async () => {
    const input = buildReceptionSlipInput({ channel: Channel.Online });

    const pdf = await renderReceptionSlip(input);

    const { flat: text, lines } = await readPdfText(pdf);
    expect(text).toContain('Hình thức nộp hồ sơ: Trực tuyến');
    expect(text).not.toContain('NGƯỜI NỘP HỒ SƠ');
    expect(lines).toContain('NGƯỜI TIẾP NHẬN HỒ SƠ');
  });

  it('should print the delivery address when the result goes back by post', async () => {
    const input = buildReceptionSlipInput({
      resultReturn: { method: ResultReturnMethod.Postal, address: 'Xóm 3, xã Nghi Lộc, tỉnh Nghệ An' },
    });

    const pdf = await renderReceptionSlip(input);

    const { flat: text } = await readPdfText(pdf);
    expect(text).toContain(
      '6. Đăng ký nhận kết quả: Qua dịch vụ bưu chính công ích, đến địa chỉ: Xóm 3, xã Nghi Lộc, tỉnh Nghệ An',
    );
  });

  it('should print the register entry when the counter keeps a paper register', async () => {
    const input = buildReceptionSlipInput({ register: { book: '03/2026', entry: 361 } });

    const pdf = await renderReceptionSlip(input);

    const { flat: text } = await readPdfText(pdf);
    expect(text).toContain('Vào Sổ theo dõi hồ sơ, Quyển số: 03/2026, Số thứ tự: 361');
  });

  it('should print composed letters when the input arrives decomposed (NFD)', async () => {
    const input = buildReceptionSlipInput({
      applicant: { fullName: 'Nguyễn Văn Ánh'.normalize('NFD') },
    });

    const pdf = await renderReceptionSlip(input);

    const { flat: text } = await readPdfText(pdf);
    expect(text).toContain('tiếp nhận hồ sơ của: Nguyễn Văn Ánh');
  });

  it('should lay the slip out on one 80 mm page when the format is a roll', async () => {
    const input = buildReceptionSlipInput({ format: PageFormat.Roll80 });

    const pdf = await renderReceptionSlip(input);

    const text = await readPdfText(pdf);
    expect(text.pageCount).toBe(1);
    expect(text.flat).toContain('Mã hồ sơ: 000.00.20.H41-261128-0361');
    expect(text.flat).toContain('14 giờ 00 phút, ngày 11/12/2026');
    const mediaBox = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf.toString('latin1'));
    expect(Number(mediaBox?.[1])).toBeCloseTo(80 * POINTS_PER_MM, 1);
    expect(Number(mediaBox?.[2])).toBeLessThan(297 * POINTS_PER_MM * 2);
  });

  it('should give the same bytes when rendered twice from the same input', async () => {
    const input = buildReceptionSlipInput();

    const [first, second] = await Promise.all([renderReceptionSlip(input), renderReceptionSlip(input)]);

    expect(first.equals(second)).toBe(true);
  });

  it('should reject with DOCUMENT_INVALID_DOSSIER_CODE when the dossier code is malformed', async () => {
    const input = buildReceptionSlipInput({ dossierCode: 'H41-0361' });

    const render = renderReceptionSlip(input);

    await expect(render).rejects.toMatchObject({ code: DocumentErrorCode.InvalidDossierCode });
  });

  itWithPdftoppm(
    'should carry a QR code that decodes to the lookup URL when the page is rasterised',
    async () => {
      const input = buildReceptionSlipInput();
      const path = saveArtifact('form-01-qr-check', await renderReceptionSlip(input));

      const { data, width, height } = rasterFirstPage(path, 150);

      expect(ARTIFACTS_DIR).toContain('test-artifacts');
      expect(jsQR(data, width, height)?.data).toBe(
        'https://dichvucong.nghean.gov.vn/tra-cuu?ma=000.00.20.H41-261128-0361',
      );
    },
  );
});
