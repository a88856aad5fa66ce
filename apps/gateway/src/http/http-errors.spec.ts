import {
  BadRequestException,
  HttpStatus,
  InternalServerErrorException,
  MethodNotAllowedException,
  NotFoundException,
  PayloadTooLargeException,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import { AppError, CommonErrorCode, ErrorKind } from '@motcua/contracts';
import { toHttpError } from './http-errors';

const INTERNAL = { code: 'INTERNAL_ERROR', message: 'Lỗi hệ thống, vui lòng thử lại sau' };

describe('toHttpError', () => {
  it.each([
    [ErrorKind.Invalid, 400],
    [ErrorKind.Unauthenticated, 401],
    [ErrorKind.Forbidden, 403],
    [ErrorKind.NotFound, 404],
    [ErrorKind.Conflict, 409],
    [ErrorKind.TooMany, 429],
    [ErrorKind.Unavailable, 503],
    [ErrorKind.Internal, 500],
  ])('should answer an AppError of kind %s with status %d', (kind, status) => {
    const error = new AppError('SOME_CODE', kind, 'Thông báo');

    const result = toHttpError(error);

    expect(result).toEqual({ status, body: { code: 'SOME_CODE', message: 'Thông báo' } });
  });

  it('should carry the details when the AppError has them', () => {
    const details = { fields: [{ field: 'channel', constraint: 'isEnum', message: 'channel sai' }] };
    const error = new AppError(
      CommonErrorCode.ValidationFailed,
      ErrorKind.Invalid,
      'Dữ liệu không hợp lệ',
      details,
    );

    const result = toHttpError(error);

    expect(result).toEqual({
      status: 400,
      body: { code: 'VALIDATION_FAILED', message: 'Dữ liệu không hợp lệ', details },
    });
  });

  it('should answer 504 when a service did not answer in time', () => {
    const error = new AppError(
      CommonErrorCode.ServiceTimeout,
      ErrorKind.Unavailable,
      'Dịch vụ không trả lời kịp',
    );

    const result = toHttpError(error);

    expect(result.status).toBe(HttpStatus.GATEWAY_TIMEOUT);
    expect(result.body.code).toBe('SERVICE_TIMEOUT');
  });

  it('should answer 404 ROUTE_NOT_FOUND when Nest finds no route', () => {
    const error = new NotFoundException('Cannot GET /api/v1/nothing');

    const result = toHttpError(error);

    expect(result).toEqual({
      status: 404,
      body: { code: 'ROUTE_NOT_FOUND', message: 'Không tìm thấy đường dẫn' },
    });
  });

  it('should answer 429 TOO_MANY_REQUESTS when the throttler refuses', () => {
    const error = new ThrottlerException();

    const result = toHttpError(error);

    expect(result).toEqual({
      status: 429,
      body: { code: 'TOO_MANY_REQUESTS', message: 'Quá nhiều yêu cầu, vui lòng thử lại sau ít phút' },
    });
  });

  it('should answer 400 MALFORMED_REQUEST when Fastify cannot parse the body', () => {
    const error = Object.assign(new SyntaxError('Unexpected token } in JSON at position 10'), {
      statusCode: 400,
      code: 'FST_ERR_CTP_INVALID_JSON_BODY',
    });

    const result = toHttpError(error);

    expect(result).toEqual({
      status: 400,
      body: { code: 'MALFORMED_REQUEST', message: 'Nội dung yêu cầu không đọc được (JSON không hợp lệ?)' },
    });
  });

  it.each([
    [new MethodNotAllowedException(), 405, 'METHOD_NOT_ALLOWED'],
    [new PayloadTooLargeException(), 413, 'PAYLOAD_TOO_LARGE'],
    [new UnsupportedMediaTypeException(), 415, 'UNSUPPORTED_MEDIA_TYPE'],
    [{ statusCode: 413, message: 'Request body is too large' }, 413, 'PAYLOAD_TOO_LARGE'],
    [new BadRequestException('Invalid'), 400, 'MALFORMED_REQUEST'],
  ])('should answer a framework error %p with %d %s', (error, status, code) => {
    const result = toHttpError(error);

    expect(result.status).toBe(status);
    expect(result.body.code).toBe(code);
  });

  it('should answer HTTP_<status> when a framework 4xx has no code of its own', () => {
    const error = { statusCode: 418 };

    const result = toHttpError(error);

    expect(result).toEqual({ status: 418, body: { code: 'HTTP_418', message: 'Yêu cầu không hợp lệ' } });
  });

  it('should answer 500 INTERNAL_ERROR without its message when the error is unknown', () => {
    const error = new Error('password authentication failed for user "motcua_gateway"');

    const result = toHttpError(error);

    expect(result).toEqual({ status: 500, body: INTERNAL });
    expect(JSON.stringify(result)).not.toContain('motcua_gateway');
  });

  it.each([
    ['a 5xx statusCode', { statusCode: 503, message: 'upstream down' }],
    ['a string', 'boom'],
    ['null', null],
    ['undefined', undefined],
  ])('should answer 500 INTERNAL_ERROR when the thrown value is %s', (_name, error) => {
    const result = toHttpError(error);

    expect(result).toEqual({ status: 500, body: INTERNAL });
  });

  it('BUG: should answer INTERNAL_ERROR rather than "Yêu cầu không hợp lệ" when a Nest HttpException is 5xx', () => {
    const error = new InternalServerErrorException('pool exhausted');

    const result = toHttpError(error);

    expect(result).toEqual({ status: 500, body: INTERNAL });
  });
});
