import { AppError, ErrorKind } from '@motcua/contracts';

export enum DossierErrorCode {
  NotFound = 'DOSSIER_NOT_FOUND',
  DailySequenceExhausted = 'DOSSIER_DAILY_SEQUENCE_EXHAUSTED',
  UnknownProcedure = 'RECEPTION_UNKNOWN_PROCEDURE',
  ProcedureRetired = 'RECEPTION_PROCEDURE_RETIRED',
  WrongStatus = 'DOSSIER_WRONG_STATUS',
  ResultNotAtCenter = 'DOSSIER_RESULT_NOT_AT_CENTER',
}

const KINDS: Record<DossierErrorCode, ErrorKind> = {
  [DossierErrorCode.NotFound]: ErrorKind.NotFound,
  [DossierErrorCode.DailySequenceExhausted]: ErrorKind.Conflict,
  [DossierErrorCode.UnknownProcedure]: ErrorKind.Invalid,
  [DossierErrorCode.ProcedureRetired]: ErrorKind.Invalid,
  [DossierErrorCode.WrongStatus]: ErrorKind.Conflict,
  [DossierErrorCode.ResultNotAtCenter]: ErrorKind.Conflict,
};

export class DossierError extends AppError {
  constructor(code: DossierErrorCode, message: string, details?: unknown) {
    super(code, KINDS[code], message, details);
  }
}
