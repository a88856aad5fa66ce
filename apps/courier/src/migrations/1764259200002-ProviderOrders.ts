import { MigrationInterface, QueryRunner } from 'typeorm';

/** A shipment waiting for the postal provider's order has no tracking number yet. */
export class ProviderOrders1764259200002 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE courier.shipments ALTER COLUMN tracking_number DROP NOT NULL`);
  }

  // Fails while a shipment still waits for its order: let the orders finish (or cancel them) first.
  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE courier.shipments ALTER COLUMN tracking_number SET NOT NULL`);
  }
}
