import { INestApplication, Type } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import type { PlatformConfig } from '@motcua/config';
import type { DomainServiceName, ServiceName } from '@motcua/contracts';
import { connectMessaging } from '@motcua/messaging';
import { CORRELATION_HEADER, registerHttpMetrics, sanitiseCorrelationId } from '@motcua/observability';
import { Logger } from 'nestjs-pino';
import type { IncomingHttpHeaders } from 'node:http';
import { v7 as uuidv7 } from 'uuid';

export interface ServiceDefinition {
  readonly service: ServiceName;
  readonly module: Type;
  /** Attach the event and request consumers (every domain service; not the gateway). */
  readonly consumes: boolean;
  /** Extra HTTP set-up before listening (the gateway's pipes, filters, OpenAPI). */
  readonly configure?: (app: NestFastifyApplication) => void | Promise<void>;
}

/**
 * Starts one motcua process: Fastify HTTP (health and metrics; the gateway's API), pino logs, consumers, and
 * shutdown hooks so SIGTERM drains in-flight work before exit.
 */
export async function createService(definition: ServiceDefinition): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(
    definition.module,
    new FastifyAdapter({
      trustProxy: true,
      bodyLimit: 1024 * 1024,
      // The request id is the correlation id: the caller's, when it sends a sane one.
      genReqId: (request: { headers: IncomingHttpHeaders }) =>
        sanitiseCorrelationId(request.headers[CORRELATION_HEADER]) ?? uuidv7(),
    }),
    // A boot failure rejects (and `main` exits 1 listing it) instead of aborting the process. The raw body
    // is kept because signed callbacks (postal tracking) are checked against the exact bytes sent.
    { bufferLogs: true, abortOnError: false, rawBody: true },
  );
  app.useLogger(app.get(Logger));
  app.flushLogs();
  registerHttpMetrics(app.getHttpAdapter().getInstance());
  await definition.configure?.(app);
  if (definition.consumes) connectMessaging(app as INestApplication, definition.service as DomainServiceName);
  return app;
}

/** `createService`, then start consuming and listening on the configured port. */
export async function runService(definition: ServiceDefinition): Promise<NestFastifyApplication> {
  const app = await createService(definition);
  await app.startAllMicroservices();
  const { port } = app.get<ConfigService<PlatformConfig, true>>(ConfigService).get('http', { infer: true });
  await app.listen(port, '0.0.0.0');
  app.get(Logger).log(`${definition.service} listening on port ${port}`, 'Bootstrap');
  return app;
}

/** On SIGTERM or SIGINT: stop consuming and listening, finish in-flight work, close, then exit 0. */
function stopGracefullyOnSignals(app: NestFastifyApplication): void {
  const logger = app.get(Logger);
  const stop = (signal: NodeJS.Signals) => {
    logger.log(`${signal} received: draining in-flight work`, 'Bootstrap');
    app.close().then(
      () => {
        logger.log('stopped cleanly', 'Bootstrap');
        process.exit(0);
      },
      (error: Error) => {
        logger.error(`shutdown failed: ${error.message}`, error.stack, 'Bootstrap');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

/** Entry point helper: a boot failure is printed (every bad variable listed) and the process exits 1. */
export function main(definition: ServiceDefinition): void {
  runService(definition).then(stopGracefullyOnSignals, (error: Error) => {
    process.stderr.write(
      `${JSON.stringify({ level: 'fatal', service: definition.service, message: `${definition.service} failed to start: ${error.message}` })}\n`,
    );
    process.exit(1);
  });
}
