import { MigrationInterface, QueryRunner } from 'typeorm';

/** Every service's dead letters as administrators were told of them, and when each service last alerted. */
export class CreateDeadLetterAlerts1764259200005 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE notifications.dead_letters (
        id uuid PRIMARY KEY,
        service text NOT NULL,
        message_key text NOT NULL,
        event_type text NOT NULL,
        reason text NOT NULL,
        detail text,
        dead_at timestamptz,
        copies integer NOT NULL,
        received_at timestamptz NOT NULL,
        alert_id uuid,
        UNIQUE (service, message_key)
      )`);
    await runner.query(`
      CREATE INDEX dead_letters_unalerted ON notifications.dead_letters (service, received_at)
        WHERE alert_id IS NULL`);
    await runner.query(`
      CREATE TABLE notifications.dead_letter_alert_windows (
        service text PRIMARY KEY,
        last_alert_at timestamptz NOT NULL
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE notifications.dead_letter_alert_windows`);
    await runner.query(`DROP TABLE notifications.dead_letters`);
  }
}
