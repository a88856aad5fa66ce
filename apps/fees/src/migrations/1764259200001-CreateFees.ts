import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateFees1764259200001 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE fees.procedure_versions (
        id uuid PRIMARY KEY,
        procedure_code text NOT NULL,
        procedure_name text NOT NULL,
        version integer NOT NULL,
        fees jsonb NOT NULL,
        pay_before_processing boolean NOT NULL,
        partial_payment_allowed boolean NOT NULL,
        published_at timestamptz NOT NULL
      )`);
    await runner.query(
      `CREATE INDEX procedure_versions_code_idx ON fees.procedure_versions (procedure_code, version)`,
    );
    await runner.query(`
      CREATE TABLE fees.units (
        code text PRIMARY KEY,
        name text NOT NULL,
        can_issue_e_receipts boolean NOT NULL,
        tax_code text,
        published_at timestamptz NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE fees.assessments (
        dossier_id uuid PRIMARY KEY,
        dossier_code text NOT NULL,
        procedure_code text NOT NULL,
        procedure_version_id uuid,
        unit_code text NOT NULL,
        payer_name text NOT NULL,
        status text NOT NULL,
        items jsonb NOT NULL,
        total_dong bigint NOT NULL,
        paid_dong bigint NOT NULL,
        pay_before_processing boolean NOT NULL,
        partial_payment_allowed boolean NOT NULL,
        waiver_reason text,
        waived_by uuid,
        waived_at timestamptz,
        received_at timestamptz NOT NULL,
        assessed_at timestamptz NOT NULL,
        CHECK (paid_dong <= total_dong)
      )`);
    await runner.query(
      `CREATE INDEX assessments_awaiting_procedure_idx ON fees.assessments (procedure_code)
       WHERE status = 'awaiting_procedure'`,
    );
    await runner.query(`
      CREATE TABLE fees.receipt_series (
        id uuid PRIMARY KEY,
        unit_code text NOT NULL,
        template_symbol text NOT NULL,
        series_symbol text NOT NULL,
        year integer NOT NULL,
        tax_code text,
        issuer text NOT NULL,
        last_number integer NOT NULL DEFAULT 0 CHECK (last_number BETWEEN 0 AND 99999999),
        is_active boolean NOT NULL,
        cancel_reason text,
        created_by uuid NOT NULL,
        created_at timestamptz NOT NULL,
        cancelled_at timestamptz,
        UNIQUE (template_symbol, series_symbol, year)
      )`);
    await runner.query(
      `CREATE UNIQUE INDEX receipt_series_one_active_idx ON fees.receipt_series (unit_code, year) WHERE is_active`,
    );
    await runner.query(`
      CREATE TABLE fees.payments (
        id uuid PRIMARY KEY,
        dossier_id uuid NOT NULL REFERENCES fees.assessments (dossier_id),
        unit_code text NOT NULL,
        method text NOT NULL,
        amount_dong bigint NOT NULL CHECK (amount_dong > 0),
        allocations jsonb NOT NULL,
        counter_number integer,
        day date NOT NULL,
        transfer_reference text,
        paid_at timestamptz NOT NULL,
        recorded_by uuid NOT NULL,
        recorded_by_name text NOT NULL
      )`);
    await runner.query(`CREATE INDEX payments_dossier_idx ON fees.payments (dossier_id)`);
    await runner.query(`CREATE INDEX payments_day_idx ON fees.payments (day, counter_number)`);
    await runner.query(`
      CREATE TABLE fees.receipts (
        id uuid PRIMARY KEY,
        dossier_id uuid NOT NULL REFERENCES fees.assessments (dossier_id),
        dossier_code text NOT NULL,
        payment_id uuid REFERENCES fees.payments (id),
        series_id uuid REFERENCES fees.receipt_series (id),
        issuer text NOT NULL,
        status text NOT NULL,
        kind text NOT NULL,
        fee_name text NOT NULL,
        amount_dong bigint NOT NULL,
        template_symbol text,
        series_symbol text NOT NULL,
        year integer NOT NULL,
        number integer CHECK (number BETWEEN 1 AND 99999999),
        unit_code text NOT NULL,
        unit_name text NOT NULL,
        tax_code text,
        payer_name text NOT NULL,
        method text NOT NULL,
        day date NOT NULL,
        counter_number integer,
        issued_at timestamptz NOT NULL,
        issued_by uuid NOT NULL,
        issued_by_name text NOT NULL,
        corrects_receipt_id uuid REFERENCES fees.receipts (id)
      )`);
    // Decree 254/2026: a number repeated under the same template and series is a fake receipt.
    await runner.query(
      `CREATE UNIQUE INDEX receipts_electronic_number_idx ON fees.receipts (template_symbol, series_symbol, year, number)
       WHERE issuer <> 'paper' AND number IS NOT NULL`,
    );
    await runner.query(
      `CREATE UNIQUE INDEX receipts_paper_number_idx ON fees.receipts (unit_code, series_symbol, number)
       WHERE issuer = 'paper'`,
    );
    await runner.query(`CREATE INDEX receipts_dossier_idx ON fees.receipts (dossier_id)`);
    await runner.query(`CREATE INDEX receipts_day_idx ON fees.receipts (day, counter_number)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE fees.receipts`);
    await runner.query(`DROP TABLE fees.payments`);
    await runner.query(`DROP TABLE fees.receipt_series`);
    await runner.query(`DROP TABLE fees.assessments`);
    await runner.query(`DROP TABLE fees.units`);
    await runner.query(`DROP TABLE fees.procedure_versions`);
  }
}
