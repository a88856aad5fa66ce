import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { ShipmentsModule } from '../shipments/shipments.module';
import { TrackingPoller } from './tracking-poller.service';
import { TRACKING_QUEUE } from './tracking.jobs';
import { TrackingProcessor } from './tracking.processor';
import { TrackingRpc } from './tracking.rpc';
import { TrackingService } from './tracking.service';

@Module({
  imports: [ShipmentsModule, BullModule.registerQueue({ name: TRACKING_QUEUE })],
  controllers: [TrackingRpc],
  providers: [TrackingService, TrackingPoller, TrackingProcessor],
})
export class TrackingModule {}
