import {
  DOSSIER_CODE_PATTERN,
  PROCEDURE_CODE_PATTERN,
  UNIT_CODE_PATTERN,
  isVietnameseMobile,
  toE164,
} from './validators';

describe('isVietnameseMobile', () => {
  it.each([
    ['a Viettel number in national form', '0912345678'],
    ['a number in international form', '+84912345678'],
    ['a Viettel 03x number', '0351234567'],
    ['a MobiFone 07x number', '0771234567'],
    ['a VinaPhone 08x number', '0831234567'],
  ])('should accept %s when it is %s', (_name, phone) => {
    const result = isVietnameseMobile(phone);

    expect(result).toBe(true);
  });

  it.each([
    ['a Nghệ An landline', '02383123456'],
    ['too short', '12345'],
    ['nine digits', '091234567'],
    ['a foreign mobile', '+12025550123'],
    ['empty', ''],
  ])('should refuse a number when it is %s', (_name, phone) => {
    const result = isVietnameseMobile(phone);

    expect(result).toBe(false);
  });

  it.each([
    ['a number', 912345678],
    ['null', null],
    ['undefined', undefined],
    ['an object', { phone: '0912345678' }],
  ])('should refuse the value when it is %s', (_name, value) => {
    const result = isVietnameseMobile(value);

    expect(result).toBe(false);
  });
});

describe('toE164', () => {
  it.each([
    ['0912345678', '+84912345678'],
    ['+84912345678', '+84912345678'],
    ['0912 345 678', '+84912345678'],
    ['0351234567', '+84351234567'],
  ])('should normalise %s to %s when it is a valid mobile', (phone, expected) => {
    const result = toE164(phone);

    expect(result).toBe(expected);
  });
});

describe('UNIT_CODE_PATTERN', () => {
  it('should match a QCVN 102 unit code when it is well formed', () => {
    const matches = UNIT_CODE_PATTERN.test('000.00.20.H41');

    expect(matches).toBe(true);
  });

  it.each([
    ['lowercase province', '000.00.20.h41'],
    ['a missing segment', '000.00.H41'],
    ['a short first segment', '00.00.20.H41'],
    ['trailing text', '000.00.20.H41x'],
    ['leading text', 'x000.00.20.H41'],
    ['dashes for dots', '000-00-20-H41'],
  ])('should not match a unit code when it has %s', (_name, code) => {
    const matches = UNIT_CODE_PATTERN.test(code);

    expect(matches).toBe(false);
  });
});

describe('PROCEDURE_CODE_PATTERN', () => {
  it.each(['2.000488', '2.000305'])('should match %s when it is a national procedure code', (code) => {
    const matches = PROCEDURE_CODE_PATTERN.test(code);

    expect(matches).toBe(true);
  });

  it.each(['1.04227', '2.0004881', '10.004227', '1004227', '1.00422a'])(
    'should not match %s when it is malformed',
    (code) => {
      const matches = PROCEDURE_CODE_PATTERN.test(code);

      expect(matches).toBe(false);
    },
  );
});

describe('DOSSIER_CODE_PATTERN', () => {
  it('should match a Circular 01/2018 dossier code when it is well formed', () => {
    const matches = DOSSIER_CODE_PATTERN.test('000.00.20.H41-251027-0361');

    expect(matches).toBe(true);
  });

  it.each([
    ['a four-digit year', '000.00.20.H41-20251027-0361'],
    ['a three-digit sequence', '000.00.20.H41-251027-361'],
    ['a malformed unit code', '000.00.20.41-251027-0361'],
    ['no unit code', '251027-0361'],
    ['trailing text', '000.00.20.H41-251027-0361-1'],
  ])('should not match a dossier code when it has %s', (_name, code) => {
    const matches = DOSSIER_CODE_PATTERN.test(code);

    expect(matches).toBe(false);
  });
});
