import { AppError, ErrorKind } from '@motcua/contracts';

export enum DeadLetterErrorCode {
  NotFound = 'DEAD_LETTER_NOT_FOUND',
  BrokerUnavailable = 'DEAD_LETTER_BROKER_UNAVAILABLE',
}

const KINDS: Record<DeadLetterErrorCode, ErrorKind> = {
  [DeadLetterErrorCode.NotFound]: ErrorKind.NotFound,
  [DeadLetterErrorCode.BrokerUnavailable]: ErrorKind.Unavailable,
};

const MESSAGES: Record<DeadLetterErrorCode, string> = {
  [DeadLetterErrorCode.NotFound]: 'Không có tin nhắn lỗi này trong hàng đợi (có thể đã được gửi lại)',
  [DeadLetterErrorCode.BrokerUnavailable]: 'Không kết nối được máy chủ hàng đợi tin nhắn, vui lòng thử lại',
};

export class DeadLetterError extends AppError {
  constructor(code: DeadLetterErrorCode, details?: unknown, cause?: unknown) {
    super(code, KINDS[code], MESSAGES[code], details, { cause });
  }
}
