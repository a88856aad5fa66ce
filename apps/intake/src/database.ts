import { messagingTablesMigration } from '@motcua/messaging';
import type { ServiceDatabase } from '@motcua/persistence';
import { DossierCodeCounter } from './dossiers/dossier-code-counter.entity';
import { Dossier } from './dossiers/dossier.entity';
import { CreateDossiers1764259200001 } from './migrations/1764259200001-CreateDossiers';

export const INTAKE_DATABASE = {
  service: 'intake',
  entities: [Dossier, DossierCodeCounter],
  migrations: [messagingTablesMigration('intake', 1764259200000), CreateDossiers1764259200001],
} as const satisfies ServiceDatabase;
