import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { INBOX_ITEM_ADDED_V1, TICKET_CALLED_V1 } from '@motcua/contracts';
import { BrokerReadiness, MessagingModule } from '@motcua/messaging';
import { ObservabilityModule, RedisReadiness } from '@motcua/observability';
import { DatabaseReadiness, PersistenceModule } from '@motcua/persistence';
import { ApiClientsModule } from './api-clients/api-clients.module';
import { AuthModule } from './auth/auth.module';
import { CalendarModule } from './calendar/calendar.module';
import { CatalogModule } from './catalog/catalog.module';
import { CourierModule } from './courier/courier.module';
import { loadConfig } from './config';
import { GATEWAY_DATABASE } from './database';
import { DeadLettersModule } from './dead-letters/dead-letters.module';
import { DeadlinesModule } from './deadlines/deadlines.module';
import { DossiersModule } from './dossiers/dossiers.module';
import { DossierDeskModule } from './dossier-desk/dossier-desk.module';
import { FeesModule } from './fees/fees.module';
import { NotificationsModule } from './notifications/notifications.module';
import { PublicModule } from './public/public.module';
import { QueueModule } from './queue/queue.module';
import { ReceptionsModule } from './receptions/receptions.module';
import { WebhooksModule } from './webhooks/webhooks.module';
import { UsersModule } from './users/users.module';
import { WorkModule } from './work/work.module';

@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, load: [() => loadConfig()] }),
    ObservabilityModule.forService({ readiness: [DatabaseReadiness, BrokerReadiness, RedisReadiness] }),
    PersistenceModule.forService(GATEWAY_DATABASE),
    MessagingModule.forGateway({ liveKeys: [TICKET_CALLED_V1, INBOX_ITEM_ADDED_V1] }),
    AuthModule,
    CatalogModule,
    CalendarModule,
    DossiersModule,
    DossierDeskModule,
    ReceptionsModule,
    PublicModule,
    QueueModule,
    DeadlinesModule,
    WorkModule,
    WebhooksModule,
    FeesModule,
    CourierModule,
    NotificationsModule,
    UsersModule,
    ApiClientsModule,
    DeadLettersModule,
  ],
})
export class GatewayModule {}
