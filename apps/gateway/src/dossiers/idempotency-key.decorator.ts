import { ExecutionContext, createParamDecorator } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { validationFailed } from '../http/validation';

export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';
const KEY_PATTERN = /^[A-Za-z0-9_-]{8,200}$/;

/** The optional `Idempotency-Key` header, refused with a clear 400 when malformed. */
export const IdempotencyKey = createParamDecorator(
  (_: unknown, context: ExecutionContext): string | undefined => {
    const value = context.switchToHttp().getRequest<FastifyRequest>().headers[IDEMPOTENCY_KEY_HEADER];
    if (value === undefined) return undefined;
    if (typeof value !== 'string' || !KEY_PATTERN.test(value)) {
      throw validationFailed([
        {
          field: 'Idempotency-Key',
          constraint: 'matches',
          message: 'Idempotency-Key phải gồm 8 đến 200 ký tự chữ, số, "-" hoặc "_"',
        },
      ]);
    }
    return value;
  },
);
