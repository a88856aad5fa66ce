import { TRACKING_SIGNATURE_TOLERANCE_SECONDS } from '@motcua/contracts';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { TrackingError, TrackingErrorCode } from './tracking.errors';

/** `sha256=` + hex HMAC-SHA256 of `<timestamp>.<raw body>`. */
export function signCallback(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/**
 * Refuses a callback whose timestamp is missing, too old or too far ahead (a replay outside the window), or
 * whose signature does not match the raw body (compared in constant time).
 */
export function verifyCallback(
  secret: string,
  callback: { timestamp: string; signature: string; body: string },
  now: Date,
): void {
  if (!callback.signature) {
    throw new TrackingError(TrackingErrorCode.BadSignature, 'Thông báo hành trình không có chữ ký');
  }
  const seconds = /^\d{1,12}$/.test(callback.timestamp) ? Number(callback.timestamp) : Number.NaN;
  if (
    !Number.isFinite(seconds) ||
    Math.abs(now.getTime() / 1000 - seconds) > TRACKING_SIGNATURE_TOLERANCE_SECONDS
  ) {
    throw new TrackingError(TrackingErrorCode.Stale, 'Thời điểm ký của thông báo hành trình đã quá hạn', {
      toleranceSeconds: TRACKING_SIGNATURE_TOLERANCE_SECONDS,
    });
  }
  const expected = Buffer.from(signCallback(secret, callback.timestamp, callback.body));
  const given = Buffer.from(callback.signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    throw new TrackingError(TrackingErrorCode.BadSignature, 'Chữ ký của thông báo hành trình không hợp lệ');
  }
}
