import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ReferenceDataRepublishedV1 } from '@motcua/contracts';
import { DataSource } from 'typeorm';
import { CalendarService } from '../calendar/calendar.service';
import { CatalogService } from '../catalog/catalog.service';
import { UnitsService } from '../units/units.service';

/**
 * Announces the Center's configuration again — units, procedure versions, calendar years — so a
 * service whose copy missed an announcement catches up. Everything goes out in one transaction through the
 * outbox, in the order a consumer needs it (units before the procedures that name them).
 */
@Injectable()
export class ReferenceDataService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly units: UnitsService,
    private readonly catalog: CatalogService,
    private readonly calendar: CalendarService,
  ) {}

  republish(): Promise<ReferenceDataRepublishedV1> {
    return this.dataSource.transaction(async (tx) => ({
      units: await this.units.announceAll(tx),
      procedures: await this.catalog.announceAllVersions(tx),
      calendarYears: await this.calendar.announceAllYears(tx),
    }));
  }
}
