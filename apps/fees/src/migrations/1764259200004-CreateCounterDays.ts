import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCounterDays1764259200004 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    // One row per counter and day: payments hold it shared while they record, the close takes it exclusively,
    // so no payment slips into a day after its close.
    await runner.query(`
      CREATE TABLE fees.counter_days (
        day date NOT NULL,
        counter_number integer NOT NULL,
        closed_at timestamptz,
        closed_by uuid,
        closed_by_name text,
        expected_cash_dong bigint,
        counted_cash_dong bigint,
        note text,
        PRIMARY KEY (day, counter_number)
      )`);
    await runner.query(`CREATE INDEX payments_unit_day_idx ON fees.payments (unit_code, day)`);
    await runner.query(`CREATE INDEX receipts_unit_day_idx ON fees.receipts (unit_code, day)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX fees.receipts_unit_day_idx`);
    await runner.query(`DROP INDEX fees.payments_unit_day_idx`);
    await runner.query(`DROP TABLE fees.counter_days`);
  }
}
