import { messagingTablesMigration, outboxRowNotificationsMigration } from '@motcua/messaging';
import type { ServiceDatabase } from '@motcua/persistence';
import { CreateCourier1764259200001 } from './migrations/1764259200001-CreateCourier';
import { ProviderOrders1764259200002 } from './migrations/1764259200002-ProviderOrders';
import { ProviderOrderCancellation1764259200003 } from './migrations/1764259200003-ProviderOrderCancellation';
import { CreateHeldReleases1795850000000 } from './migrations/1795850000000-CreateHeldReleases';
import { Package } from './pickups/package.entity';
import { Pickup } from './pickups/pickup.entity';
import { HeldRelease } from './releases/held-release.entity';
import { Incident } from './shipments/incident.entity';
import { PaperDossier } from './shipments/paper-dossier.entity';
import { ShipmentDossier } from './shipments/shipment-dossier.entity';
import { Shipment } from './shipments/shipment.entity';
import { TrackingEvent } from './shipments/tracking-event.entity';
import { ContactPoint } from './units/contact-point.entity';
import { CourierUnit } from './units/courier-unit.entity';

export const COURIER_DATABASE = {
  service: 'courier',
  entities: [
    CourierUnit,
    ContactPoint,
    PaperDossier,
    Shipment,
    ShipmentDossier,
    TrackingEvent,
    Incident,
    Pickup,
    Package,
    HeldRelease,
  ],
  migrations: [
    messagingTablesMigration('courier', 1764259200000),
    CreateCourier1764259200001,
    ProviderOrders1764259200002,
    ProviderOrderCancellation1764259200003,
    outboxRowNotificationsMigration('courier', 1795844400000),
    CreateHeldReleases1795850000000,
  ],
} as const satisfies ServiceDatabase;
