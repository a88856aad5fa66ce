import { DocumentForm, TimeUnit } from '@motcua/contracts';
import {
  ResultReturnMethod,
  documentChecklist,
  formatPhone,
  formatProcessingTime,
  formatResultReturn,
} from './dossier-labels';

describe(formatPhone.name, () => {
  it.each([
    ['+84912345678', '0912 345 678'],
    ['0912345678', '0912 345 678'],
    ['+842383842456', '02383842456'],
  ])('should print %s as %s', (phone, expected) => {
    expect(formatPhone(phone)).toBe(expected);
  });
});

describe(formatProcessingTime.name, () => {
  it.each([
    [10, TimeUnit.WorkingDays, '10 ngày làm việc'],
    [0.5, TimeUnit.WorkingDays, '0,5 ngày làm việc'],
    [8, TimeUnit.WorkingHours, '8 giờ làm việc'],
    [30, TimeUnit.CalendarDays, '30 ngày'],
  ])('should print %d %s as "%s"', (amount, unit, expected) => {
    expect(formatProcessingTime(amount, unit)).toBe(expected);
  });
});

describe(formatResultReturn.name, () => {
  it('should name the counter when the result is returned at the counter', () => {
    const text = formatResultReturn({ method: ResultReturnMethod.Counter, place: 'Quầy số 35' });

    expect(text).toBe('Trả trực tiếp tại Quầy số 35');
  });

  it('should say the portal when the result is electronic', () => {
    const text = formatResultReturn({ method: ResultReturnMethod.Online });

    expect(text).toBe('Nhận kết quả điện tử trên Cổng Dịch vụ công');
  });
});

describe(documentChecklist.name, () => {
  it('should put each count in the column of its kind of copy', () => {
    const table = documentChecklist([
      { name: 'Tờ khai', form: DocumentForm.Original, count: 1 },
      { name: 'Căn cước', form: DocumentForm.CertifiedCopy, count: 2 },
      { name: 'Sổ hộ khẩu', form: DocumentForm.Copy, count: 1 },
      { name: 'Giấy ủy quyền', form: DocumentForm.OriginalForComparison, count: 1 },
    ]);

    expect(table.columns.map((column) => column.header)).toEqual([
      'TT',
      'Tên giấy tờ',
      'Bản chính',
      'Bản sao có chứng thực',
      'Bản sao',
    ]);
    expect(table.rows).toEqual([
      ['1', 'Tờ khai', '01', '', ''],
      ['2', 'Căn cước', '', '02', ''],
      ['3', 'Sổ hộ khẩu', '', '', '01'],
      ['4', 'Giấy ủy quyền', '01 (đối chiếu)', '', ''],
    ]);
  });

  it('should fold the count columns into kind and count when the table is compact', () => {
    const table = documentChecklist([{ name: 'Căn cước', form: DocumentForm.CertifiedCopy, count: 1 }], {
      isCompact: true,
    });

    expect(table.rows).toEqual([['1', 'Căn cước', 'Bản sao có chứng thực', '01']]);
  });
});
