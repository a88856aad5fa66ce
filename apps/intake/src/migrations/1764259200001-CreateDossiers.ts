import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateDossiers1764259200001 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE intake.dossiers (
        id uuid PRIMARY KEY,
        code text NOT NULL UNIQUE,
        status text NOT NULL,
        procedure_code text NOT NULL,
        procedure_name text NOT NULL,
        receiving_unit_code text NOT NULL,
        handling_unit_code text NOT NULL,
        channel text NOT NULL,
        applicant_full_name text NOT NULL,
        applicant_phone text NOT NULL,
        applicant_email text,
        received_at timestamptz NOT NULL,
        received_by uuid NOT NULL,
        version integer NOT NULL DEFAULT 1
      )`);
    await runner.query(`CREATE INDEX dossiers_received_at_idx ON intake.dossiers (received_at)`);
    await runner.query(`
      CREATE TABLE intake.dossier_code_counters (
        unit_code text NOT NULL,
        day date NOT NULL,
        last_sequence integer NOT NULL,
        PRIMARY KEY (unit_code, day)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE intake.dossier_code_counters`);
    await runner.query(`DROP TABLE intake.dossiers`);
  }
}
