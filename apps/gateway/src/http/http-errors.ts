import { HttpException, HttpStatus, ServiceUnavailableException } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import { AppError, CommonErrorCode, ErrorKind } from '@motcua/contracts';

export interface HttpErrorResponse {
  readonly status: number;
  readonly body: { code: string; message: string; details?: unknown };
}

const STATUS_OF_KIND: Record<ErrorKind, number> = {
  [ErrorKind.Invalid]: HttpStatus.BAD_REQUEST,
  [ErrorKind.Unauthenticated]: HttpStatus.UNAUTHORIZED,
  [ErrorKind.Forbidden]: HttpStatus.FORBIDDEN,
  [ErrorKind.NotFound]: HttpStatus.NOT_FOUND,
  [ErrorKind.Conflict]: HttpStatus.CONFLICT,
  [ErrorKind.TooMany]: HttpStatus.TOO_MANY_REQUESTS,
  [ErrorKind.Unavailable]: HttpStatus.SERVICE_UNAVAILABLE,
  [ErrorKind.Internal]: HttpStatus.INTERNAL_SERVER_ERROR,
};

// Errors raised by Nest or Fastify themselves, before our code runs.
const FRAMEWORK_ERRORS: Record<number, { code: string; message: string }> = {
  400: { code: 'MALFORMED_REQUEST', message: 'Nội dung yêu cầu không đọc được (JSON không hợp lệ?)' },
  404: { code: 'ROUTE_NOT_FOUND', message: 'Không tìm thấy đường dẫn' },
  405: { code: 'METHOD_NOT_ALLOWED', message: 'Phương thức không được hỗ trợ' },
  413: { code: 'PAYLOAD_TOO_LARGE', message: 'Nội dung yêu cầu quá lớn' },
  415: {
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: 'Kiểu nội dung không được hỗ trợ, hãy gửi application/json',
  },
  429: { code: 'TOO_MANY_REQUESTS', message: 'Quá nhiều yêu cầu, vui lòng thử lại sau ít phút' },
};

const INTERNAL = { code: CommonErrorCode.Internal, message: 'Lỗi hệ thống, vui lòng thử lại sau' };

// The 4xx status a framework error carries; a 5xx from the framework is treated like any unknown error.
function frameworkStatus(error: unknown): number | undefined {
  const status =
    error instanceof HttpException
      ? error.getStatus()
      : (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}

/** Maps anything thrown while serving a request to a status and the `{ code, message, details }` body. */
export function toHttpError(error: unknown): HttpErrorResponse {
  if (error instanceof AppError) {
    const status =
      error.code === CommonErrorCode.ServiceTimeout ? HttpStatus.GATEWAY_TIMEOUT : STATUS_OF_KIND[error.kind];
    return {
      status,
      body: {
        code: error.code,
        message: error.message,
        ...(error.details === undefined ? {} : { details: error.details }),
      },
    };
  }
  if (error instanceof ThrottlerException) return { status: 429, body: FRAMEWORK_ERRORS[429] };
  // Terminus reports an unready service this way; its per-dependency report is the useful part.
  if (error instanceof ServiceUnavailableException) {
    return {
      status: 503,
      body: {
        code: CommonErrorCode.ServiceUnavailable,
        message: 'Dịch vụ chưa sẵn sàng',
        details: error.getResponse(),
      },
    };
  }
  const status = frameworkStatus(error);
  if (status !== undefined) {
    return {
      status,
      body: FRAMEWORK_ERRORS[status] ?? { code: `HTTP_${status}`, message: 'Yêu cầu không hợp lệ' },
    };
  }
  return { status: HttpStatus.INTERNAL_SERVER_ERROR, body: INTERNAL };
}
