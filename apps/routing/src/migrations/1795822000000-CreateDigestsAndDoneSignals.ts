import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateDigestsAndDoneSignals1795822000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    // One row per recipient and working day: a digest is compiled once, whoever notices the morning first.
    await runner.query(`
      CREATE TABLE routing.digest_runs (
        day date NOT NULL,
        unit_code text NOT NULL,
        officer_key text NOT NULL,
        compiled_at timestamptz NOT NULL,
        PRIMARY KEY (day, unit_code, officer_key)
      )`);
    await runner.query(`
      CREATE TABLE routing.done_signals (
        dossier_id uuid NOT NULL REFERENCES routing.dossier_clocks (dossier_id),
        signal text NOT NULL,
        reference text,
        signalled_at timestamptz NOT NULL,
        actor_id uuid,
        PRIMARY KEY (dossier_id, signal)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE routing.done_signals`);
    await runner.query(`DROP TABLE routing.digest_runs`);
  }
}
