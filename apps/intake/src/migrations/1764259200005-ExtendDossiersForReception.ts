import { MigrationInterface, QueryRunner } from 'typeorm';

// Nullable: dossiers received by the walking skeleton have none of these.
export class ExtendDossiersForReception1764259200005 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE intake.dossiers
        ADD COLUMN procedure_version_id uuid,
        ADD COLUMN applicant_id_number text,
        ADD COLUMN applicant_address text,
        ADD COLUMN documents jsonb,
        ADD COLUMN result_delivery_method text,
        ADD COLUMN result_delivery_address text,
        ADD COLUMN counted_from timestamptz,
        ADD COLUMN due_at timestamptz,
        ADD COLUMN counter_number integer`);
    await runner.query(`CREATE INDEX dossiers_due_at_idx ON intake.dossiers (due_at)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE intake.dossiers
        DROP COLUMN procedure_version_id,
        DROP COLUMN applicant_id_number,
        DROP COLUMN applicant_address,
        DROP COLUMN documents,
        DROP COLUMN result_delivery_method,
        DROP COLUMN result_delivery_address,
        DROP COLUMN counted_from,
        DROP COLUMN due_at,
        DROP COLUMN counter_number`);
  }
}
