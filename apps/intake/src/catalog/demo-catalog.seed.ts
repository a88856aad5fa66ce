import { ActorV1, Role } from '@motcua/contracts';
import { OutboxService } from '@motcua/messaging';
import type { DataSource } from 'typeorm';
import { CalendarService } from '../calendar/calendar.service';
import { DEMO_COUNTERS } from '../counters/demo-counters';
import { Counter } from '../counters/counter.entity';
import { DEMO_UNITS } from '../units/demo-units';
import { UnitsService } from '../units/units.service';
import { CatalogService } from './catalog.service';
import { DEMO_PROCEDURES } from './demo-procedures';
import { Procedure } from './procedure.entity';

/** Who published the demo catalog, in the procedures' version history. */
export const SEED_ACTOR: ActorV1 = {
  id: '01a21e00-0000-7000-8000-000000000001',
  name: 'demo-seed',
  kind: 'user',
  roles: [Role.Admin],
};

/**
 * The Nghệ An Center as the seed article describes it: units, 37 counters plus the postal and fee counters,
 * and the demo procedure catalog. Only what is missing is added, through the same services the admin API
 * uses, so other services hear of it by the usual events once intake's relay runs. The calendar years come
 * from a migration, which announces nothing, so every run announces them (copies are upserts).
 */
export async function seedDemoCatalog(
  dataSource: DataSource,
): Promise<{ units: number; procedures: number; calendarYears: number }> {
  const outbox = new OutboxService({ service: 'intake' });
  const units = new UnitsService(dataSource, outbox);
  const catalog = new CatalogService(dataSource, outbox);
  const calendar = new CalendarService(dataSource, outbox);

  const existingUnits = new Set(
    (await dataSource.query('SELECT code FROM intake.units')).map((r: { code: string }) => r.code),
  );
  const newUnits = DEMO_UNITS.filter((unit) => !existingUnits.has(unit.code));
  await dataSource.transaction(async (tx) => {
    for (const unit of newUnits) await units.saveUnit(tx, unit);
    await tx.createQueryBuilder().insert().into(Counter).values(DEMO_COUNTERS).orIgnore().execute();
  });

  const existingProcedures = new Set(
    (await dataSource.getRepository(Procedure).find({ select: { code: true } })).map((p) => p.code),
  );
  const newProcedures = DEMO_PROCEDURES.filter((procedure) => !existingProcedures.has(procedure.code));
  for (const definition of newProcedures) await catalog.createProcedure(definition, SEED_ACTOR);
  const calendarYears = await dataSource.transaction((tx) => calendar.announceAllYears(tx));
  return { units: newUnits.length, procedures: newProcedures.length, calendarYears };
}
