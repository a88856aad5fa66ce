import { isTransientDatabaseError, isUniqueViolation } from './transient-errors';

function pgError(code: string, fields: Record<string, unknown> = {}, message = 'database error'): Error {
  return Object.assign(new Error(message), { code, ...fields });
}

describe('isTransientDatabaseError', () => {
  it.each(['57P01', '57P02', '57P03', '53300', '40001', '40P01', '08006', '08001', '08P01'])(
    'should return true when the SQLSTATE is %s',
    (code) => {
      const result = isTransientDatabaseError(pgError(code));

      expect(result).toBe(true);
    },
  );

  it.each(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN'])(
    'should return true when the Node error code is %s',
    (code) => {
      const result = isTransientDatabaseError(pgError(code));

      expect(result).toBe(true);
    },
  );

  it('should return true when a TypeORM error wraps a transient driver error', () => {
    const error = Object.assign(new Error('could not serialize access'), { driverError: { code: '40001' } });

    const result = isTransientDatabaseError(error);

    expect(result).toBe(true);
  });

  it.each([
    'Connection terminated unexpectedly',
    'timeout exceeded when trying to connect: Connection timeout',
    'Client has encountered a connection error and is not queryable',
    'Connection is closed.',
  ])('should return true when the message says "%s"', (message) => {
    const result = isTransientDatabaseError(new Error(message));

    expect(result).toBe(true);
  });

  it.each([
    ['a unique violation', pgError('23505')],
    ['a syntax error', pgError('42601')],
    ['a TypeORM-wrapped not-null violation', { driverError: { code: '23502' } }],
    ['a plain Error', new Error('boom')],
    ['a message-like object that is not an Error', { message: 'Connection terminated' }],
    ['null', null],
    ['a string', 'ECONNREFUSED'],
  ])('should return false when the error is %s', (_name, error) => {
    const result = isTransientDatabaseError(error);

    expect(result).toBe(false);
  });
});

describe('isUniqueViolation', () => {
  it('should return true when the SQLSTATE is 23505 and no constraint is asked for', () => {
    const result = isUniqueViolation(pgError('23505', { constraint: 'uq_dossiers_code' }));

    expect(result).toBe(true);
  });

  it('should return true when the pg error names the asked constraint', () => {
    const result = isUniqueViolation(
      pgError('23505', { constraint: 'uq_dossiers_code' }),
      'uq_dossiers_code',
    );

    expect(result).toBe(true);
  });

  it('should return true when a TypeORM error wraps the asked constraint', () => {
    const error = { driverError: { code: '23505', constraint: 'uq_dossiers_code' } };

    const result = isUniqueViolation(error, 'uq_dossiers_code');

    expect(result).toBe(true);
  });

  it('should return false when another constraint was violated', () => {
    const error = { driverError: { code: '23505', constraint: 'pk_dossiers' } };

    const result = isUniqueViolation(error, 'uq_dossiers_code');

    expect(result).toBe(false);
  });

  it('should return false when the error names no constraint but one is asked for', () => {
    const result = isUniqueViolation(pgError('23505'), 'uq_dossiers_code');

    expect(result).toBe(false);
  });

  it.each([
    ['a foreign key violation', pgError('23503', { constraint: 'uq_dossiers_code' })],
    ['a plain Error', new Error('duplicate key')],
    ['null', null],
  ])('should return false when the error is %s', (_name, error) => {
    const result = isUniqueViolation(error);

    expect(result).toBe(false);
  });
});
