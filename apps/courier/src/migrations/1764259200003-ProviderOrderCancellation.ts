import { MigrationInterface, QueryRunner } from 'typeorm';

/** Provider orders of withdrawn dossiers are cancelled with the provider; a stalled order alerts once. */
export class ProviderOrderCancellation1764259200003 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE courier.shipments ADD COLUMN order_state text`);
    await runner.query(`ALTER TABLE courier.shipments ADD COLUMN order_stalled_at timestamptz`);
    // The order dispatcher looks for cancellations to send every 2 seconds.
    await runner.query(
      `CREATE INDEX shipments_order_cancel_pending_idx ON courier.shipments (created_at)
        WHERE order_state = 'cancel_pending'`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX courier.shipments_order_cancel_pending_idx`);
    await runner.query(`ALTER TABLE courier.shipments DROP COLUMN order_stalled_at`);
    await runner.query(`ALTER TABLE courier.shipments DROP COLUMN order_state`);
  }
}
