import { AppError, ErrorKind } from '@motcua/contracts';

export enum ReportErrorCode {
  InvalidPeriod = 'REPORT_INVALID_PERIOD',
  PeriodTooLong = 'REPORT_PERIOD_TOO_LONG',
}

const MESSAGES: Record<ReportErrorCode, string> = {
  [ReportErrorCode.InvalidPeriod]:
    'Kỳ báo cáo không hợp lệ: ngày không có thật hoặc Đến ngày sớm hơn Từ ngày',
  [ReportErrorCode.PeriodTooLong]: 'Kỳ báo cáo không được dài quá 366 ngày',
};

export class ReportError extends AppError {
  constructor(code: ReportErrorCode, details?: unknown, options?: { cause?: unknown }) {
    super(code, ErrorKind.Invalid, MESSAGES[code], details, options);
  }
}
