import { parsePhoneNumberFromString, parsePhoneNumberWithError } from 'libphonenumber-js/max';
import { Matches, ValidateBy, ValidationOptions, buildMessage } from 'class-validator';

/** QCVN 102:2016 unit code, e.g. `000.00.20.H41` (Nghệ An province is `H41`). */
export const UNIT_CODE_PATTERN = /^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}$/;

/** National procedure code, e.g. `2.000488` or `2.000305`. */
export const PROCEDURE_CODE_PATTERN = /^\d\.\d{6}$/;

/** Dossier code of Circular 01/2018 Art. 19: `<unit code>-<YYMMDD>-<NNNN>`. */
export const DOSSIER_CODE_PATTERN = /^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}-\d{6}-\d{4}$/;

export const IS_UNIT_CODE = 'isUnitCode';
export const IS_PROCEDURE_CODE = 'isProcedureCode';
export const IS_VIETNAMESE_MOBILE = 'isVietnameseMobile';

export function IsUnitCode(options?: ValidationOptions): PropertyDecorator {
  return Matches(UNIT_CODE_PATTERN, { ...options, context: { constraint: IS_UNIT_CODE } });
}

export function IsProcedureCode(options?: ValidationOptions): PropertyDecorator {
  return Matches(PROCEDURE_CODE_PATTERN, { ...options, context: { constraint: IS_PROCEDURE_CODE } });
}

/** True for a Vietnamese mobile number, national (`09x…`) or international (`+849x…`) form. */
export function isVietnameseMobile(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const phone = parsePhoneNumberFromString(value, 'VN');
  return phone !== undefined && phone.isValid() && phone.country === 'VN' && phone.getType() === 'MOBILE';
}

export function IsVietnameseMobile(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: IS_VIETNAMESE_MOBILE,
      validator: {
        validate: isVietnameseMobile,
        defaultMessage: buildMessage(
          (each) => `${each}$property must be a Vietnamese mobile number`,
          options,
        ),
      },
    },
    options,
  );
}

/** Normalises a valid Vietnamese mobile number to E.164 (`+84912345678`). */
export function toE164(value: string): string {
  return parsePhoneNumberWithError(value, 'VN').number;
}
