import { MigrationInterface, QueryRunner } from 'typeorm';

export class RecordExtension1764259200011 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `ALTER TABLE intake.dossiers ADD COLUMN extension_reason text, ADD COLUMN extended_at timestamptz`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE intake.dossiers DROP COLUMN extension_reason, DROP COLUMN extended_at`);
  }
}
