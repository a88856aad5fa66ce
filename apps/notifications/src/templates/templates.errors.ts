import { AppError, ErrorKind } from '@motcua/contracts';

export enum TemplateErrorCode {
  UnknownTemplate = 'TEMPLATE_UNKNOWN',
  UnknownPlaceholder = 'TEMPLATE_UNKNOWN_PLACEHOLDER',
  Malformed = 'TEMPLATE_MALFORMED',
  VersionConflict = 'TEMPLATE_VERSION_CONFLICT',
}

const KINDS: Record<TemplateErrorCode, ErrorKind> = {
  [TemplateErrorCode.UnknownTemplate]: ErrorKind.NotFound,
  [TemplateErrorCode.UnknownPlaceholder]: ErrorKind.Invalid,
  [TemplateErrorCode.Malformed]: ErrorKind.Invalid,
  [TemplateErrorCode.VersionConflict]: ErrorKind.Conflict,
};

export class TemplateError extends AppError {
  constructor(code: TemplateErrorCode, message: string, details?: unknown) {
    super(code, KINDS[code], message, details);
  }
}
