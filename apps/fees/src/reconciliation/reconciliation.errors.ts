import { AppError, ErrorKind } from '@motcua/contracts';

export enum ReconciliationErrorCode {
  DayClosed = 'FEE_DAY_CLOSED',
  InvalidPeriod = 'FEE_REPORT_INVALID_PERIOD',
}

const KINDS: Record<ReconciliationErrorCode, ErrorKind> = {
  [ReconciliationErrorCode.DayClosed]: ErrorKind.Conflict,
  [ReconciliationErrorCode.InvalidPeriod]: ErrorKind.Invalid,
};

export class ReconciliationError extends AppError {
  constructor(code: ReconciliationErrorCode, message: string, details?: unknown) {
    super(code, KINDS[code], message, details);
  }
}
