import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateTickets1764259200008 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE intake.tickets (
        id uuid PRIMARY KEY,
        day date NOT NULL,
        sequence integer NOT NULL,
        number text NOT NULL,
        service_key text NOT NULL,
        service_name text NOT NULL,
        status text NOT NULL,
        target_counter integer,
        counter_number integer,
        call_count integer NOT NULL DEFAULT 0,
        issued_at timestamptz NOT NULL,
        called_at timestamptz,
        done_at timestamptz,
        dossier_id uuid,
        UNIQUE (day, sequence)
      )`);
    await runner.query(
      `CREATE INDEX tickets_waiting_idx ON intake.tickets (day, issued_at) WHERE status = 'waiting'`,
    );
    await runner.query(`CREATE INDEX tickets_counter_idx ON intake.tickets (day, counter_number)`);
    await runner.query(`
      CREATE TABLE intake.ticket_sequences (
        day date PRIMARY KEY,
        last_sequence integer NOT NULL
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE intake.ticket_sequences`);
    await runner.query(`DROP TABLE intake.tickets`);
  }
}
