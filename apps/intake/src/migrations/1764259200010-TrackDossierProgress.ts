import { MigrationInterface, QueryRunner } from 'typeorm';

export class TrackDossierProgress1764259200010 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE intake.dossiers
        ADD COLUMN forwarded_at timestamptz,
        ADD COLUMN extended_due_at timestamptz,
        ADD COLUMN supplement_request jsonb,
        ADD COLUMN resolution_outcome text,
        ADD COLUMN result_reference text,
        ADD COLUMN resolved_at timestamptz,
        ADD COLUMN result_at_center_at timestamptz,
        ADD COLUMN returned_at timestamptz,
        ADD COLUMN return_method text,
        ADD COLUMN returned_to text`);
    await runner.query(
      `CREATE INDEX dossiers_ready_for_return_idx ON intake.dossiers (result_at_center_at)
        WHERE status = 'resolved' AND result_at_center_at IS NOT NULL`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX intake.dossiers_ready_for_return_idx`);
    await runner.query(`
      ALTER TABLE intake.dossiers
        DROP COLUMN forwarded_at, DROP COLUMN extended_due_at, DROP COLUMN supplement_request,
        DROP COLUMN resolution_outcome, DROP COLUMN result_reference, DROP COLUMN resolved_at,
        DROP COLUMN result_at_center_at, DROP COLUMN returned_at, DROP COLUMN return_method,
        DROP COLUMN returned_to`);
  }
}
