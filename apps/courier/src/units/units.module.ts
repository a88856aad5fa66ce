import { Module } from '@nestjs/common';
import { HeldReleasesModule } from '../releases/held-releases.module';
import { UnitsConsumer } from './units.consumer';
import { UnitsRpc } from './units.rpc';
import { UnitsService } from './units.service';

@Module({
  imports: [HeldReleasesModule],
  controllers: [UnitsConsumer, UnitsRpc],
  providers: [UnitsService],
})
export class UnitsModule {}
