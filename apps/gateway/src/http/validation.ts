import { ParseUUIDPipe, ValidationPipe } from '@nestjs/common';
import {
  AppError,
  CommonErrorCode,
  ErrorKind,
  FieldError,
  summariseFieldErrors,
  toFieldErrors,
} from '@motcua/contracts';

export function validationFailed(errors: FieldError[]): AppError {
  return new AppError(
    CommonErrorCode.ValidationFailed,
    ErrorKind.Invalid,
    summariseFieldErrors(errors),
    errors,
  );
}

/** A UUID path parameter `id`; anything else is a 400 naming it by `label` (`Mã định danh hồ sơ`). */
export function idPipe(label: string): ParseUUIDPipe {
  return new ParseUUIDPipe({
    exceptionFactory: () =>
      validationFailed([{ field: 'id', constraint: 'isUuid', message: `${label} không hợp lệ` }]),
  });
}

/** The dossier id in a path. */
export const dossierIdPipe = idPipe('Mã định danh hồ sơ');

/** Whitelisted, transformed input; unknown fields are refused; errors name each field, in Vietnamese. */
export const validationPipe = new ValidationPipe({
  whitelist: true,
  forbidNonWhitelisted: true,
  transform: true,
  // Targets and values let messages name fields by their Vietnamese label; values are never sent back.
  validationError: { target: true, value: true },
  exceptionFactory: (errors) => validationFailed(toFieldErrors(errors)),
});
