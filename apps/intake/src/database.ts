import { messagingTablesMigration, outboxRowNotificationsMigration } from '@motcua/messaging';
import type { ServiceDatabase } from '@motcua/persistence';
import { DossierCodeCounter } from './dossiers/dossier-code-counter.entity';
import { Dossier } from './dossiers/dossier.entity';
import { CreateDossiers1764259200001 } from './migrations/1764259200001-CreateDossiers';
import { CreateCatalog1764259200002 } from './migrations/1764259200002-CreateCatalog';
import { CreateCalendar1764259200003 } from './migrations/1764259200003-CreateCalendar';
import { SeedOfficialCalendar1764259200004 } from './migrations/1764259200004-SeedOfficialCalendar';
import { ExtendDossiersForReception1764259200005 } from './migrations/1764259200005-ExtendDossiersForReception';
import { AddReceiverName1764259200006 } from './migrations/1764259200006-AddReceiverName';
import { CreateReceptionRecords1764259200007 } from './migrations/1764259200007-CreateReceptionRecords';
import { ReceptionRecord } from './reception-records/reception-record.entity';
import { CreateTickets1764259200008 } from './migrations/1764259200008-CreateTickets';
import { Ticket } from './tickets/ticket.entity';
import { CreateDossierHistory1764259200009 } from './migrations/1764259200009-CreateDossierHistory';
import { TrackDossierProgress1764259200010 } from './migrations/1764259200010-TrackDossierProgress';
import { RecordExtension1764259200011 } from './migrations/1764259200011-RecordExtension';
import { DossierHistory } from './dossiers/dossier-history.entity';
import { CalendarDay } from './calendar/calendar-day.entity';
import { CalendarSettings } from './calendar/calendar-settings.entity';
import { ProcedureVersion } from './catalog/procedure-version.entity';
import { Procedure } from './catalog/procedure.entity';
import { Counter } from './counters/counter.entity';
import { Unit } from './units/unit.entity';

export const INTAKE_DATABASE = {
  service: 'intake',
  entities: [
    Dossier,
    DossierCodeCounter,
    Unit,
    Counter,
    Procedure,
    ProcedureVersion,
    CalendarSettings,
    CalendarDay,
    ReceptionRecord,
    Ticket,
    DossierHistory,
  ],
  migrations: [
    messagingTablesMigration('intake', 1764259200000),
    CreateDossiers1764259200001,
    CreateCatalog1764259200002,
    CreateCalendar1764259200003,
    SeedOfficialCalendar1764259200004,
    ExtendDossiersForReception1764259200005,
    AddReceiverName1764259200006,
    CreateReceptionRecords1764259200007,
    CreateTickets1764259200008,
    CreateDossierHistory1764259200009,
    TrackDossierProgress1764259200010,
    RecordExtension1764259200011,
    outboxRowNotificationsMigration('intake', 1795844400000),
  ],
} as const satisfies ServiceDatabase;
