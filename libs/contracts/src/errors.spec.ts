import { AppError, CommonErrorCode, ErrorBody, ErrorKind } from './errors';

describe(AppError.name, () => {
  describe('toBody', () => {
    it('should carry code, kind, message and details when the error has details', () => {
      const details = { fields: [{ field: 'channel', constraint: 'isEnum', message: 'channel sai' }] };
      const sut = new AppError(
        CommonErrorCode.ValidationFailed,
        ErrorKind.Invalid,
        'Dữ liệu không hợp lệ',
        details,
      );

      const body = sut.toBody();

      expect(body).toEqual({
        code: 'VALIDATION_FAILED',
        kind: ErrorKind.Invalid,
        message: 'Dữ liệu không hợp lệ',
        details,
      });
    });

    it('should survive JSON when the body crosses request/reply', () => {
      const sut = new AppError('DOSSIER_NOT_FOUND', ErrorKind.NotFound, 'Không tìm thấy hồ sơ', { id: 'x' });

      const wire: unknown = JSON.parse(JSON.stringify(sut.toBody()));

      expect(AppError.isBody(wire)).toBe(true);
      expect(wire).toEqual({
        code: 'DOSSIER_NOT_FOUND',
        kind: 'not_found',
        message: 'Không tìm thấy hồ sơ',
        details: { id: 'x' },
      });
    });
  });

  describe('fromBody', () => {
    it('should rebuild an equal AppError when given the body of one', () => {
      const original = new AppError('IDEMPOTENCY_KEY_REUSED', ErrorKind.Conflict, 'Đã dùng', { key: 'k-1' });

      const sut = AppError.fromBody(original.toBody());

      expect(sut).toBeInstanceOf(AppError);
      expect(sut).toBeInstanceOf(Error);
      expect(sut.name).toBe('AppError');
      expect(sut.code).toBe(original.code);
      expect(sut.kind).toBe(original.kind);
      expect(sut.message).toBe(original.message);
      expect(sut.details).toEqual(original.details);
      expect(sut.toBody()).toEqual(original.toBody());
    });

    it('should leave details undefined when the body has none', () => {
      const body: ErrorBody = {
        code: 'SERVICE_UNAVAILABLE',
        kind: ErrorKind.Unavailable,
        message: 'Tạm ngừng',
      };

      const sut = AppError.fromBody(body);

      expect(sut.details).toBeUndefined();
    });
  });

  describe('isBody', () => {
    it.each(Object.values(ErrorKind))('should accept a body when its kind is %s', (kind) => {
      const value = { code: 'X', kind, message: 'm' };

      const result = AppError.isBody(value);

      expect(result).toBe(true);
    });

    it.each([
      ['null', null],
      ['a string', 'VALIDATION_FAILED'],
      ['an array', ['VALIDATION_FAILED', 'invalid', 'm']],
      ['an unknown kind', { code: 'X', kind: 'teapot', message: 'm' }],
      ['a missing kind', { code: 'X', message: 'm' }],
      ['a numeric code', { code: 400, kind: 'invalid', message: 'm' }],
      ['a missing message', { code: 'X', kind: 'invalid' }],
      ['a Nest error body', { statusCode: 500, message: 'Internal server error' }],
    ])('should refuse a value when it is %s', (_name, value) => {
      const result = AppError.isBody(value);

      expect(result).toBe(false);
    });
  });
});
