import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCalendar1764259200003 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE intake.calendar_settings (
        id smallint PRIMARY KEY CHECK (id = 1),
        working_hours jsonb NOT NULL,
        weekend_days text[] NOT NULL,
        saturday_morning_service boolean NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE intake.calendar_days (
        date date PRIMARY KEY,
        kind text NOT NULL,
        name text NOT NULL,
        legal_basis text NOT NULL
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE intake.calendar_days`);
    await runner.query(`DROP TABLE intake.calendar_settings`);
  }
}
