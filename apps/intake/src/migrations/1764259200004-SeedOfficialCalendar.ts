import {
  DEFAULT_WEEKEND_DAYS,
  DEFAULT_WORKING_HOURS,
  OFFICIAL_SPECIAL_DAYS_2025,
  OFFICIAL_SPECIAL_DAYS_2026,
} from '@motcua/calendar';
import { MigrationInterface, QueryRunner } from 'typeorm';

// Data, not demo: the Center's default hours and the official civil-service schedules of 2025 and 2026, each day
// with its legal basis. Corrections to these years go in a new migration (or through the calendar admin API).
export class SeedOfficialCalendar1764259200004 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `INSERT INTO intake.calendar_settings (id, working_hours, weekend_days, saturday_morning_service, updated_at)
       VALUES (1, $1, $2, false, now()) ON CONFLICT (id) DO NOTHING`,
      [JSON.stringify(DEFAULT_WORKING_HOURS), [...DEFAULT_WEEKEND_DAYS]],
    );
    for (const day of [...OFFICIAL_SPECIAL_DAYS_2025, ...OFFICIAL_SPECIAL_DAYS_2026]) {
      await runner.query(
        `INSERT INTO intake.calendar_days (date, kind, name, legal_basis) VALUES ($1, $2, $3, $4) ON CONFLICT (date) DO NOTHING`,
        [day.date, day.kind, day.name, day.legalBasis],
      );
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DELETE FROM intake.calendar_days WHERE date BETWEEN '2025-01-01' AND '2026-12-31'`);
    await runner.query(`DELETE FROM intake.calendar_settings`);
  }
}
