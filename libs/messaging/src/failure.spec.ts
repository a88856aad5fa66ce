import { AppError, ErrorKind } from '@motcua/contracts';
import { backoffMs, classifyFailure, describeError } from './failure';

function pgError(code: string, message = 'database error'): Error {
  return Object.assign(new Error(message), { code });
}

function appError(kind: ErrorKind): AppError {
  return new AppError('SOME_CODE', kind, 'Thông báo');
}

describe('classifyFailure', () => {
  it.each([
    [
      'the server was shut down (57P01)',
      pgError('57P01', 'terminating connection due to administrator command'),
    ],
    ['the connection failed (08006)', pgError('08006')],
    ['a TypeORM error wraps a serialization failure', { driverError: { code: '40001' } }],
    ['the connection was refused', pgError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')],
    ['the connection was terminated', new Error('Connection terminated unexpectedly')],
  ])('should return outage when %s', (_name, error) => {
    const result = classifyFailure(error);

    expect(result).toBe('outage');
  });

  it.each([ErrorKind.Invalid, ErrorKind.NotFound, ErrorKind.Conflict, ErrorKind.Forbidden])(
    'should return permanent when an AppError is %s',
    (kind) => {
      const result = classifyFailure(appError(kind));

      expect(result).toBe('permanent');
    },
  );

  it('should return outage when an AppError is unavailable', () => {
    const result = classifyFailure(appError(ErrorKind.Unavailable));

    expect(result).toBe('outage');
  });

  it.each([ErrorKind.Internal, ErrorKind.TooMany, ErrorKind.Unauthenticated])(
    'should return retry when an AppError is %s',
    (kind) => {
      const result = classifyFailure(appError(kind));

      expect(result).toBe('retry');
    },
  );

  it.each([
    ['a plain Error', new Error('boom')],
    ['a unique violation', pgError('23505', 'duplicate key value violates unique constraint')],
    ['a string', 'boom'],
    ['null', null],
    ['undefined', undefined],
  ])('should return retry when the failure is %s', (_name, error) => {
    const result = classifyFailure(error);

    expect(result).toBe('retry');
  });
});

describe('backoffMs', () => {
  it('should double the delay when each attempt fails again', () => {
    const attempts = [1, 2, 3, 4];

    const delays = attempts.map((attempt) => backoffMs(attempt, 100));

    expect(delays).toEqual([100, 200, 400, 800]);
  });

  it('should cap the delay at 5 s when no cap is given', () => {
    const delay = backoffMs(10, 100);

    expect(delay).toBe(5000);
  });

  it('should cap the delay at the given cap when one is given', () => {
    const delays = [1, 2, 3].map((attempt) => backoffMs(attempt, 100, 250));

    expect(delays).toEqual([100, 200, 250]);
  });

  it('should wait the base delay when the attempt is 0 or below', () => {
    const delays = [0, -3].map((attempt) => backoffMs(attempt, 100));

    expect(delays).toEqual([100, 100]);
  });
});

describe('describeError', () => {
  it('should give code and message when the error is an AppError', () => {
    const error = new AppError('DOSSIER_NOT_FOUND', ErrorKind.NotFound, 'Không tìm thấy hồ sơ');

    const text = describeError(error);

    expect(text).toBe('DOSSIER_NOT_FOUND: Không tìm thấy hồ sơ');
  });

  it('should give name and message when the error is an Error', () => {
    const error = new TypeError('x is undefined');

    const text = describeError(error);

    expect(text).toBe('TypeError: x is undefined');
  });

  it('should give the value as text when something else was thrown', () => {
    const text = describeError(42);

    expect(text).toBe('42');
  });
});
