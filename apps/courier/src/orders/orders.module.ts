import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { ShipmentsModule } from '../shipments/shipments.module';
import { OrderDispatcher } from './order-dispatcher';
import { ORDERS_QUEUE } from './orders.jobs';
import { OrdersProcessor } from './orders.processor';
import { OrdersService } from './orders.service';
import { PostalProviderClient } from './postal-provider.client';

@Module({
  imports: [ShipmentsModule, BullModule.registerQueue({ name: ORDERS_QUEUE })],
  providers: [PostalProviderClient, OrdersService, OrderDispatcher, OrdersProcessor],
})
export class OrdersModule {}
