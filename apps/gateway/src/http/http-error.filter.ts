import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import { Correlation } from '@motcua/observability';
import type { FastifyReply } from 'fastify';
import { toHttpError } from './http-errors';

/** The one HTTP error filter: every error leaves as `{ code, message, details, correlationId }`. */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger(HttpErrorFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const { status, body } = toHttpError(exception);
    if (status === 500) {
      this.logger.error(`unhandled error: ${(exception as Error)?.message}`, (exception as Error)?.stack);
    }
    void host
      .switchToHttp()
      .getResponse<FastifyReply>()
      .status(status)
      .send({ ...body, correlationId: Correlation.id() ?? null });
  }
}
