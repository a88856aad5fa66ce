import { DOSSIER_CODE_PATTERN } from '@motcua/contracts';
import { MAX_DAILY_SEQUENCE, formatDossierCode, vietnamDay } from './dossier-code';

describe('vietnamDay', () => {
  it('should keep the UTC day when the instant is one second before 17:00Z', () => {
    const at = new Date('2025-10-26T16:59:59Z');

    const day = vietnamDay(at);

    expect(day).toBe('2025-10-26');
  });

  it('should move to the next day when the instant is 17:00Z, midnight in Vietnam', () => {
    const at = new Date('2025-10-26T17:00:00Z');

    const day = vietnamDay(at);

    expect(day).toBe('2025-10-27');
  });

  it('should roll the year over when the instant is New Year in Vietnam', () => {
    const at = new Date('2025-12-31T17:30:00Z');

    const day = vietnamDay(at);

    expect(day).toBe('2026-01-01');
  });
});

describe('formatDossierCode', () => {
  it('should join unit code, compact day and padded sequence when the sequence is small', () => {
    const code = formatDossierCode('000.00.20.H41', '2025-10-27', 361);

    expect(code).toBe('000.00.20.H41-251027-0361');
    expect(DOSSIER_CODE_PATTERN.test(code)).toBe(true);
  });

  it.each([
    [1, '000.00.20.H41-251027-0001'],
    [MAX_DAILY_SEQUENCE, '000.00.20.H41-251027-9999'],
  ])('should accept the sequence %d when it is at a bound', (sequence, expected) => {
    const code = formatDossierCode('000.00.20.H41', '2025-10-27', sequence);

    expect(code).toBe(expected);
  });

  it.each([0, 10_000, -1, 1.5, Number.NaN])(
    'should throw a RangeError when the sequence is %d',
    (sequence) => {
      const act = () => formatDossierCode('000.00.20.H41', '2025-10-27', sequence);

      expect(act).toThrow(RangeError);
    },
  );
});
