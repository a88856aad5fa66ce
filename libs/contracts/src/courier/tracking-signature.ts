/**
 * Signed tracking callbacks: the provider sends `X-Motcua-Timestamp` (Unix seconds) and
 * `X-Motcua-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<raw body>" with the shared secret>`.
 */
export const TRACKING_TIMESTAMP_HEADER = 'x-motcua-timestamp';
export const TRACKING_SIGNATURE_HEADER = 'x-motcua-signature';

/** A callback older (or further in the future) than this is refused as stale or replayed. */
export const TRACKING_SIGNATURE_TOLERANCE_SECONDS = 300;
