import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAssignmentRules1764266400001 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE routing.assignment_rules (
        unit_code text PRIMARY KEY,
        rule text NOT NULL,
        officer_ids uuid[] NOT NULL,
        next_index integer NOT NULL DEFAULT 0,
        updated_at timestamptz NOT NULL,
        updated_by text NOT NULL
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE routing.assignment_rules`);
  }
}
