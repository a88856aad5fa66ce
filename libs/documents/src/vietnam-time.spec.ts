import { DocumentErrorCode } from './documents.errors';
import { formatPlaceAndDate, formatVietnamDate, formatVietnamDateTime } from './vietnam-time';

describe('formatVietnamDateTime', () => {
  it('should write hour, minute and day in Vietnam time when given a UTC instant', () => {
    const at = new Date('2026-11-28T02:40:00Z');

    const text = formatVietnamDateTime(at);

    expect(text).toBe('09 giờ 40 phút, ngày 28/11/2026');
  });

  it('should move to the next day when the instant is after 17:00Z', () => {
    const at = new Date('2026-12-31T17:05:00Z');

    const text = formatVietnamDateTime(at);

    expect(text).toBe('00 giờ 05 phút, ngày 01/01/2027');
  });

  it('should throw DOCUMENT_INVALID_DATE when the date is invalid', () => {
    const act = () => formatVietnamDateTime(new Date('not a date'));

    expect(act).toThrow(expect.objectContaining({ code: DocumentErrorCode.InvalidDate }));
  });
});

describe('formatVietnamDate', () => {
  it('should pad day and month when both are below 10', () => {
    const at = new Date('2026-03-04T20:00:00Z');

    const text = formatVietnamDate(at);

    expect(text).toBe('05/03/2026');
  });
});

describe('formatPlaceAndDate', () => {
  it.each([
    ['2026-11-28T02:40:00Z', 'Nghệ An, ngày 28 tháng 11 năm 2026'],
    ['2026-03-05T02:00:00Z', 'Nghệ An, ngày 05 tháng 3 năm 2026'],
    ['2026-01-09T02:00:00Z', 'Nghệ An, ngày 09 tháng 01 năm 2026'],
    ['2026-02-10T02:00:00Z', 'Nghệ An, ngày 10 tháng 02 năm 2026'],
  ])('should follow the Decree 30/2020 zero padding when the instant is %s', (iso, expected) => {
    const text = formatPlaceAndDate('Nghệ An', new Date(iso));

    expect(text).toBe(expected);
  });
});
