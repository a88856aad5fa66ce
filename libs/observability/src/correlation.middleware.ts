import { Injectable, NestMiddleware } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { v7 as uuidv7 } from 'uuid';
import { CORRELATION_HEADER, Correlation, sanitiseCorrelationId } from './correlation';

/** Runs each HTTP request inside its correlation scope and echoes the id in the response. */
@Injectable()
export class CorrelationMiddleware implements NestMiddleware {
  use(req: IncomingMessage & { id?: unknown }, res: ServerResponse, next: () => void): void {
    const correlationId =
      sanitiseCorrelationId(req.id) ?? sanitiseCorrelationId(req.headers[CORRELATION_HEADER]) ?? uuidv7();
    res.setHeader(CORRELATION_HEADER, correlationId);
    Correlation.run({ correlationId }, next);
  }
}
