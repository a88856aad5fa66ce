import { newIdempotencyKey } from './idempotency';

describe(newIdempotencyKey.name, () => {
  it('should give a key the gateway accepts when made from random bytes', () => {
    const key = newIdempotencyKey((bytes) => bytes.fill(171));

    expect(key).toBe(`web-${'ab'.repeat(16)}`);
    expect(key).toMatch(/^[A-Za-z0-9_-]{8,200}$/);
  });

  it('should give a different key each time when the bytes differ', () => {
    let seed = 0;
    const random = (bytes: Uint8Array) => bytes.fill(seed++);

    const keys = new Set([newIdempotencyKey(random), newIdempotencyKey(random), newIdempotencyKey(random)]);

    expect(keys.size).toBe(3);
  });
});
