import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Statistics (#11): the 年度 leaderboard is opt-in per person (off by default), and the
 * organisation-wide figures read the ledger by 年度 first.
 */
export class Stats1764300000000 implements MigrationInterface {
  name = 'Stats1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE user_preference ADD COLUMN leaderboard_opt_in INTEGER NOT NULL DEFAULT 0');
    await q.query('CREATE INDEX idx_contribution_fiscal_year ON contribution(fiscal_year, department_id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX IF EXISTS idx_contribution_fiscal_year');
    await q.query('ALTER TABLE user_preference DROP COLUMN leaderboard_opt_in');
  }
}
