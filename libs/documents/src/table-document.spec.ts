import { CENTER_NAME, buildHandoverRecordInput, buildRollReceiptInput } from '../test/fixtures';
import { findItems, readPdfText } from '../test/pdf-text';
import { DocumentErrorCode } from './documents.errors';
import { POINTS_PER_MM } from './sheet';
import { renderTableDocument } from './table-document';

function mediaBoxes(pdf: Buffer): number[][] {
  return [...pdf.toString('latin1').matchAll(/\/MediaBox \[([\d. ]+)\]/g)].map((match) =>
    match[1].split(' ').map(Number),
  );
}

describe(renderTableDocument.name, () => {
  it('should print header, title, fields, every row and the signatures', async () => {
    const input = buildHandoverRecordInput(3);

    const pdf = await renderTableDocument(input);

    const text = await readPdfText(pdf);
    expect(text.lines).toContain('Số: 112/BBGN Nghệ An, ngày 28 tháng 11 năm 2026');
    expect(text.flat).toContain('BIÊN BẢN GIAO NHẬN HỒ SƠ Qua dịch vụ bưu chính công ích');
    expect(text.flat).toContain(`Bên giao: ${CENTER_NAME}`);
    expect(text.flat).toContain('Số túi niêm phong: NP-261128-07');
    expect(text.lines).toContain('2 000.00.20.H41-261128-0002 Lê Thị Thu Hường Đăng ký khai sinh 01');
    expect(text.lines).toContain('ĐẠI DIỆN BÊN GIAO ĐẠI DIỆN BÊN NHẬN');
    expect(text.lines).toContain('Trần Thị Hằng Phạm Quốc Việt');
  });

  it('should align field values in one column when labels differ in length', async () => {
    const input = buildHandoverRecordInput(1);

    const pdf = await renderTableDocument(input);

    const text = await readPdfText(pdf);
    const [giver] = findItems(text, CENTER_NAME);
    const [seal] = findItems(text, 'NP-261128-07');
    expect(giver.x).toBeCloseTo(seal.x, 1);
  });

  it('should continue on new pages under a repeated header row when the rows overflow', async () => {
    const input = buildHandoverRecordInput(60);

    const pdf = await renderTableDocument(input);

    const text = await readPdfText(pdf);
    expect(text.pageCount).toBeGreaterThan(1);
    for (let page = 0; page < text.pageCount; page++) {
      expect(findItems(text, 'Chủ hồ sơ', page)).toHaveLength(1);
    }
    const codes = text.flat.match(/000\.00\.20\.H41-261128-\d{4}/g) ?? [];
    expect(codes).toHaveLength(60);
    expect(new Set(codes).size).toBe(60);
  });

  it('should number pages from the second one in the top margin', async () => {
    const input = buildHandoverRecordInput(60);

    const pdf = await renderTableDocument(input);

    const text = await readPdfText(pdf);
    const [firstPageTop] = [...text.pages[0]].sort((a, b) => b.y - a.y);
    const [secondPageTop] = [...text.pages[1]].sort((a, b) => b.y - a.y);
    expect(firstPageTop.text).not.toBe('1');
    expect(secondPageTop.text).toBe('2');
    expect(secondPageTop.y).toBeGreaterThan(297 * POINTS_PER_MM - 20 * POINTS_PER_MM);
  });

  it('should cut an 80 mm roll page to the length of its content', async () => {
    const input = buildRollReceiptInput();

    const pdf = await renderTableDocument(input);

    const text = await readPdfText(pdf);
    const [box] = mediaBoxes(pdf);
    expect(text.pageCount).toBe(1);
    expect(box[2]).toBeCloseTo(80 * POINTS_PER_MM, 1);
    expect(box[3]).toBeGreaterThan(80 * POINTS_PER_MM);
    expect(box[3]).toBeLessThan(200 * POINTS_PER_MM);
    expect(text.flat).toContain('BIÊN LAI THU PHÍ, LỆ PHÍ');
    expect(text.flat).toContain('Số: 0000125');
    expect(text.lines).toContain('Cộng 200.000');
    expect(text.flat).toContain('Bằng chữ: Hai trăm nghìn đồng');
    expect(text.flat).toContain('NGƯỜI THU TIỀN');
  });

  it('should stack the official header when the page is a roll', async () => {
    const input = { ...buildRollReceiptInput(), header: buildHandoverRecordInput(1).header };

    const pdf = await renderTableDocument(input);

    const text = await readPdfText(pdf);
    const [body] = findItems(text, 'TRUNG TÂM PHỤC VỤ');
    const [nation] = findItems(text, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    const [motto] = findItems(text, 'Độc lập - Tự do - Hạnh phúc');
    expect(nation.y).toBeLessThan(body.y);
    expect(motto.y).toBeLessThan(nation.y);
  });

  it('should cut a row taller than a page short instead of overflowing the page', async () => {
    const input = buildHandoverRecordInput(1);
    const hugeCell = Array.from({ length: 400 }, (_, index) => `dòng ${index + 1}`).join('\n');

    const pdf = await renderTableDocument({
      ...input,
      table: { ...input.table, rows: [['1', hugeCell, 'Nguyễn Văn Ánh', 'Đăng ký khai sinh', '01']] },
    });

    const text = await readPdfText(pdf);
    expect(text.flat).toContain('dòng 1 ');
    expect(text.flat).not.toContain('dòng 400');
    expect(text.pageCount).toBeLessThanOrEqual(3);
  });

  it('should write title, issuing body and the header date in the metadata when no creation date is given', async () => {
    const input = buildHandoverRecordInput(1);

    const pdf = await renderTableDocument(input);

    const { info } = await readPdfText(pdf);
    expect(info).toMatchObject({
      Title: 'Biên bản giao nhận hồ sơ',
      Author: 'Trung tâm Phục vụ hành chính công',
      CreationDate: 'D:20261128024000Z',
    });
  });

  it('should reject with DOCUMENT_TABLE_SHAPE_MISMATCH when a row has the wrong number of cells', async () => {
    const input = buildHandoverRecordInput(1);

    const render = renderTableDocument({ ...input, table: { ...input.table, rows: [['1', 'thiếu ô']] } });

    await expect(render).rejects.toMatchObject({ code: DocumentErrorCode.TableShapeMismatch });
  });
});
