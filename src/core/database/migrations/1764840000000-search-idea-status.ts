import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search by an idea's status (提案 / 検討中 / 採用 / 見送り): `search_doc.idea_status`, written by
 * the FTS5 adapter from the index document like every other filter field (so the adapter
 * answers from its own tables, as the search port's contract suite checks). NULL for the other
 * kinds; an idea never given a status is PROPOSED, as in the feed.
 *
 * The rows already indexed are filled here from the posts, so the index needs no rebuild.
 */
export class SearchIdeaStatus1764840000000 implements MigrationInterface {
  name = 'SearchIdeaStatus1764840000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE search_doc ADD COLUMN idea_status TEXT');
    await q.query(
      `UPDATE search_doc SET idea_status = (SELECT COALESCE(p.idea_status, 'PROPOSED') FROM post p WHERE p.id = search_doc.post_id)
        WHERE kind = 'IDEA'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE search_doc DROP COLUMN idea_status');
  }
}
