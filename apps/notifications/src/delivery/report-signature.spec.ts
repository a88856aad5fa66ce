import { DeliveryReportErrorCode } from './delivery-report.errors';
import { signReport, verifyReport } from './report-signature';

const SECRET = 'primary-report-secret-0123456789';
const NOW = new Date('2026-11-28T03:00:00Z');
const BODY = '{"providerMessageId":"primary-1","status":"delivered"}';

const signed = (overrides: { timestamp?: number; secret?: string; body?: string } = {}) => {
  const timestamp = String(overrides.timestamp ?? NOW.getTime() / 1000);
  return {
    timestamp,
    signature: signReport(overrides.secret ?? SECRET, timestamp, BODY),
    body: overrides.body ?? BODY,
  };
};

const codeOf = (act: () => void): string | undefined => {
  try {
    act();
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
};

describe(verifyReport.name, () => {
  it('should accept a report signed with the provider secret within the window', () => {
    expect(() => verifyReport(SECRET, signed({ timestamp: NOW.getTime() / 1000 - 299 }), NOW)).not.toThrow();
  });

  it("should refuse a report signed with another provider's secret", () => {
    expect(
      codeOf(() => verifyReport(SECRET, signed({ secret: 'backup-report-secret-9876543210' }), NOW)),
    ).toBe(DeliveryReportErrorCode.SignatureInvalid);
  });

  it('should refuse a report whose body was changed after signing', () => {
    expect(
      codeOf(() => verifyReport(SECRET, signed({ body: BODY.replace('delivered', 'failed') }), NOW)),
    ).toBe(DeliveryReportErrorCode.SignatureInvalid);
  });

  it('should refuse a report of a provider without a secret, or without a signature', () => {
    expect(codeOf(() => verifyReport(undefined, signed(), NOW))).toBe(
      DeliveryReportErrorCode.SignatureInvalid,
    );
    expect(codeOf(() => verifyReport(SECRET, { ...signed(), signature: '' }, NOW))).toBe(
      DeliveryReportErrorCode.SignatureInvalid,
    );
  });

  it('should refuse a report signed too long ago, too far ahead, or with a malformed timestamp', () => {
    expect(codeOf(() => verifyReport(SECRET, signed({ timestamp: NOW.getTime() / 1000 - 301 }), NOW))).toBe(
      DeliveryReportErrorCode.Stale,
    );
    expect(codeOf(() => verifyReport(SECRET, signed({ timestamp: NOW.getTime() / 1000 + 301 }), NOW))).toBe(
      DeliveryReportErrorCode.Stale,
    );
    expect(codeOf(() => verifyReport(SECRET, { ...signed(), timestamp: '1e9' }, NOW))).toBe(
      DeliveryReportErrorCode.Stale,
    );
  });
});
