import { AppError, ErrorKind, FieldError } from '@motcua/contracts';

export enum ProcessErrorCode {
  Invalid = 'PROCESS_INVALID',
  NotFound = 'PROCESS_NOT_FOUND',
}

/** A definition refused with every problem named (cycle, unreachable step, too long for the time limit). */
export function invalidProcess(problems: FieldError[]): AppError {
  return new AppError(
    ProcessErrorCode.Invalid,
    ErrorKind.Invalid,
    `Quy trình không hợp lệ: ${problems.map((p) => p.message).join('; ')}`,
    problems,
  );
}
