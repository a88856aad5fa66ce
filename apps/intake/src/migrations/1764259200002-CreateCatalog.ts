import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCatalog1764259200002 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE intake.units (
        code text PRIMARY KEY,
        name text NOT NULL,
        short_name text NOT NULL,
        kind text NOT NULL,
        parent_code text,
        can_issue_e_receipts boolean NOT NULL,
        is_demo_data boolean NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE intake.counters (
        number integer PRIMARY KEY,
        name text NOT NULL,
        kind text NOT NULL,
        unit_codes text[] NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE intake.procedures (
        code text PRIMARY KEY,
        status text NOT NULL,
        current_version integer NOT NULL,
        current_version_id uuid NOT NULL,
        name text NOT NULL,
        sector text NOT NULL,
        handling_unit_codes text[] NOT NULL,
        search_text text NOT NULL,
        is_demo_data boolean NOT NULL,
        retired_at timestamptz,
        retired_reason text
      )`);
    await runner.query(`CREATE INDEX procedures_sector_idx ON intake.procedures (sector)`);
    await runner.query(`
      CREATE TABLE intake.procedure_versions (
        id uuid PRIMARY KEY,
        procedure_code text NOT NULL REFERENCES intake.procedures (code),
        version integer NOT NULL,
        definition jsonb NOT NULL,
        published_at timestamptz NOT NULL,
        published_by uuid NOT NULL,
        UNIQUE (procedure_code, version)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE intake.procedure_versions`);
    await runner.query(`DROP TABLE intake.procedures`);
    await runner.query(`DROP TABLE intake.counters`);
    await runner.query(`DROP TABLE intake.units`);
  }
}
