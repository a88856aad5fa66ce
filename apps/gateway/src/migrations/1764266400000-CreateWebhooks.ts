import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateWebhooks1764266400000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE gateway.webhook_subscriptions (
        id uuid PRIMARY KEY,
        client_id uuid NOT NULL,
        unit_code text NOT NULL,
        url text NOT NULL,
        secret text NOT NULL,
        event_types text[] NOT NULL,
        is_active boolean NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await runner.query(
      `CREATE INDEX webhook_subscriptions_unit_idx ON gateway.webhook_subscriptions (unit_code) WHERE is_active`,
    );
    await runner.query(`
      CREATE TABLE gateway.webhook_deliveries (
        id uuid PRIMARY KEY,
        subscription_id uuid NOT NULL REFERENCES gateway.webhook_subscriptions (id),
        event_id uuid NOT NULL,
        event_type text NOT NULL,
        body text NOT NULL,
        status text NOT NULL,
        attempts integer NOT NULL,
        last_status_code integer,
        last_error text,
        next_attempt_at timestamptz,
        delivered_at timestamptz,
        created_at timestamptz NOT NULL,
        UNIQUE (subscription_id, event_id)
      )`);
    await runner.query(
      `CREATE INDEX webhook_deliveries_pending_idx ON gateway.webhook_deliveries (next_attempt_at) WHERE status = 'pending'`,
    );
    await runner.query(
      `CREATE INDEX webhook_deliveries_log_idx ON gateway.webhook_deliveries (subscription_id, created_at DESC)`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE gateway.webhook_deliveries`);
    await runner.query(`DROP TABLE gateway.webhook_subscriptions`);
  }
}
