import { AppError, ErrorKind, FieldError } from '@motcua/contracts';

export enum ApiClientErrorCode {
  NotFound = 'API_CLIENT_NOT_FOUND',
  ClientIdTaken = 'API_CLIENT_ID_TAKEN',
  Revoked = 'API_CLIENT_REVOKED',
}

const KINDS: Record<ApiClientErrorCode, ErrorKind> = {
  [ApiClientErrorCode.NotFound]: ErrorKind.NotFound,
  [ApiClientErrorCode.ClientIdTaken]: ErrorKind.Conflict,
  [ApiClientErrorCode.Revoked]: ErrorKind.Conflict,
};

const MESSAGES: Record<ApiClientErrorCode, string> = {
  [ApiClientErrorCode.NotFound]: 'Không tìm thấy ứng dụng của đơn vị',
  [ApiClientErrorCode.ClientIdTaken]: 'Mã ứng dụng đã được dùng',
  [ApiClientErrorCode.Revoked]: 'Ứng dụng đã bị thu hồi, không thể cấp lại khóa bí mật',
};

export class ApiClientError extends AppError {
  constructor(code: ApiClientErrorCode) {
    const details: FieldError[] | undefined =
      code === ApiClientErrorCode.ClientIdTaken
        ? [{ field: 'clientId', constraint: code, message: MESSAGES[code] }]
        : undefined;
    super(code, KINDS[code], MESSAGES[code], details);
  }
}
