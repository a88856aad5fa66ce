import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { CatalogModule } from '../catalog/catalog.module';
import { UnitsModule } from '../units/units.module';
import { ReferenceDataRpc } from './reference-data.rpc';
import { ReferenceDataService } from './reference-data.service';

@Module({
  imports: [UnitsModule, CatalogModule, CalendarModule],
  controllers: [ReferenceDataRpc],
  providers: [ReferenceDataService],
})
export class ReferenceDataModule {}
