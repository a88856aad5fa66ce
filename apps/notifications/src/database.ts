import { messagingTablesMigration, outboxRowNotificationsMigration } from '@motcua/messaging';
import type { ServiceDatabase } from '@motcua/persistence';
import { SinkMessage } from './delivery/sink-message.entity';
import { InboxItem } from './inbox/inbox-item.entity';
import { InboxRead } from './inbox/inbox-read.entity';
import { StaffPreference } from './inbox/staff-preference.entity';
import { DossierContact } from './messages/dossier-contact.entity';
import { Message } from './messages/message.entity';
import { OptOut } from './messages/opt-out.entity';
import { CreateMessages1764259200001 } from './migrations/1764259200001-CreateMessages';
import { CreateDelivery1764259200002 } from './migrations/1764259200002-CreateDelivery';
import { BackfillInboxAudience1764259200003 } from './migrations/1764259200003-BackfillInboxAudience';
import { CreateDigests1764259200004 } from './migrations/1764259200004-CreateDigests';
import { CreateDeadLetterAlerts1764259200005 } from './migrations/1764259200005-CreateDeadLetterAlerts';
import { CreateDeliveryReports1764259200006 } from './migrations/1764259200006-CreateDeliveryReports';
import { CreateEventsAwaitingContact1764259200007 } from './migrations/1764259200007-CreateEventsAwaitingContact';
import { IndexMessagesToDispatch1764259200008 } from './migrations/1764259200008-IndexMessagesToDispatch';
import { Template } from './templates/template.entity';

export const NOTIFICATIONS_DATABASE = {
  service: 'notifications',
  entities: [Message, DossierContact, OptOut, Template, InboxItem, InboxRead, SinkMessage, StaffPreference],
  migrations: [
    messagingTablesMigration('notifications', 1764259200000),
    CreateMessages1764259200001,
    CreateDelivery1764259200002,
    BackfillInboxAudience1764259200003,
    CreateDigests1764259200004,
    CreateDeadLetterAlerts1764259200005,
    CreateDeliveryReports1764259200006,
    CreateEventsAwaitingContact1764259200007,
    IndexMessagesToDispatch1764259200008,
    outboxRowNotificationsMigration('notifications', 1795844400000),
  ],
} as const satisfies ServiceDatabase;
