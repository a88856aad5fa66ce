import { SMS_REPORT_TOLERANCE_SECONDS } from '@motcua/contracts';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { DeliveryReportError, DeliveryReportErrorCode } from './delivery-report.errors';

/** `sha256=` + hex HMAC-SHA256 of `<timestamp>.<raw body>` with the provider's secret. */
export function signReport(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/**
 * Refuses a report without a signature, from a provider without a secret, signed with another secret
 * (compared in constant time), or whose timestamp is outside the window (a replay of an old report).
 */
export function verifyReport(
  secret: string | undefined,
  report: { timestamp: string; signature: string; body: string },
  now: Date,
): void {
  if (!secret || !report.signature) {
    throw new DeliveryReportError(
      DeliveryReportErrorCode.SignatureInvalid,
      'Báo cáo gửi tin không có chữ ký hợp lệ của nhà cung cấp',
    );
  }
  const seconds = /^\d{1,12}$/.test(report.timestamp) ? Number(report.timestamp) : Number.NaN;
  if (!Number.isFinite(seconds) || Math.abs(now.getTime() / 1000 - seconds) > SMS_REPORT_TOLERANCE_SECONDS) {
    throw new DeliveryReportError(
      DeliveryReportErrorCode.Stale,
      'Thời điểm ký của báo cáo gửi tin đã quá hạn',
      {
        toleranceSeconds: SMS_REPORT_TOLERANCE_SECONDS,
      },
    );
  }
  const expected = Buffer.from(signReport(secret, report.timestamp, report.body));
  const given = Buffer.from(report.signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    throw new DeliveryReportError(
      DeliveryReportErrorCode.SignatureInvalid,
      'Chữ ký của báo cáo gửi tin không hợp lệ',
    );
  }
}
