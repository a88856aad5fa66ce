import { MigrationInterface, QueryRunner } from 'typeorm';

/** Citizen events that came before their dossier's reception, kept until the applicant's contact is known. */
export class CreateEventsAwaitingContact1764259200007 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE notifications.events_awaiting_contact (
        event_id uuid PRIMARY KEY,
        dossier_id uuid NOT NULL,
        envelope jsonb NOT NULL,
        received_at timestamptz NOT NULL
      )`);
    await runner.query(
      `CREATE INDEX events_awaiting_contact_dossier_idx ON notifications.events_awaiting_contact (dossier_id)`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE notifications.events_awaiting_contact`);
  }
}
