import 'reflect-metadata';
import { ClassConstructor, plainToInstance } from 'class-transformer';
import { ValidationError, validate } from 'class-validator';
import { FieldError } from './errors';
import { checkObject } from './validation-plan';

// Property → label, kept on the class prototype so a derived class can take over its source's labels.
const LABELS_KEY = 'motcua:labels';

type Labels = Readonly<Record<string, string>>;

function labelsOf(prototype: object): Labels {
  return (Reflect.getMetadata(LABELS_KEY, prototype) as Labels | undefined) ?? {};
}

/** Vietnamese name of a field, used in error messages shown to staff (`Số điện thoại`). */
export function Label(label: string): PropertyDecorator {
  return (target, property) =>
    Reflect.defineMetadata(LABELS_KEY, { ...labelsOf(target), [String(property)]: label }, target);
}

/**
 * Gives `target` the labels of `source`: for HTTP bodies derived from a contract with mapped types
 * (`PickType`, `OmitType`), which copy the validation rules but not the labels.
 */
export function inheritLabels(
  target: abstract new (...args: never[]) => unknown,
  source: abstract new (...args: never[]) => unknown,
): void {
  Reflect.defineMetadata(
    LABELS_KEY,
    { ...labelsOf(source.prototype), ...labelsOf(target.prototype) },
    target.prototype,
  );
}

function labelOf(error: ValidationError): string {
  const label = error.target ? labelsOf(Object.getPrototypeOf(error.target))[error.property] : undefined;
  return label ?? error.property;
}

// Vietnamese wording per class-validator constraint; an unknown constraint falls back to the generic one.
const MESSAGES: Record<string, (label: string) => string> = {
  isNotEmpty: (l) => `${l} không được để trống`,
  isDefined: (l) => `${l} là bắt buộc`,
  isString: (l) => `${l} phải là chuỗi ký tự`,
  isInt: (l) => `${l} phải là số nguyên`,
  isNumber: (l) => `${l} phải là số`,
  isBoolean: (l) => `${l} phải là đúng hoặc sai`,
  isEnum: (l) => `${l} không thuộc các giá trị cho phép`,
  isIn: (l) => `${l} không thuộc các giá trị cho phép`,
  isEmail: (l) => `${l} không phải địa chỉ thư điện tử hợp lệ`,
  isUuid: (l) => `${l} không phải mã định danh hợp lệ`,
  isIso8601: (l) => `${l} không phải thời điểm hợp lệ (ISO 8601)`,
  maxLength: (l) => `${l} quá dài`,
  minLength: (l) => `${l} quá ngắn`,
  min: (l) => `${l} nhỏ hơn giá trị cho phép`,
  max: (l) => `${l} lớn hơn giá trị cho phép`,
  isArray: (l) => `${l} phải là danh sách`,
  arrayMinSize: (l) => `${l} phải có ít nhất một mục`,
  arrayMaxSize: (l) => `${l} có quá nhiều mục`,
  arrayNotEmpty: (l) => `${l} không được để trống`,
  nestedValidation: (l) => `${l} phải là một đối tượng`,
  isObject: (l) => `${l} phải là một đối tượng`,
  isVietnameseMobile: (l) => `${l} không phải số điện thoại di động Việt Nam hợp lệ`,
  isUnitCode: (l) => `${l} không đúng mã đơn vị QCVN 102 (ví dụ 000.00.20.H41)`,
  isProcedureCode: (l) => `${l} không đúng mã thủ tục (ví dụ 2.000488)`,
  isCitizenId: (l) => `${l} không phải số định danh cá nhân (CCCD) 12 chữ số hợp lệ`,
  matches: (l) => `${l} không đúng định dạng`,
  whitelistValidation: (l) => `Trường ${l} không được phép gửi`,
};

function constraintName(error: ValidationError, constraint: string): string {
  // `IsUnitCode` and friends are `matches` underneath; their context names the real rule.
  const context = error.contexts?.[constraint] as { constraint?: string } | undefined;
  return context?.constraint ?? constraint;
}

// When a field breaks several rules, the first of these is the one worth telling a person.
const PRIORITY = [
  'whitelistValidation',
  'isDefined',
  'isNotEmpty',
  'nestedValidation',
  'isObject',
  'isString',
  'isEnum',
];

function mostTelling(constraints: string[]): string {
  return PRIORITY.find((name) => constraints.includes(name)) ?? constraints[constraints.length - 1];
}

/**
 * Flattens class-validator's tree into one entry per invalid field (the most telling broken rule), with a
 * dotted field path and a Vietnamese message naming the field. A missing required field reads "là bắt buộc".
 */
export function toFieldErrors(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const rules = Object.keys(error.constraints ?? {});
    const own: FieldError[] = [];
    if (rules.length > 0) {
      const missing = error.value === undefined && !rules.includes('whitelistValidation');
      const constraint = missing ? 'isDefined' : constraintName(error, mostTelling(rules));
      const wording = MESSAGES[constraint] ?? ((l: string) => `${l} không hợp lệ`);
      own.push({ field, constraint, message: wording(labelOf(error)) });
    }
    return [...own, ...toFieldErrors(error.children ?? [], field)];
  });
}

/** Vietnamese one-line summary naming every invalid field. */
export function summariseFieldErrors(errors: readonly FieldError[]): string {
  const fields = [...new Set(errors.map((e) => e.field))];
  return `Dữ liệu không hợp lệ: ${fields.join(', ')}`;
}

export type ContractValidation<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/**
 * Turns a plain object into an instance of a contract class and validates it. Unknown fields are dropped:
 * consumers ignore fields they do not know (STYLE.md §4).
 */
export async function validateContract<T extends object>(
  type: ClassConstructor<T>,
  plain: unknown,
): Promise<ContractValidation<T>> {
  if (typeof plain !== 'object' || plain === null || Array.isArray(plain)) {
    return {
      ok: false,
      errors: [{ field: '', constraint: 'isObject', message: 'Dữ liệu phải là một đối tượng' }],
    };
  }
  const value = plainToInstance(type, plain);
  // The class's own plan answers the common case, a valid payload; class-validator itself builds the error
  // list (from a fresh instance, since the plan may have stripped part of this one before it stopped).
  if (checkObject(value) === true) return { ok: true, value };
  const checked = plainToInstance(type, plain);
  const errors = await validate(checked, {
    whitelist: true,
    forbidUnknownValues: false,
    validationError: { target: true, value: true },
  });
  return errors.length === 0 ? { ok: true, value: checked } : { ok: false, errors: toFieldErrors(errors) };
}
