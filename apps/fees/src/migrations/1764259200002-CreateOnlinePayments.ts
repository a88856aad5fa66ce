import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateOnlinePayments1764259200002 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE fees.payment_requests (
        reference text PRIMARY KEY,
        dossier_id uuid NOT NULL REFERENCES fees.assessments (dossier_id),
        amount_dong bigint NOT NULL CHECK (amount_dong > 0),
        status text NOT NULL,
        pay_url text NOT NULL,
        requested_by uuid NOT NULL,
        created_at timestamptz NOT NULL,
        payment_id uuid REFERENCES fees.payments (id)
      )`);
    await runner.query(`CREATE INDEX payment_requests_dossier_idx ON fees.payment_requests (dossier_id)`);
    // Every provider callback handled, by the provider's transaction id: a replay finds its row and changes nothing.
    await runner.query(`
      CREATE TABLE fees.provider_callbacks (
        transaction_id text PRIMARY KEY,
        reference text NOT NULL REFERENCES fees.payment_requests (reference),
        outcome text NOT NULL,
        payment_id uuid REFERENCES fees.payments (id),
        received_at timestamptz NOT NULL
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE fees.provider_callbacks`);
    await runner.query(`DROP TABLE fees.payment_requests`);
  }
}
