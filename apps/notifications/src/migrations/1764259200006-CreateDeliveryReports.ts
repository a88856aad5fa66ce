import { MigrationInterface, QueryRunner } from 'typeorm';

/** The SMS providers' signed delivery reports as applied; a report whose signature is here is a replay. */
export class CreateDeliveryReports1764259200006 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE notifications.delivery_reports (
        signature text PRIMARY KEY,
        provider text NOT NULL,
        provider_message_id text NOT NULL,
        status text NOT NULL,
        reason text,
        signed_at timestamptz NOT NULL,
        received_at timestamptz NOT NULL
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE notifications.delivery_reports`);
  }
}
