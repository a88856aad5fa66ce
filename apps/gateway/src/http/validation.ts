import { ParseUUIDPipe, ValidationPipe } from '@nestjs/common';
import {
  AppError,
  CommonErrorCode,
  ErrorKind,
  FieldError,
  checkObject,
  summariseFieldErrors,
  toFieldErrors,
} from '@motcua/contracts';
import type { ValidationError, ValidatorOptions } from 'class-validator';

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

type BinaryCheckCache = Map<unknown, unknown[]>;

/**
 * Whitelisted, transformed input; unknown fields are refused; errors name each field, in Vietnamese.
 * Valid input, nearly every request, is decided by the class's validation plan; anything else goes to
 * class-validator, whose error tree names the fields, so a 400 reads as it always did.
 */
export class InputValidationPipe extends ValidationPipe {
  // The rules of a class are fixed once its module has loaded; Nest would read them from class-validator's
  // whole storage again on every request to look for binary values.
  private readonly binaryCheckCache: BinaryCheckCache = new Map();

  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      // Targets and values let messages name fields by their Vietnamese label; values are never sent back.
      validationError: { target: true, value: true },
      exceptionFactory: (errors) => validationFailed(toFieldErrors(errors)),
    });
  }

  // Refusing unknown fields, the plan never changes the object, so class-validator sees it as it came.
  protected override validate(
    object: object,
    options?: ValidatorOptions,
  ): Promise<ValidationError[]> | ValidationError[] {
    return checkObject(object, 'refuse') === true ? [] : super.validate(object, options);
  }

  protected override findNestedBinaryValues(
    object: unknown,
    cache: BinaryCheckCache = this.binaryCheckCache,
  ): ValidationError[] {
    return super.findNestedBinaryValues(object, cache);
  }
}

export const validationPipe = new InputValidationPipe();
