import { MigrationInterface, QueryRunner } from 'typeorm';

/** Staff who chose a morning digest, and the digests made (one per user and day). */
export class CreateDigests1764259200004 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE notifications.staff_preferences (
        user_id uuid PRIMARY KEY,
        unit_code text,
        roles text[] NOT NULL,
        digest boolean NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE notifications.digest_runs (
        user_id uuid NOT NULL,
        day date NOT NULL,
        item_count integer NOT NULL,
        ran_at timestamptz NOT NULL,
        PRIMARY KEY (user_id, day)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE notifications.digest_runs`);
    await runner.query(`DROP TABLE notifications.staff_preferences`);
  }
}
