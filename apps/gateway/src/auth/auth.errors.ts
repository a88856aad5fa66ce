import { AppError, ErrorKind } from '@motcua/contracts';

export enum AuthErrorCode {
  InvalidCredentials = 'AUTH_INVALID_CREDENTIALS',
  TokenMissing = 'AUTH_TOKEN_MISSING',
  TokenInvalid = 'AUTH_TOKEN_INVALID',
  RoleForbidden = 'AUTH_ROLE_FORBIDDEN',
  UnitForbidden = 'AUTH_UNIT_FORBIDDEN',
}

const KINDS: Record<AuthErrorCode, ErrorKind> = {
  [AuthErrorCode.InvalidCredentials]: ErrorKind.Unauthenticated,
  [AuthErrorCode.TokenMissing]: ErrorKind.Unauthenticated,
  [AuthErrorCode.TokenInvalid]: ErrorKind.Unauthenticated,
  [AuthErrorCode.RoleForbidden]: ErrorKind.Forbidden,
  [AuthErrorCode.UnitForbidden]: ErrorKind.Forbidden,
};

const MESSAGES: Record<AuthErrorCode, string> = {
  [AuthErrorCode.InvalidCredentials]: 'Tên đăng nhập hoặc mật khẩu không đúng',
  [AuthErrorCode.TokenMissing]: 'Cần đăng nhập để dùng chức năng này',
  [AuthErrorCode.TokenInvalid]: 'Phiên đăng nhập không hợp lệ hoặc đã hết hạn, vui lòng đăng nhập lại',
  [AuthErrorCode.RoleForbidden]: 'Vai trò của bạn không được phép dùng chức năng này',
  [AuthErrorCode.UnitForbidden]: 'Hồ sơ thuộc đơn vị khác, bạn không được phép xem hoặc xử lý',
};

export class AuthError extends AppError {
  constructor(code: AuthErrorCode, details?: unknown) {
    super(code, KINDS[code], MESSAGES[code], details);
  }
}
