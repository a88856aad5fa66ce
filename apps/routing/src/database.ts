import { messagingTablesMigration, outboxRowNotificationsMigration } from '@motcua/messaging';
import type { ServiceDatabase } from '@motcua/persistence';
import { AssignmentRule } from './assignments/assignment-rule.entity';
import { Assignment } from './assignments/assignment.entity';
import { ProcessInstance } from './assignments/process-instance.entity';
import { RoutingHistory } from './assignments/routing-history.entity';
import { CalendarYear } from './calendar/calendar-year.entity';
import { DossierClock } from './deadlines/dossier-clock.entity';
import { ResolutionAudit } from './deadlines/resolution-audit.entity';
import { CreateAssignments1764259200001 } from './migrations/1764259200001-CreateAssignments';
import { CreateProcesses1764262800001 } from './migrations/1764262800001-CreateProcesses';
import { CreateAssignmentRules1764266400001 } from './migrations/1764266400001-CreateAssignmentRules';
import { CreateDeadlines1795820296056 } from './migrations/1795820296056-CreateDeadlines';
import { CreateResolutionAudits1795821500000 } from './migrations/1795821500000-CreateResolutionAudits';
import { CreateDigestsAndDoneSignals1795822000000 } from './migrations/1795822000000-CreateDigestsAndDoneSignals';
import { CoverReportCounts1795847329243 } from './migrations/1795847329243-CoverReportCounts';
import { ProcedureCopy } from './procedures/procedure-copy.entity';
import { UnitCopy } from './procedures/unit-copy.entity';
import { ProcessVersion } from './processes/process-version.entity';

export const ROUTING_DATABASE = {
  service: 'routing',
  entities: [
    Assignment,
    AssignmentRule,
    ProcessInstance,
    RoutingHistory,
    ProcedureCopy,
    UnitCopy,
    ProcessVersion,
    DossierClock,
    CalendarYear,
    ResolutionAudit,
  ],
  migrations: [
    messagingTablesMigration('routing', 1764259200000),
    CreateAssignments1764259200001,
    CreateProcesses1764262800001,
    CreateAssignmentRules1764266400001,
    CreateDeadlines1795820296056,
    CreateResolutionAudits1795821500000,
    CreateDigestsAndDoneSignals1795822000000,
    outboxRowNotificationsMigration('routing', 1795844400000),
    CoverReportCounts1795847329243,
  ],
} as const satisfies ServiceDatabase;
