import { AppError, ErrorKind } from '@motcua/contracts';

export enum TicketErrorCode {
  NotFound = 'TICKET_NOT_FOUND',
  WrongState = 'TICKET_WRONG_STATE',
  UnknownService = 'TICKET_UNKNOWN_SERVICE',
  UnknownCounter = 'TICKET_UNKNOWN_COUNTER',
}

const KINDS: Record<TicketErrorCode, ErrorKind> = {
  [TicketErrorCode.NotFound]: ErrorKind.NotFound,
  [TicketErrorCode.WrongState]: ErrorKind.Conflict,
  [TicketErrorCode.UnknownService]: ErrorKind.Invalid,
  [TicketErrorCode.UnknownCounter]: ErrorKind.Invalid,
};

export class TicketError extends AppError {
  constructor(code: TicketErrorCode, message: string, details?: unknown) {
    super(code, KINDS[code], message, details);
  }
}
