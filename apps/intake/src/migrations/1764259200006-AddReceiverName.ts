import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddReceiverName1764259200006 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE intake.dossiers ADD COLUMN received_by_name text`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE intake.dossiers DROP COLUMN received_by_name`);
  }
}
