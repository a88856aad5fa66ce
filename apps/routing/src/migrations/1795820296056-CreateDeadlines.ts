import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateDeadlines1795820296056 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE routing.dossier_clocks (
        dossier_id uuid PRIMARY KEY,
        dossier_code text NOT NULL,
        procedure_code text NOT NULL,
        sector_code text,
        unit_code text NOT NULL,
        officer_id uuid,
        channel text NOT NULL,
        received_at timestamptz NOT NULL,
        due_at timestamptz,
        initial_due_at timestamptz,
        status text NOT NULL,
        paused_at timestamptz,
        paused_ms bigint NOT NULL DEFAULT 0,
        supplement_count integer NOT NULL DEFAULT 0,
        extended_at timestamptz,
        handed_over_at timestamptz,
        resolved_at timestamptz,
        confirmed_at timestamptz,
        timeliness text,
        stopped_at timestamptz,
        three_days_notified_at timestamptz,
        one_day_notified_at timestamptz,
        due_day_notified_at timestamptz,
        overdue_notified_at timestamptz,
        CHECK (status IN ('running', 'paused', 'resolved', 'stopped'))
      )`);
    // The checker and the reconciler read only running clocks with an alert still to fire.
    await runner.query(`
      CREATE INDEX dossier_clocks_pending_alerts_idx ON routing.dossier_clocks (due_at)
      WHERE status = 'running' AND overdue_notified_at IS NULL`);
    await runner.query(`CREATE INDEX dossier_clocks_received_at_idx ON routing.dossier_clocks (received_at)`);
    await runner.query(
      `CREATE INDEX dossier_clocks_unit_due_idx ON routing.dossier_clocks (unit_code, due_at)`,
    );
    // Per-step time limits, for when processes pass step deadlines (one row per step a dossier enters).
    await runner.query(`
      CREATE TABLE routing.step_deadlines (
        id uuid PRIMARY KEY,
        dossier_id uuid NOT NULL REFERENCES routing.dossier_clocks (dossier_id),
        step_key text NOT NULL,
        unit_code text NOT NULL,
        started_at timestamptz NOT NULL,
        due_at timestamptz,
        finished_at timestamptz,
        UNIQUE (dossier_id, step_key, started_at)
      )`);
    await runner.query(`
      CREATE TABLE routing.calendar_years (
        year integer PRIMARY KEY,
        calendar jsonb NOT NULL,
        changed_at timestamptz NOT NULL
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE routing.calendar_years`);
    await runner.query(`DROP TABLE routing.step_deadlines`);
    await runner.query(`DROP TABLE routing.dossier_clocks`);
  }
}
