import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateMessages1764259200001 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE notifications.messages (
        id uuid PRIMARY KEY,
        dossier_id uuid,
        event_id uuid NOT NULL,
        event_type text NOT NULL,
        channel text NOT NULL,
        recipient text NOT NULL,
        body text NOT NULL,
        status text NOT NULL,
        created_at timestamptz NOT NULL,
        status_changed_at timestamptz NOT NULL,
        CONSTRAINT messages_once_per_event UNIQUE (event_id, recipient, channel)
      )`);
    await runner.query(
      `CREATE INDEX messages_dossier_id_idx ON notifications.messages (dossier_id, created_at)`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE notifications.messages`);
  }
}
