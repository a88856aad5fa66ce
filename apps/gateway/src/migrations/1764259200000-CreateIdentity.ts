import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateIdentity1764259200000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE gateway.users (
        id uuid PRIMARY KEY,
        username text NOT NULL UNIQUE,
        full_name text NOT NULL,
        password_hash text NOT NULL,
        roles text[] NOT NULL,
        unit_code text,
        is_active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      CREATE TABLE gateway.api_clients (
        id uuid PRIMARY KEY,
        client_id text NOT NULL UNIQUE,
        name text NOT NULL,
        secret_hash text NOT NULL,
        roles text[] NOT NULL,
        unit_code text NOT NULL,
        is_active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE gateway.api_clients`);
    await runner.query(`DROP TABLE gateway.users`);
  }
}
