import { AppError, ErrorKind } from '@motcua/contracts';

export enum CatalogErrorCode {
  ProcedureNotFound = 'PROCEDURE_NOT_FOUND',
  ProcedureExists = 'PROCEDURE_EXISTS',
  ProcedureRetired = 'PROCEDURE_RETIRED',
  StaleVersion = 'PROCEDURE_VERSION_STALE',
  UnknownUnit = 'PROCEDURE_UNKNOWN_UNIT',
  CodeMismatch = 'PROCEDURE_CODE_MISMATCH',
}

const KINDS: Record<CatalogErrorCode, ErrorKind> = {
  [CatalogErrorCode.ProcedureNotFound]: ErrorKind.NotFound,
  [CatalogErrorCode.ProcedureExists]: ErrorKind.Conflict,
  [CatalogErrorCode.ProcedureRetired]: ErrorKind.Conflict,
  [CatalogErrorCode.StaleVersion]: ErrorKind.Conflict,
  [CatalogErrorCode.UnknownUnit]: ErrorKind.Invalid,
  [CatalogErrorCode.CodeMismatch]: ErrorKind.Invalid,
};

export class CatalogError extends AppError {
  constructor(code: CatalogErrorCode, message: string, details?: unknown) {
    super(code, KINDS[code], message, details);
  }
}
