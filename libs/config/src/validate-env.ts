import { ClassConstructor, plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';

/** Thrown at boot; its message lists every bad variable at once, never a secret's value. */
export class InvalidEnvironmentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'InvalidEnvironmentError';
  }
}

/** Validates raw environment variables against an Env class; defaults come from the class's initialisers. */
export function validateEnv<T extends object>(type: ClassConstructor<T>, raw: Record<string, unknown>): T {
  const env = plainToInstance(type, raw, { exposeDefaultValues: true });
  const errors = validateSync(env, { whitelist: true });
  if (errors.length > 0) {
    throw new InvalidEnvironmentError(
      errors.map((e) => {
        const rules = Object.keys(e.constraints ?? {}).join(', ');
        return e.value === undefined
          ? `${e.property} is required (${rules})`
          : `${e.property} is invalid (${rules})`;
      }),
    );
  }
  return env;
}
