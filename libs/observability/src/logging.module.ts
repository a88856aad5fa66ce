import { DynamicModule, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { PlatformConfig } from '@motcua/config';
import type { IncomingMessage } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import { v7 as uuidv7 } from 'uuid';
import { CORRELATION_HEADER, Correlation, sanitiseCorrelationId } from './correlation';

const QUIET_PATHS = ['/health/live', '/health/ready', '/metrics'];

/**
 * Structured JSON logs through pino. Every line carries the service name and the correlation id of the
 * work in progress; credentials and personal data in requests are redacted.
 */
@Module({})
export class LoggingModule {
  static forService(): DynamicModule {
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRootAsync({
          inject: [ConfigService],
          useFactory: (config: ConfigService<PlatformConfig, true>) => ({
            pinoHttp: {
              level: config.get('log', { infer: true }).level,
              base: { service: config.get('service', { infer: true }) },
              messageKey: 'message',
              timestamp: () => `,"time":"${new Date().toISOString()}"`,
              formatters: { level: (label: string) => ({ level: label }) },
              mixin: () => {
                const scope = Correlation.current();
                return scope ? { correlationId: scope.correlationId, causationId: scope.causationId } : {};
              },
              genReqId: (req: IncomingMessage & { id?: unknown }) =>
                sanitiseCorrelationId(req.id) ??
                sanitiseCorrelationId(req.headers[CORRELATION_HEADER]) ??
                uuidv7(),
              autoLogging: { ignore: (req: IncomingMessage) => QUIET_PATHS.includes(req.url ?? '') },
              // Successful requests are access-log noise at the Center's volume (the ingress keeps access
              // logs); they log at debug, refusals at warn, failures at error.
              customLogLevel: (_req: IncomingMessage, res: { statusCode: number }, error?: Error) =>
                error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'debug',
              redact: {
                paths: [
                  'req.headers.authorization',
                  'req.headers.cookie',
                  'req.headers["x-api-key"]',
                  'req.body',
                ],
                remove: true,
              },
              serializers: {
                req: (req: { id: string; method: string; url: string }) => ({
                  id: req.id,
                  method: req.method,
                  url: req.url.replace(/([?&](phone|idNumber|secret)=)[^&]*/g, '$1***'),
                }),
              },
            },
          }),
        }),
      ],
      exports: [LoggerModule],
    };
  }
}
