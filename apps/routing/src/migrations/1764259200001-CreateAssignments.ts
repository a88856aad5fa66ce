import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAssignments1764259200001 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE routing.assignments (
        id uuid PRIMARY KEY,
        dossier_id uuid NOT NULL,
        dossier_code text NOT NULL,
        step_number integer NOT NULL,
        step_name text NOT NULL,
        unit_code text NOT NULL,
        officer_id uuid,
        assigned_at timestamptz NOT NULL,
        UNIQUE (dossier_id, step_number)
      )`);
    await runner.query(
      `CREATE INDEX assignments_unit_code_idx ON routing.assignments (unit_code, assigned_at)`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE routing.assignments`);
  }
}
