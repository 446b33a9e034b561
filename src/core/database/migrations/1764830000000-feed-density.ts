import { MigrationInterface, QueryRunner } from 'typeorm';

/** The feed's density (#13): cards, or the compact list (one or two lines per post), per person. */
export class FeedDensity1764830000000 implements MigrationInterface {
  name = 'FeedDensity1764830000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query("ALTER TABLE user_preference ADD COLUMN feed_density TEXT NOT NULL DEFAULT 'CARDS' CHECK (feed_density IN ('CARDS', 'COMPACT'))");
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE user_preference DROP COLUMN feed_density');
  }
}
