import type { INestApplication } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { PlatformConfig } from '@motcua/config';
import type { DomainServiceName } from '@motcua/contracts';
import { DataSource } from 'typeorm';
import { EventsServer } from './events.server';
import { RpcServer } from './rpc.server';

/**
 * Attaches a domain service's two consumers: its event queue (`@Subscribe` handlers) and its request queue
 * (`@Respond` handlers). Call before `app.startAllMicroservices()`.
 */
export function connectMessaging(app: INestApplication, service: DomainServiceName): void {
  const config = app.get<ConfigService<PlatformConfig, true>>(ConfigService);
  const amqp = config.get('amqp', { infer: true });
  const { drainMs } = config.get('shutdown', { infer: true });
  app.connectMicroservice(
    {
      strategy: new EventsServer({
        service,
        url: amqp.url,
        prefetch: amqp.prefetch,
        drainMs,
        dataSource: app.get(DataSource),
        retryBaseMs: amqp.retryBaseMs,
      }),
    },
    { inheritAppConfig: false },
  );
  app.connectMicroservice(
    { strategy: new RpcServer({ service, url: amqp.url, prefetch: amqp.prefetch, drainMs }) },
    { inheritAppConfig: false },
  );
}
