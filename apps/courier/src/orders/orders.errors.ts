import { AppError, ErrorKind } from '@motcua/contracts';

export enum OrderErrorCode {
  ProviderUnavailable = 'COURIER_PROVIDER_UNAVAILABLE',
  ProviderAnswerInvalid = 'COURIER_PROVIDER_ANSWER_INVALID',
}

const KINDS: Record<OrderErrorCode, ErrorKind> = {
  [OrderErrorCode.ProviderUnavailable]: ErrorKind.Unavailable,
  [OrderErrorCode.ProviderAnswerInvalid]: ErrorKind.Unavailable,
};

/** The postal provider did not take an order; the job tries again with backoff. */
export class OrderError extends AppError {
  constructor(code: OrderErrorCode, message: string, details?: unknown) {
    super(code, KINDS[code], message, details);
  }
}
