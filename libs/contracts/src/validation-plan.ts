import { MetadataStorage, ValidationArguments, ValidationTypes, getMetadataStorage } from 'class-validator';

type ValidationMetadata = ReturnType<MetadataStorage['getTargetValidationMetadatas']>[number];
type Validate = (value: unknown, args: ValidationArguments) => unknown;
// `@IsOptional` and `@ValidateIf` keep their condition as the first constraint.
type Condition = (object: object, value: unknown) => boolean;

interface RuleCheck {
  readonly metadata: ValidationMetadata;
  readonly validators: readonly Validate[];
}

interface PropertyPlan {
  readonly name: string;
  readonly conditions: readonly ValidationMetadata[];
  // `@IsDefined` rules first: class-validator runs them before the others and whatever the skip options.
  readonly rules: readonly RuleCheck[];
  readonly isNested: boolean;
}

interface ClassPlan {
  readonly allowed: ReadonlySet<string>;
  readonly properties: readonly PropertyPlan[];
}

/** The answer could not be known without class-validator itself (an asynchronous rule, a promise). */
const UNDECIDED = 'undecided';
/** True when every rule holds; false or undecided when class-validator must say why. */
export type Verdict = boolean | typeof UNDECIDED;

/**
 * What a field without rules meets: dropped (`whitelist`, as consumers of contracts do) or refused
 * (`forbidNonWhitelisted`, as HTTP input is; then the object is never changed).
 */
export type UnknownFields = 'strip' | 'refuse';

const plans = new WeakMap<object, ClassPlan | null>();

// Classes are decorated when their module loads, before anything is validated, so the rules of a class are
// read from class-validator's storage once instead of scanning the whole storage on every message.
function planOf(type: object): ClassPlan | null {
  if (plans.has(type)) return plans.get(type)!;
  const plan = buildPlan(type);
  plans.set(type, plan);
  return plan;
}

function buildPlan(type: object): ClassPlan | null {
  const storage = getMetadataStorage();
  const metadatas = storage.getTargetValidationMetadatas(type as () => void, '', false, false);
  if (metadatas.some((m) => m.type === ValidationTypes.PROMISE_VALIDATION)) return null;
  const grouped = storage.groupByPropertyName(metadatas);
  const properties = Object.keys(grouped).map((name): PropertyPlan => {
    const own = grouped[name];
    const defined = own.filter((m) => m.type === ValidationTypes.IS_DEFINED);
    const custom = own.filter((m) => m.type === ValidationTypes.CUSTOM_VALIDATION);
    return {
      name,
      conditions: own.filter((m) => m.type === ValidationTypes.CONDITIONAL_VALIDATION),
      rules: [...defined, ...custom].map((metadata) => ({
        metadata,
        validators: storage.getTargetValidatorConstraints(metadata.constraintCls).map((constraint) => {
          const instance = constraint.instance as { validate: Validate };
          return (value, args) => instance.validate(value, args);
        }),
      })),
      isNested: own.some((m) => m.type === ValidationTypes.NESTED_VALIDATION),
    };
  });
  return {
    allowed: new Set(Object.keys(grouped).filter((name) => grouped[name].length > 0)),
    properties,
  };
}

const isCollection = (value: unknown): value is unknown[] | Set<unknown> | Map<unknown, unknown> =>
  Array.isArray(value) || value instanceof Set || value instanceof Map;

const isPromise = (value: unknown): boolean =>
  typeof (value as { then?: unknown } | null)?.then === 'function';

function checkRule(object: object, value: unknown, rule: RuleCheck): Verdict {
  const { metadata } = rule;
  if (metadata.validateIf && !metadata.validateIf(object, value)) return true;
  const args: ValidationArguments = {
    targetName: object.constructor?.name,
    property: metadata.propertyName,
    object,
    value,
    constraints: metadata.constraints,
  };
  for (const validate of rule.validators) {
    const items = metadata.each && isCollection(value) ? [...value.values()] : [value];
    for (const item of items) {
      const answer = validate(item, args);
      if (isPromise(answer)) return UNDECIDED;
      if (!answer) return false;
    }
  }
  return true;
}

function checkNested(value: unknown, unknownFields: UnknownFields): Verdict {
  if (value === undefined) return true;
  if (isCollection(value)) {
    for (const item of value instanceof Set ? [...value] : value.values()) {
      const verdict = checkNested(item, unknownFields);
      if (verdict !== true) return verdict;
    }
    return true;
  }
  return value instanceof Object ? checkObject(value, unknownFields) : false;
}

/**
 * What `validate(object, { whitelist: true, forbidUnknownValues: false })` decides, without its error
 * tree: strips properties that have no rule, as it does, and answers whether every rule holds. With
 * `unknownFields: 'refuse'` it decides as `forbidNonWhitelisted: true` does: a field without rules is invalid.
 */
export function checkObject(object: object, unknownFields: UnknownFields = 'strip'): Verdict {
  const plan = planOf(object.constructor);
  if (!plan) return UNDECIDED;
  for (const key of Object.keys(object)) {
    if (plan.allowed.has(key)) continue;
    if (unknownFields === 'refuse') return false;
    delete (object as Record<string, unknown>)[key];
  }
  for (const property of plan.properties) {
    const value = (object as Record<string, unknown>)[property.name];
    if (value instanceof Promise) return UNDECIDED;
    if (!property.conditions.every((m) => (m.constraints[0] as Condition)(object, value))) continue;
    for (const rule of property.rules) {
      const verdict = checkRule(object, value, rule);
      if (verdict !== true) return verdict;
    }
    if (property.isNested) {
      const verdict = checkNested(value, unknownFields);
      if (verdict !== true) return verdict;
    }
  }
  return true;
}
