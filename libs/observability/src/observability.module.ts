import { DynamicModule, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { CorrelationMiddleware } from './correlation.middleware';
import { HealthController, READINESS_CHECKS } from './health.controller';
import { LoggingModule } from './logging.module';
import { MetricsController } from './metrics.controller';
import { ReadinessCheckType } from './readiness';
import { RedisReadiness } from './redis.readiness';

/**
 * Logs, correlation, `/health/live`, `/health/ready` and `/metrics` for one service. `readiness` lists the
 * checks `/health/ready` runs; they are resolved from the whole application, so other modules provide them.
 */
@Module({})
export class ObservabilityModule implements NestModule {
  static forService(options: { readiness: ReadinessCheckType[] }): DynamicModule {
    return {
      module: ObservabilityModule,
      imports: [LoggingModule.forService(), TerminusModule.forRoot({ logger: false })],
      controllers: [HealthController, MetricsController],
      providers: [RedisReadiness, { provide: READINESS_CHECKS, useValue: options.readiness }],
      exports: [RedisReadiness],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(CorrelationMiddleware).forRoutes('*');
  }
}
