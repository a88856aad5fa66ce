import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCourier1764259200001 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE courier.units (
        code text PRIMARY KEY,
        name text NOT NULL,
        short_name text NOT NULL,
        kind text NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE courier.contact_points (
        id uuid PRIMARY KEY,
        unit_code text NOT NULL,
        position integer NOT NULL,
        full_name text NOT NULL,
        phone text NOT NULL,
        email text,
        hours text NOT NULL,
        updated_at timestamptz NOT NULL,
        updated_by uuid NOT NULL,
        UNIQUE (unit_code, position)
      )`);
    await runner.query(`
      CREATE TABLE courier.paper_dossiers (
        dossier_id uuid PRIMARY KEY,
        code text NOT NULL,
        handling_unit_code text NOT NULL,
        channel text NOT NULL,
        applicant_name text NOT NULL,
        applicant_phone text NOT NULL,
        result_by_post boolean NOT NULL,
        result_address text,
        received_at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE SEQUENCE courier.tracking_serial`);
    await runner.query(`
      CREATE TABLE courier.pickups (
        id uuid PRIMARY KEY,
        origin_unit_code text NOT NULL,
        slot_at timestamptz NOT NULL,
        status text NOT NULL,
        created_at timestamptz NOT NULL,
        created_by uuid NOT NULL,
        given_by_name text,
        taken_by_name text,
        handed_over_at timestamptz,
        UNIQUE (origin_unit_code, slot_at)
      )`);
    await runner.query(`
      CREATE TABLE courier.packages (
        id uuid PRIMARY KEY,
        pickup_id uuid NOT NULL REFERENCES courier.pickups (id),
        destination_unit_code text,
        status text NOT NULL,
        seal_number text UNIQUE,
        sealed_at timestamptz,
        received_at timestamptz,
        received_by_name text,
        given_by_name text,
        incident text
      )`);
    await runner.query(`CREATE INDEX packages_pickup_idx ON courier.packages (pickup_id)`);
    await runner.query(`
      CREATE TABLE courier.shipments (
        id uuid PRIMARY KEY,
        kind text NOT NULL,
        status text NOT NULL,
        tracking_number text NOT NULL UNIQUE,
        origin_unit_code text,
        destination_unit_code text,
        recipient_name text,
        recipient_phone text,
        recipient_address text,
        dedupe_key text UNIQUE,
        package_id uuid REFERENCES courier.packages (id),
        failure_reason text,
        created_at timestamptz NOT NULL,
        created_by uuid,
        picked_up_at timestamptz,
        delivered_at timestamptz,
        last_event_at timestamptz
      )`);
    await runner.query(`CREATE INDEX shipments_status_idx ON courier.shipments (status, origin_unit_code)`);
    await runner.query(
      `CREATE INDEX shipments_destination_idx ON courier.shipments (destination_unit_code, status)`,
    );
    await runner.query(`
      CREATE TABLE courier.shipment_dossiers (
        shipment_id uuid NOT NULL REFERENCES courier.shipments (id),
        dossier_id uuid NOT NULL,
        dossier_code text NOT NULL,
        PRIMARY KEY (shipment_id, dossier_id)
      )`);
    await runner.query(
      `CREATE INDEX shipment_dossiers_dossier_idx ON courier.shipment_dossiers (dossier_id)`,
    );
    await runner.query(`
      CREATE TABLE courier.tracking_events (
        id uuid PRIMARY KEY,
        shipment_id uuid REFERENCES courier.shipments (id),
        tracking_number text NOT NULL,
        provider_event_id text UNIQUE,
        status text NOT NULL,
        occurred_at timestamptz NOT NULL,
        recorded_at timestamptz NOT NULL,
        source text NOT NULL,
        applied boolean NOT NULL,
        location text,
        note text
      )`);
    await runner.query(
      `CREATE INDEX tracking_events_shipment_idx ON courier.tracking_events (shipment_id, occurred_at)`,
    );
    await runner.query(`
      CREATE TABLE courier.incidents (
        id uuid PRIMARY KEY,
        kind text NOT NULL,
        shipment_id uuid,
        package_id uuid,
        tracking_number text,
        seal_number text,
        detail text NOT NULL,
        occurred_at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX incidents_occurred_idx ON courier.incidents (occurred_at)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE courier.incidents`);
    await runner.query(`DROP TABLE courier.tracking_events`);
    await runner.query(`DROP TABLE courier.shipment_dossiers`);
    await runner.query(`DROP TABLE courier.shipments`);
    await runner.query(`DROP TABLE courier.packages`);
    await runner.query(`DROP TABLE courier.pickups`);
    await runner.query(`DROP SEQUENCE courier.tracking_serial`);
    await runner.query(`DROP TABLE courier.paper_dossiers`);
    await runner.query(`DROP TABLE courier.contact_points`);
    await runner.query(`DROP TABLE courier.units`);
  }
}
