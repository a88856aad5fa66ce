import { MigrationInterface, QueryRunner } from 'typeorm';

/** Delivery tracking on messages, contacts per dossier, opt-outs, versioned templates, the staff inbox, the dev sink. */
export class CreateDelivery1764259200002 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE notifications.messages
        ADD COLUMN audience text NOT NULL DEFAULT 'citizen',
        ADD COLUMN subject text,
        ADD COLUMN is_legal_notice boolean NOT NULL DEFAULT false,
        ADD COLUMN is_urgent boolean NOT NULL DEFAULT false,
        ADD COLUMN template_version integer,
        ADD COLUMN attempts integer NOT NULL DEFAULT 0,
        ADD COLUMN provider text,
        ADD COLUMN provider_message_id text,
        ADD COLUMN failure_reason text,
        ADD COLUMN send_after timestamptz,
        ADD COLUMN sent_at timestamptz,
        ADD COLUMN delivered_at timestamptz,
        ADD COLUMN failed_at timestamptz`);
    await runner.query(
      `CREATE INDEX messages_pending_idx ON notifications.messages (send_after)
         WHERE status IN ('queued', 'sending', 'failed')`,
    );
    await runner.query(
      `CREATE UNIQUE INDEX messages_provider_id_idx ON notifications.messages (provider, provider_message_id)
         WHERE provider_message_id IS NOT NULL`,
    );
    await runner.query(`CREATE INDEX messages_created_at_idx ON notifications.messages (created_at)`);
    await runner.query(`
      CREATE TABLE notifications.dossier_contacts (
        dossier_id uuid PRIMARY KEY,
        code text NOT NULL UNIQUE,
        full_name text NOT NULL,
        phone text NOT NULL,
        email text,
        received_at timestamptz NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE notifications.opt_outs (
        phone text PRIMARY KEY,
        opted_out_at timestamptz NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE notifications.templates (
        id uuid PRIMARY KEY,
        event_type text NOT NULL,
        channel text NOT NULL,
        audience text NOT NULL,
        version integer NOT NULL,
        subject text,
        body text NOT NULL,
        sms_unaccented boolean NOT NULL,
        created_at timestamptz NOT NULL,
        created_by text NOT NULL,
        CONSTRAINT templates_version_once UNIQUE (event_type, channel, audience, version)
      )`);
    await runner.query(`
      CREATE TABLE notifications.inbox_items (
        id uuid PRIMARY KEY,
        message_id uuid NOT NULL UNIQUE REFERENCES notifications.messages (id),
        user_id uuid,
        unit_code text,
        role text,
        dossier_id uuid,
        title text NOT NULL,
        body text NOT NULL,
        event_type text NOT NULL,
        is_urgent boolean NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await runner.query(
      `CREATE INDEX inbox_items_user_idx ON notifications.inbox_items (user_id, created_at)`,
    );
    await runner.query(
      `CREATE INDEX inbox_items_unit_idx ON notifications.inbox_items (unit_code, created_at)`,
    );
    await runner.query(`
      CREATE TABLE notifications.inbox_reads (
        item_id uuid NOT NULL REFERENCES notifications.inbox_items (id),
        user_id uuid NOT NULL,
        read_at timestamptz NOT NULL,
        PRIMARY KEY (item_id, user_id)
      )`);
    await runner.query(`
      CREATE TABLE notifications.sink_messages (
        id uuid PRIMARY KEY,
        message_id uuid NOT NULL UNIQUE,
        channel text NOT NULL,
        recipient text NOT NULL,
        subject text,
        body text NOT NULL,
        stored_at timestamptz NOT NULL
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE notifications.sink_messages`);
    await runner.query(`DROP TABLE notifications.inbox_reads`);
    await runner.query(`DROP TABLE notifications.inbox_items`);
    await runner.query(`DROP TABLE notifications.templates`);
    await runner.query(`DROP TABLE notifications.opt_outs`);
    await runner.query(`DROP TABLE notifications.dossier_contacts`);
    await runner.query(`DROP INDEX notifications.messages_created_at_idx`);
    await runner.query(`DROP INDEX notifications.messages_provider_id_idx`);
    await runner.query(`DROP INDEX notifications.messages_pending_idx`);
    await runner.query(`
      ALTER TABLE notifications.messages
        DROP COLUMN audience, DROP COLUMN subject, DROP COLUMN is_legal_notice, DROP COLUMN is_urgent,
        DROP COLUMN template_version, DROP COLUMN attempts, DROP COLUMN provider,
        DROP COLUMN provider_message_id, DROP COLUMN failure_reason, DROP COLUMN send_after,
        DROP COLUMN sent_at, DROP COLUMN delivered_at, DROP COLUMN failed_at`);
  }
}
