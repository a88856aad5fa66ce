import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddProviderCancellation1764259200005 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    // When the e-receipt provider confirmed that a corrected receipt of its numbering is void; null while it has
    // not (the boot sweep asks again).
    await runner.query(`ALTER TABLE fees.receipt_corrections ADD COLUMN provider_cancelled_at timestamptz`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE fees.receipt_corrections DROP COLUMN provider_cancelled_at`);
  }
}
