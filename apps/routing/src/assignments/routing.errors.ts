import { AppError, ErrorKind } from '@motcua/contracts';

export enum RoutingErrorCode {
  NotFound = 'ROUTING_DOSSIER_NOT_FOUND',
  StaleVersion = 'ROUTING_VERSION_STALE',
  UnitForbidden = 'ROUTING_UNIT_FORBIDDEN',
  RoleForbidden = 'ROUTING_ROLE_FORBIDDEN',
  WrongStatus = 'ROUTING_WRONG_STATUS',
  StepAmbiguous = 'ROUTING_STEP_AMBIGUOUS',
  NoNextStep = 'ROUTING_NO_NEXT_STEP',
  NotNextStep = 'ROUTING_NOT_NEXT_STEP',
  NoPreviousStep = 'ROUTING_NO_PREVIOUS_STEP',
  NotFinalStep = 'ROUTING_NOT_FINAL_STEP',
  AlreadyClaimed = 'ROUTING_ALREADY_CLAIMED',
  SupplementAlreadyRequested = 'ROUTING_SUPPLEMENT_ALREADY_REQUESTED',
  AlreadyExtended = 'ROUTING_ALREADY_EXTENDED',
  ExtensionTooLate = 'ROUTING_EXTENSION_TOO_LATE',
  ExtensionNotLater = 'ROUTING_EXTENSION_NOT_LATER',
}

const KINDS: Record<RoutingErrorCode, ErrorKind> = {
  [RoutingErrorCode.NotFound]: ErrorKind.NotFound,
  [RoutingErrorCode.StaleVersion]: ErrorKind.Conflict,
  [RoutingErrorCode.UnitForbidden]: ErrorKind.Forbidden,
  [RoutingErrorCode.RoleForbidden]: ErrorKind.Forbidden,
  [RoutingErrorCode.WrongStatus]: ErrorKind.Conflict,
  [RoutingErrorCode.StepAmbiguous]: ErrorKind.Invalid,
  [RoutingErrorCode.NoNextStep]: ErrorKind.Conflict,
  [RoutingErrorCode.NotNextStep]: ErrorKind.Invalid,
  [RoutingErrorCode.NoPreviousStep]: ErrorKind.Conflict,
  [RoutingErrorCode.NotFinalStep]: ErrorKind.Conflict,
  [RoutingErrorCode.AlreadyClaimed]: ErrorKind.Conflict,
  [RoutingErrorCode.SupplementAlreadyRequested]: ErrorKind.Conflict,
  [RoutingErrorCode.AlreadyExtended]: ErrorKind.Conflict,
  [RoutingErrorCode.ExtensionTooLate]: ErrorKind.Conflict,
  [RoutingErrorCode.ExtensionNotLater]: ErrorKind.Invalid,
};

export class RoutingError extends AppError {
  constructor(code: RoutingErrorCode, message: string, details?: unknown) {
    super(code, KINDS[code], message, details);
  }
}
