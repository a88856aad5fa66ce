import { AppError, ErrorKind } from '@motcua/contracts';

export enum DeadlineErrorCode {
  ClockNotFound = 'DEADLINE_CLOCK_NOT_FOUND',
  ClockEnded = 'DEADLINE_CLOCK_ENDED',
  ClockNotPaused = 'DEADLINE_CLOCK_NOT_PAUSED',
  ResolutionBeforeHandOver = 'DEADLINE_RESOLUTION_BEFORE_HAND_OVER',
  ResolutionAfterConfirmation = 'DEADLINE_RESOLUTION_AFTER_CONFIRMATION',
}

const KINDS: Record<DeadlineErrorCode, ErrorKind> = {
  [DeadlineErrorCode.ClockNotFound]: ErrorKind.NotFound,
  [DeadlineErrorCode.ClockEnded]: ErrorKind.Conflict,
  [DeadlineErrorCode.ClockNotPaused]: ErrorKind.Conflict,
  [DeadlineErrorCode.ResolutionBeforeHandOver]: ErrorKind.Invalid,
  [DeadlineErrorCode.ResolutionAfterConfirmation]: ErrorKind.Invalid,
};

const MESSAGES: Record<DeadlineErrorCode, string> = {
  [DeadlineErrorCode.ClockNotFound]: 'Hồ sơ chưa được tính thời hạn xử lý',
  [DeadlineErrorCode.ClockEnded]: 'Hồ sơ đã xử lý xong hoặc đã dừng xử lý',
  [DeadlineErrorCode.ClockNotPaused]: 'Hồ sơ không ở trạng thái chờ bổ sung',
  [DeadlineErrorCode.ResolutionBeforeHandOver]:
    'Thời điểm xử lý xong không được trước lần bàn giao cuối cùng của hồ sơ',
  [DeadlineErrorCode.ResolutionAfterConfirmation]: 'Thời điểm xử lý xong không được sau thời điểm xác nhận',
};

export class DeadlineError extends AppError {
  constructor(code: DeadlineErrorCode, details?: unknown) {
    super(code, KINDS[code], MESSAGES[code], details);
  }
}
