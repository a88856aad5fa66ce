import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A unit named with a contact point while shipments were held for it: the release runs after the naming
 * commits, batch by batch, and this row says it is due until the last held shipment is released.
 */
export class CreateHeldReleases1795850000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE courier.held_releases (
        unit_code text PRIMARY KEY,
        requested_at timestamptz NOT NULL,
        requested_by uuid NOT NULL
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE courier.held_releases`);
  }
}
