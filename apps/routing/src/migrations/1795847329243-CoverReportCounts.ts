import { MigrationInterface, QueryRunner } from 'typeorm';

export class CoverReportCounts1795847329243 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    // Form II.06a counts a period's dossiers from this index alone (an index-only scan): a year is half a
    // million dossiers, and fetching each one's row from the table cost most of the report's second. It
    // replaces the plain index on ended_at, which has the same key.
    await runner.query(`
      CREATE INDEX dossier_clocks_report_idx ON routing.dossier_clocks (ended_at)
        INCLUDE (received_at, due_at, confirmed_at, channel, status, timeliness, unit_code, sector_code, procedure_code)`);
    await runner.query(`DROP INDEX routing.dossier_clocks_ended_at_idx`);
    // An index-only scan still reads the row of every page changed since the last vacuum: vacuum after 1% of
    // the clocks changed or arrived (the default, 20%, is months of receptions) keeps those pages few.
    await runner.query(`
      ALTER TABLE routing.dossier_clocks
        SET (autovacuum_vacuum_scale_factor = 0.01, autovacuum_vacuum_insert_scale_factor = 0.01)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE routing.dossier_clocks RESET (autovacuum_vacuum_scale_factor, autovacuum_vacuum_insert_scale_factor)`);
    await runner.query(`CREATE INDEX dossier_clocks_ended_at_idx ON routing.dossier_clocks (ended_at)`);
    await runner.query(`DROP INDEX routing.dossier_clocks_report_idx`);
  }
}
