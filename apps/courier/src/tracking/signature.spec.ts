import { TrackingErrorCode } from './tracking.errors';
import { signCallback, verifyCallback } from './signature';

const SECRET = 'simulator-secret-0123456789';
const NOW = new Date('2026-11-28T03:00:00Z');
const TIMESTAMP = String(NOW.getTime() / 1000);
const BODY = '{"events":[]}';

describe(verifyCallback.name, () => {
  it('should accept a callback signed with the secret within the window', () => {
    const signature = signCallback(SECRET, TIMESTAMP, BODY);

    expect(() => verifyCallback(SECRET, { timestamp: TIMESTAMP, signature, body: BODY }, NOW)).not.toThrow();
  });

  it('should refuse a body changed after signing', () => {
    const signature = signCallback(SECRET, TIMESTAMP, BODY);

    const verify = () =>
      verifyCallback(SECRET, { timestamp: TIMESTAMP, signature, body: '{"events":[1]}' }, NOW);

    expect(verify).toThrow(expect.objectContaining({ code: TrackingErrorCode.BadSignature }));
  });

  it('should refuse a signature made with another secret', () => {
    const signature = signCallback('another-secret-0123456789', TIMESTAMP, BODY);

    const verify = () => verifyCallback(SECRET, { timestamp: TIMESTAMP, signature, body: BODY }, NOW);

    expect(verify).toThrow(expect.objectContaining({ code: TrackingErrorCode.BadSignature }));
  });

  it.each([
    ['six minutes old', String(NOW.getTime() / 1000 - 360)],
    ['six minutes ahead', String(NOW.getTime() / 1000 + 360)],
    ['not a number', 'yesterday'],
  ])('should refuse a timestamp %s', (_name, timestamp) => {
    const signature = signCallback(SECRET, timestamp, BODY);

    const verify = () => verifyCallback(SECRET, { timestamp, signature, body: BODY }, NOW);

    expect(verify).toThrow(expect.objectContaining({ code: TrackingErrorCode.Stale }));
  });
});
