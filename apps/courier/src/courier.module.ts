import { Module } from '@nestjs/common';
import { PlatformModule } from '@motcua/bootstrap';
import { loadConfig } from './config';
import { COURIER_DATABASE } from './database';
import { FiguresModule } from './figures/figures.module';
import { OrdersModule } from './orders/orders.module';
import { PickupsModule } from './pickups/pickups.module';
import { ShipmentsModule } from './shipments/shipments.module';
import { TrackingModule } from './tracking/tracking.module';
import { UnitsModule } from './units/units.module';

@Module({
  imports: [
    PlatformModule.forDomainService({ database: COURIER_DATABASE, loadConfig }),
    ShipmentsModule,
    UnitsModule,
    PickupsModule,
    TrackingModule,
    OrdersModule,
    FiguresModule,
  ],
})
export class CourierModule {}
