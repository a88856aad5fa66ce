import { AppError, ErrorKind } from '@motcua/contracts';

export enum MessageErrorCode {
  DossierNotFound = 'NOTIFICATION_DOSSIER_NOT_FOUND',
}

export class MessageError extends AppError {
  constructor(code: MessageErrorCode, message: string, details?: unknown) {
    super(code, ErrorKind.NotFound, message, details);
  }
}
