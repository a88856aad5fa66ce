import { applyDecorators } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse } from '@nestjs/swagger';
import { ErrorDto } from './error.dto';

/** The error answers of a route besides 401/403; a string names the codes the answer may carry. */
export interface ErrorAnswers {
  readonly invalid?: true;
  readonly notFound?: true | string;
  readonly conflict?: string;
}

const description = (answer: true | string) => (answer === true ? undefined : answer);

/** Documents a route's error answers, each with the `ErrorDto` body. */
export function ApiErrors(answers: ErrorAnswers): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ...(answers.invalid ? [ApiBadRequestResponse({ type: ErrorDto })] : []),
    ...(answers.notFound
      ? [ApiNotFoundResponse({ type: ErrorDto, description: description(answers.notFound) })]
      : []),
    ...(answers.conflict ? [ApiConflictResponse({ type: ErrorDto, description: answers.conflict })] : []),
  );
}
