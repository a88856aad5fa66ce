/**
 * A fresh `Idempotency-Key` (the gateway accepts 8–200 of `A-Za-z0-9_-`). Made from getRandomValues, which also
 * works on plain-http addresses where `crypto.randomUUID` is missing.
 */
export function newIdempotencyKey(
  random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b),
): string {
  return `web-${Array.from(random(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}
