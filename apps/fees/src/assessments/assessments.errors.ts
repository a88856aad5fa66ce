import { AppError, ErrorKind } from '@motcua/contracts';

export enum AssessmentErrorCode {
  NotFound = 'FEE_ASSESSMENT_NOT_FOUND',
  NotAssessed = 'FEE_NOT_ASSESSED',
  NothingDue = 'FEE_NOTHING_DUE',
  AlreadySettled = 'FEE_ALREADY_PAID',
  WrongAmount = 'FEE_WRONG_AMOUNT',
  WaiverNotAllowed = 'FEE_WAIVER_NOT_ALLOWED',
}

const KINDS: Record<AssessmentErrorCode, ErrorKind> = {
  [AssessmentErrorCode.NotFound]: ErrorKind.NotFound,
  [AssessmentErrorCode.NotAssessed]: ErrorKind.Conflict,
  [AssessmentErrorCode.NothingDue]: ErrorKind.Conflict,
  [AssessmentErrorCode.AlreadySettled]: ErrorKind.Conflict,
  [AssessmentErrorCode.WrongAmount]: ErrorKind.Invalid,
  [AssessmentErrorCode.WaiverNotAllowed]: ErrorKind.Forbidden,
};

export class AssessmentError extends AppError {
  constructor(code: AssessmentErrorCode, message: string, details?: unknown) {
    super(code, KINDS[code], message, details);
  }
}
