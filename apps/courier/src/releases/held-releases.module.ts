import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { ShipmentsModule } from '../shipments/shipments.module';
import { HeldReleaseWakeups } from './held-release-wakeups';
import { HELD_RELEASES_QUEUE } from './held-releases.jobs';
import { HeldReleasesProcessor } from './held-releases.processor';
import { HeldReleasesService } from './held-releases.service';
import { HeldReleasesSweeper } from './held-releases.sweeper';

@Module({
  imports: [ShipmentsModule, BullModule.registerQueue({ name: HELD_RELEASES_QUEUE })],
  providers: [HeldReleasesService, HeldReleaseWakeups, HeldReleasesProcessor, HeldReleasesSweeper],
  exports: [HeldReleasesService, HeldReleaseWakeups],
})
export class HeldReleasesModule {}
