import { AppError, ErrorKind } from '@motcua/contracts';

export enum MessageErrorCode {
  DossierNotFound = 'NOTIFICATION_DOSSIER_NOT_FOUND',
}

export class MessageError extends AppError {
  constructor(code: MessageErrorCode, message: string, details?: unknown) {
    super(code, ErrorKind.NotFound, message, details);
  }
}

/**
 * A citizen message for a dossier whose reception has not arrived yet (events of one dossier may arrive out
 * of order): thrown to have the event retried, not dead-lettered.
 */
export class ContactNotYetKnownError extends Error {
  constructor(dossierId: string) {
    super(`no contact yet for dossier ${dossierId}`);
    this.name = 'ContactNotYetKnownError';
  }
}
