import { smsLength, unaccented } from './sms-length';

describe('smsLength', () => {
  it('should fit 160 unaccented characters in one GSM segment', () => {
    expect(smsLength('a'.repeat(160))).toEqual({ encoding: 'gsm7', characters: 160, segments: 1 });
  });

  it('should split longer GSM text in parts of 153', () => {
    expect(smsLength('a'.repeat(161))).toEqual({ encoding: 'gsm7', characters: 161, segments: 2 });
    expect(smsLength('a'.repeat(307))).toEqual({ encoding: 'gsm7', characters: 307, segments: 3 });
  });

  it('should count GSM extension characters twice', () => {
    expect(smsLength('{}')).toEqual({ encoding: 'gsm7', characters: 4, segments: 1 });
  });

  it('should switch to UCS-2 with 70 characters a segment when the text has Vietnamese diacritics', () => {
    expect(smsLength('ồ'.repeat(70))).toEqual({ encoding: 'ucs2', characters: 70, segments: 1 });
    expect(smsLength('ồ'.repeat(71))).toEqual({ encoding: 'ucs2', characters: 71, segments: 2 });
  });

  it('should split longer UCS-2 text in parts of 67', () => {
    expect(smsLength('đ'.repeat(135))).toEqual({ encoding: 'ucs2', characters: 135, segments: 3 });
  });
});

describe('unaccented', () => {
  it('should drop every diacritic and turn đ into d', () => {
    expect(unaccented('Trung tâm Phục vụ hành chính công đã tiếp nhận hồ sơ. Đề nghị')).toBe(
      'Trung tam Phuc vu hanh chinh cong da tiep nhan ho so. De nghi',
    );
  });

  it('should give text that fits GSM 7-bit', () => {
    expect(smsLength(unaccented('Xin lỗi ông/bà: hồ sơ được hẹn lại ngày')).encoding).toBe('gsm7');
  });
});
