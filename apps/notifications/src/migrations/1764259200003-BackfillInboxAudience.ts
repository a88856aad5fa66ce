import { MigrationInterface, QueryRunner } from 'typeorm';

/** Inbox notes stored before audiences existed were for the unit; re-runnable. */
export class BackfillInboxAudience1764259200003 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      `UPDATE notifications.messages SET audience = 'unit' WHERE channel = 'inbox' AND audience = 'citizen'`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(
      `UPDATE notifications.messages SET audience = 'citizen' WHERE channel = 'inbox' AND audience = 'unit'`,
    );
  }
}
