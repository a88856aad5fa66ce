import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateReceiptCorrections1764259200003 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    // The corrected receipt's template, series, number and date are copied: the error notice to the tax
    // authority is built from these rows alone.
    await runner.query(`
      CREATE TABLE fees.receipt_corrections (
        id uuid PRIMARY KEY,
        receipt_id uuid NOT NULL REFERENCES fees.receipts (id),
        action text NOT NULL,
        reason text NOT NULL,
        approved_by uuid NOT NULL,
        approved_by_name text NOT NULL,
        new_receipt_id uuid REFERENCES fees.receipts (id),
        unit_code text NOT NULL,
        template_symbol text,
        series_symbol text NOT NULL,
        number integer,
        issued_on date NOT NULL,
        day date NOT NULL,
        counter_number integer,
        amount_dong bigint NOT NULL,
        method text NOT NULL,
        corrected_at timestamptz NOT NULL,
        UNIQUE (receipt_id)
      )`);
    await runner.query(
      `CREATE INDEX receipt_corrections_day_idx ON fees.receipt_corrections (day, unit_code)`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE fees.receipt_corrections`);
  }
}
