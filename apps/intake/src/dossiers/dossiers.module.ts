import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { CatalogModule } from '../catalog/catalog.module';
import { TicketsModule } from '../tickets/tickets.module';
import { DossiersRpc } from './dossiers.rpc';
import { DossiersService } from './dossiers.service';
import { ProcedureVersionsService } from './procedure-versions.service';

@Module({
  imports: [CatalogModule, CalendarModule, TicketsModule],
  controllers: [DossiersRpc],
  providers: [DossiersService, ProcedureVersionsService],
  exports: [ProcedureVersionsService],
})
export class DossiersModule {}
