import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateReceptionRecords1764259200007 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE intake.reception_records (
        id uuid PRIMARY KEY,
        outcome text NOT NULL,
        procedure_code text NOT NULL,
        procedure_version_id uuid NOT NULL,
        procedure_name text NOT NULL,
        unit_code text NOT NULL,
        channel text NOT NULL,
        applicant jsonb NOT NULL,
        missing jsonb,
        reason text NOT NULL,
        recorded_at timestamptz NOT NULL,
        recorded_by uuid NOT NULL,
        recorded_by_name text NOT NULL,
        counter_number integer
      )`);
    await runner.query(
      `CREATE INDEX reception_records_recorded_at_idx ON intake.reception_records (recorded_at, unit_code)`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE intake.reception_records`);
  }
}
