import { reconnectDelayMs } from './inbox-stream';

describe(reconnectDelayMs.name, () => {
  it('should wait 1 s, then double after each failure in a row up to 30 s', () => {
    const delays = [0, 1, 2, 3, 4, 5, 10].map(reconnectDelayMs);

    expect(delays).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000]);
  });
});
