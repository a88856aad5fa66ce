import { AppError, ErrorKind } from '@motcua/contracts';

export enum OnlinePaymentErrorCode {
  NotConfigured = 'PAYMENT_PROVIDER_NOT_CONFIGURED',
  SignatureInvalid = 'PAYMENT_CALLBACK_SIGNATURE_INVALID',
  UnknownReference = 'PAYMENT_CALLBACK_UNKNOWN_REFERENCE',
  AmountMismatch = 'PAYMENT_CALLBACK_AMOUNT_MISMATCH',
  AlreadyPaid = 'PAYMENT_REQUEST_ALREADY_PAID',
}

const KINDS: Record<OnlinePaymentErrorCode, ErrorKind> = {
  [OnlinePaymentErrorCode.NotConfigured]: ErrorKind.Conflict,
  [OnlinePaymentErrorCode.SignatureInvalid]: ErrorKind.Unauthenticated,
  [OnlinePaymentErrorCode.UnknownReference]: ErrorKind.NotFound,
  [OnlinePaymentErrorCode.AmountMismatch]: ErrorKind.Invalid,
  [OnlinePaymentErrorCode.AlreadyPaid]: ErrorKind.Conflict,
};

export class OnlinePaymentError extends AppError {
  constructor(code: OnlinePaymentErrorCode, message: string, details?: unknown) {
    super(code, KINDS[code], message, details);
  }
}
