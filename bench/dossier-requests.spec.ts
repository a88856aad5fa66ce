import { isVietnameseMobile, UNIT_CODE_PATTERN } from '@motcua/contracts';
import { applicantPhone, idempotencyKey, receiveDossierBody, UNIT_COUNT, unitCode } from './dossier-requests';

const SAMPLE_SIZE = 5000;
const indexes = Array.from({ length: SAMPLE_SIZE }, (_, i) => i);

describe('dossier-requests', () => {
  it('should build only valid Vietnamese mobile numbers', () => {
    const invalid = indexes.map(applicantPhone).filter((phone) => !isVietnameseMobile(phone));

    expect(invalid).toEqual([]);
  });

  it('should not repeat a phone number within a run', () => {
    expect(new Set(indexes.map(applicantPhone)).size).toBe(SAMPLE_SIZE);
  });

  it('should spread dossiers evenly over valid unit codes', () => {
    const units = indexes.map(unitCode);

    expect(new Set(units).size).toBe(UNIT_COUNT);
    expect(units.every((code) => UNIT_CODE_PATTERN.test(code))).toBe(true);
  });

  it('should build the same body for the same index', () => {
    expect(receiveDossierBody(42)).toEqual(receiveDossierBody(42));
  });

  it('should build idempotency keys the gateway accepts', () => {
    const key = idempotencyKey('0b5e6c1e-6f7a-4c59-9a53-2f1f1c1d9e10', 4999);

    expect(key).toMatch(/^[A-Za-z0-9_-]{8,200}$/);
  });
});
