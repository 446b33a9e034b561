import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The DX office's job (#10): best practices (優良事例) and collections, roll-out (横展開)
 * adoptions with hours saved, official answers (公式見解), content health (確認済み / 古い情報)
 * and moderation (通報, hide / restore, close).
 *
 * - `post`: featured (by whom, when, with a note), the content review (outdated flag, when and
 *   by whom it was last reviewed, with a note), closing (reason, duplicate of), hiding.
 * - `answer`: official (the issuing section as it was named at the time), hiding.
 * - `comment`: hiding.
 * - `collection` / `collection_post`: ordered groups of posts.
 * - `adoption`: one per case and adopting department; its status changes are facts
 *   (`adoption_event`, append-only) from which the impact per 年度 is computed.
 * - `report`: 通報 of a post, answer or comment and how it was resolved.
 * - `tag`: a description, and when the DX office marked it as changed (a law revision).
 */
export class DxOffice1764500000000 implements MigrationInterface {
  name = 'DxOffice1764500000000';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      'ALTER TABLE post ADD COLUMN featured_at TEXT',
      'ALTER TABLE post ADD COLUMN featured_note TEXT',
      'ALTER TABLE post ADD COLUMN featured_by_id INTEGER REFERENCES app_user(id)',
      'ALTER TABLE post ADD COLUMN outdated INTEGER NOT NULL DEFAULT 0',
      'ALTER TABLE post ADD COLUMN reviewed_at TEXT',
      'ALTER TABLE post ADD COLUMN reviewed_by_id INTEGER REFERENCES app_user(id)',
      'ALTER TABLE post ADD COLUMN review_note TEXT',
      'ALTER TABLE post ADD COLUMN closed_reason TEXT',
      'ALTER TABLE post ADD COLUMN closed_at TEXT',
      'ALTER TABLE post ADD COLUMN closed_by_id INTEGER REFERENCES app_user(id)',
      'ALTER TABLE post ADD COLUMN duplicate_of_id INTEGER REFERENCES post(id)',
      'ALTER TABLE post ADD COLUMN closed_note TEXT',
      'ALTER TABLE post ADD COLUMN hidden_at TEXT',
      'ALTER TABLE post ADD COLUMN hidden_reason TEXT',
      'ALTER TABLE post ADD COLUMN hidden_by_id INTEGER REFERENCES app_user(id)',
      'CREATE INDEX idx_post_featured ON post(featured_at) WHERE featured_at IS NOT NULL',
      // The content review queue walks posts by when they were last reviewed (or posted).
      'CREATE INDEX idx_post_review_basis ON post(COALESCE(reviewed_at, created_at), id) WHERE deleted_at IS NULL AND hidden_at IS NULL',
      'ALTER TABLE answer ADD COLUMN official_at TEXT',
      'ALTER TABLE answer ADD COLUMN official_note TEXT',
      'ALTER TABLE answer ADD COLUMN official_section TEXT',
      'ALTER TABLE answer ADD COLUMN official_by_id INTEGER REFERENCES app_user(id)',
      'ALTER TABLE answer ADD COLUMN hidden_at TEXT',
      'ALTER TABLE answer ADD COLUMN hidden_reason TEXT',
      'ALTER TABLE answer ADD COLUMN hidden_by_id INTEGER REFERENCES app_user(id)',
      'ALTER TABLE comment ADD COLUMN hidden_at TEXT',
      'ALTER TABLE comment ADD COLUMN hidden_reason TEXT',
      'ALTER TABLE comment ADD COLUMN hidden_by_id INTEGER REFERENCES app_user(id)',
      'ALTER TABLE tag ADD COLUMN description TEXT',
      'ALTER TABLE tag ADD COLUMN changed_at TEXT',
      'ALTER TABLE tag ADD COLUMN changed_note TEXT',
      `CREATE TABLE collection (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        title TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        created_by_id INTEGER NOT NULL REFERENCES app_user(id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      )`,
      `CREATE TABLE collection_post (
        collection_id INTEGER NOT NULL REFERENCES collection(id),
        post_id INTEGER NOT NULL REFERENCES post(id),
        position INTEGER NOT NULL,
        added_by_id INTEGER NOT NULL REFERENCES app_user(id),
        added_at TEXT NOT NULL,
        PRIMARY KEY (collection_id, post_id)
      )`,
      'CREATE INDEX idx_collection_post_post ON collection_post(post_id)',
      `CREATE TABLE adoption (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        post_id INTEGER NOT NULL REFERENCES post(id),
        department_id INTEGER NOT NULL REFERENCES department(id),
        status TEXT NOT NULL,
        adopted_on TEXT,
        hours_saved_per_year REAL,
        note TEXT NOT NULL DEFAULT '',
        follow_up_post_id INTEGER REFERENCES post(id),
        recorded_by_id INTEGER NOT NULL REFERENCES app_user(id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (post_id, department_id)
      )`,
      'CREATE INDEX idx_adoption_department ON adoption(department_id)',
      `CREATE TABLE adoption_event (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        adoption_id INTEGER NOT NULL REFERENCES adoption(id),
        status TEXT NOT NULL,
        adopted_on TEXT,
        hours_saved_per_year REAL,
        note TEXT NOT NULL DEFAULT '',
        by_id INTEGER NOT NULL REFERENCES app_user(id),
        occurred_at TEXT NOT NULL
      )`,
      'CREATE INDEX idx_adoption_event ON adoption_event(adoption_id, id)',
      `CREATE TRIGGER adoption_event_no_update BEFORE UPDATE ON adoption_event
        BEGIN SELECT RAISE(ABORT, 'adoption history is append-only'); END`,
      `CREATE TRIGGER adoption_event_no_delete BEFORE DELETE ON adoption_event
        BEGIN SELECT RAISE(ABORT, 'adoption history is append-only'); END`,
      `CREATE TABLE report (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        target_type TEXT NOT NULL,
        target_id INTEGER NOT NULL,
        post_id INTEGER NOT NULL REFERENCES post(id),
        reporter_id INTEGER NOT NULL REFERENCES app_user(id),
        reason TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'OPEN',
        action TEXT,
        resolved_by_id INTEGER REFERENCES app_user(id),
        resolution_note TEXT,
        created_at TEXT NOT NULL,
        resolved_at TEXT
      )`,
      'CREATE INDEX idx_report_status ON report(status, id)',
      'CREATE INDEX idx_report_target ON report(target_type, target_id)',
      // Search: the 優良事例 filter (ranking reads the existing boost column).
      'ALTER TABLE search_doc ADD COLUMN featured INTEGER NOT NULL DEFAULT 0',
    ];
    for (const s of statements) await q.query(s);
  }

  async down(q: QueryRunner): Promise<void> {
    const statements = [
      'ALTER TABLE search_doc DROP COLUMN featured',
      'DROP TABLE IF EXISTS report',
      'DROP TRIGGER IF EXISTS adoption_event_no_delete',
      'DROP TRIGGER IF EXISTS adoption_event_no_update',
      'DROP TABLE IF EXISTS adoption_event',
      'DROP TABLE IF EXISTS adoption',
      'DROP TABLE IF EXISTS collection_post',
      'DROP TABLE IF EXISTS collection',
      'DROP INDEX IF EXISTS idx_post_featured',
      'DROP INDEX IF EXISTS idx_post_review_basis',
      ...['description', 'changed_at', 'changed_note'].map((c) => `ALTER TABLE tag DROP COLUMN ${c}`),
      ...['hidden_at', 'hidden_reason', 'hidden_by_id'].map((c) => `ALTER TABLE comment DROP COLUMN ${c}`),
      ...['official_at', 'official_note', 'official_section', 'official_by_id', 'hidden_at', 'hidden_reason', 'hidden_by_id'].map(
        (c) => `ALTER TABLE answer DROP COLUMN ${c}`,
      ),
      ...[
        'featured_at',
        'featured_note',
        'featured_by_id',
        'outdated',
        'reviewed_at',
        'reviewed_by_id',
        'review_note',
        'closed_reason',
        'closed_at',
        'closed_by_id',
        'duplicate_of_id',
        'closed_note',
        'hidden_at',
        'hidden_reason',
        'hidden_by_id',
      ].map((c) => `ALTER TABLE post DROP COLUMN ${c}`),
    ];
    for (const s of statements) await q.query(s);
  }
}
