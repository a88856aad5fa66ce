import { Module } from '@nestjs/common';
import { PlatformModule } from '@motcua/bootstrap';
import { loadConfig } from './config';
import { INTAKE_DATABASE } from './database';
import { CalendarModule } from './calendar/calendar.module';
import { CatalogModule } from './catalog/catalog.module';
import { DossiersModule } from './dossiers/dossiers.module';
import { LookupModule } from './lookup/lookup.module';
import { TicketsModule } from './tickets/tickets.module';
import { ReceptionRecordsModule } from './reception-records/reception-records.module';
import { ProgressModule } from './progress/progress.module';
import { RegisterModule } from './register/register.module';
import { ReferenceDataModule } from './reference-data/reference-data.module';
import { SlipsModule } from './slips/slips.module';
import { UnitsModule } from './units/units.module';

@Module({
  imports: [
    PlatformModule.forDomainService({ database: INTAKE_DATABASE, loadConfig }),
    UnitsModule,
    CatalogModule,
    CalendarModule,
    DossiersModule,
    SlipsModule,
    ReceptionRecordsModule,
    LookupModule,
    TicketsModule,
    ReferenceDataModule,
    ProgressModule,
    RegisterModule,
  ],
})
export class IntakeModule {}
