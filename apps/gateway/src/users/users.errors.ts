import { AppError, ErrorKind, FieldError } from '@motcua/contracts';

export enum UserErrorCode {
  NotFound = 'USER_NOT_FOUND',
  UsernameTaken = 'USER_USERNAME_TAKEN',
  UnitRequired = 'USER_UNIT_REQUIRED',
  SelfDisable = 'USER_SELF_DISABLE',
  LastAdmin = 'USER_LAST_ADMIN',
}

const KINDS: Record<UserErrorCode, ErrorKind> = {
  [UserErrorCode.NotFound]: ErrorKind.NotFound,
  [UserErrorCode.UsernameTaken]: ErrorKind.Conflict,
  [UserErrorCode.UnitRequired]: ErrorKind.Invalid,
  [UserErrorCode.SelfDisable]: ErrorKind.Conflict,
  [UserErrorCode.LastAdmin]: ErrorKind.Conflict,
};

const MESSAGES: Record<UserErrorCode, string> = {
  [UserErrorCode.NotFound]: 'Không tìm thấy người dùng',
  [UserErrorCode.UsernameTaken]: 'Tên đăng nhập đã có người dùng',
  [UserErrorCode.UnitRequired]: 'Chuyên viên và lãnh đạo đơn vị phải thuộc một đơn vị',
  [UserErrorCode.SelfDisable]: 'Không thể tự khóa tài khoản của chính mình',
  [UserErrorCode.LastAdmin]: 'Phải còn ít nhất một quản trị hệ thống đang hoạt động',
};

// The field a refusal is about, so the form shows it under that input.
const FIELDS: Partial<Record<UserErrorCode, string>> = {
  [UserErrorCode.UsernameTaken]: 'username',
  [UserErrorCode.UnitRequired]: 'unitCode',
  [UserErrorCode.LastAdmin]: 'roles',
};

export class UserError extends AppError {
  constructor(code: UserErrorCode) {
    const field = FIELDS[code];
    const details: FieldError[] | undefined = field
      ? [{ field, constraint: code, message: MESSAGES[code] }]
      : undefined;
    super(code, KINDS[code], MESSAGES[code], details);
  }
}
