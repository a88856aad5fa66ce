import { createHmac } from 'node:crypto';

export const SIGNATURE_HEADER = 'x-motcua-signature';
export const TIMESTAMP_HEADER = 'x-motcua-timestamp';
export const EVENT_HEADER = 'x-motcua-event';
export const DELIVERY_HEADER = 'x-motcua-delivery';

/**
 * `sha256=<hex>` of HMAC-SHA256 over `<timestamp>.<body>` with the subscription's secret. The receiver
 * recomputes it and refuses old timestamps, so a captured request cannot be replayed later.
 */
export function signWebhook(secret: string, timestampSeconds: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestampSeconds}.${body}`).digest('hex')}`;
}
