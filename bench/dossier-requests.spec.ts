import { isCitizenId, isVietnameseMobile } from '@motcua/contracts';
import { applicantIdNumber, applicantPhone, idempotencyKey, receiveDossierBody } from './dossier-requests';

const TEMPLATES = [
  { procedureCode: '2.000488', documents: [{ index: 0, count: 1 }] },
  {
    procedureCode: '2.001583',
    documents: [
      { index: 0, count: 1 },
      { index: 2, count: 1 },
    ],
  },
];

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

  it('should build only valid citizen IDs', () => {
    const invalid = indexes.map(applicantIdNumber).filter((id) => !isCitizenId(id));

    expect(invalid).toEqual([]);
  });

  it('should take the procedures in turn', () => {
    const codes = indexes.slice(0, 4).map((i) => receiveDossierBody(i, TEMPLATES).procedureCode);

    expect(codes).toEqual(['2.000488', '2.001583', '2.000488', '2.001583']);
  });

  it('should build the same body for the same index', () => {
    expect(receiveDossierBody(42, TEMPLATES)).toEqual(receiveDossierBody(42, TEMPLATES));
  });

  it('should build idempotency keys the gateway accepts', () => {
    const key = idempotencyKey('0b5e6c1e-6f7a-4c59-9a53-2f1f1c1d9e10', 4999);

    expect(key).toMatch(/^[A-Za-z0-9_-]{8,200}$/);
  });
});
