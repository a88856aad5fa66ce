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

export const IS_CITIZEN_ID = 'isCitizenId';

/**
 * A 12-digit citizen ID (CCCD / số định danh cá nhân): birth-province code (001–096 when born in Viet Nam; a
 * country code otherwise), a century-and-gender digit (0/1 = 1900s, 2/3 = 2000s, 4/5 = 2100s), the two last
 * digits of the birth year, six digits. The birth year must not be in the future. REFERENCE.md addendum §3.
 */
export function isCitizenId(value: unknown, now: Date = new Date()): boolean {
  if (typeof value !== 'string' || !/^\d{12}$/.test(value)) return false;
  const province = Number(value.slice(0, 3));
  if (value[0] === '0' && (province < 1 || province > 96)) return false;
  const centuryDigit = Number(value[3]);
  if (centuryDigit > 5) return false;
  const birthYear = 1900 + Math.floor(centuryDigit / 2) * 100 + Number(value.slice(4, 6));
  return birthYear <= now.getUTCFullYear();
}

export function IsCitizenId(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: IS_CITIZEN_ID,
      validator: {
        validate: (value) => isCitizenId(value),
        defaultMessage: buildMessage((each) => `${each}$property must be a 12-digit citizen ID`, options),
      },
    },
    options,
  );
}
