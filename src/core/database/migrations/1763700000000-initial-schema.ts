import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The foundation schema. Timestamps are ISO-8601 UTC text (they sort correctly);
 * assignment dates are JST calendar dates (YYYY-MM-DD, end exclusive).
 * The contribution ledger is append-only, enforced by triggers rather than by convention.
 */
export class InitialSchema1763700000000 implements MigrationInterface {
  name = 'InitialSchema1763700000000';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE department (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        level TEXT NOT NULL CHECK (level IN ('BU','KA','KAKARI')),
        parent_id INTEGER REFERENCES department(id),
        sort_order INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL
      )`,
      `CREATE INDEX idx_department_parent ON department(parent_id)`,
      `CREATE TABLE app_user (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        email TEXT NOT NULL UNIQUE COLLATE NOCASE,
        display_name TEXT NOT NULL,
        password_hash TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('STAFF','DX_OFFICE','MANAGER','ADMIN')),
        role_category TEXT,
        layer TEXT,
        disabled INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )`,
      `CREATE TABLE assignment (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        user_id INTEGER NOT NULL REFERENCES app_user(id),
        department_id INTEGER NOT NULL REFERENCES department(id),
        title TEXT,
        start_date TEXT NOT NULL,
        end_date TEXT,
        created_at TEXT NOT NULL,
        CHECK (end_date IS NULL OR end_date > start_date)
      )`,
      `CREATE INDEX idx_assignment_user ON assignment(user_id, start_date)`,
      `CREATE INDEX idx_assignment_department ON assignment(department_id)`,
      `CREATE TABLE manager_scope (
        user_id INTEGER NOT NULL REFERENCES app_user(id),
        department_id INTEGER NOT NULL REFERENCES department(id),
        PRIMARY KEY (user_id, department_id)
      )`,
      `CREATE TABLE session (
        id TEXT PRIMARY KEY,
        user_id INTEGER NOT NULL REFERENCES app_user(id),
        created_at TEXT NOT NULL,
        last_seen_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        user_agent TEXT,
        ip TEXT
      )`,
      `CREATE INDEX idx_session_user ON session(user_id)`,
      `CREATE INDEX idx_session_expires ON session(expires_at)`,
      `CREATE TABLE post (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        kind TEXT NOT NULL CHECK (kind IN ('QUESTION','CASE','IDEA')),
        title TEXT NOT NULL,
        body TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','RESOLVED','CLOSED')),
        anonymous INTEGER NOT NULL DEFAULT 0,
        author_id INTEGER NOT NULL REFERENCES app_user(id),
        department_id INTEGER REFERENCES department(id),
        case_problem TEXT,
        case_solution TEXT,
        case_effect TEXT,
        case_hours_saved REAL,
        case_tools TEXT,
        accepted_answer_id INTEGER,
        answer_count INTEGER NOT NULL DEFAULT 0,
        comment_count INTEGER NOT NULL DEFAULT 0,
        cheer_count INTEGER NOT NULL DEFAULT 0,
        helpful_count INTEGER NOT NULL DEFAULT 0,
        thanks_count INTEGER NOT NULL DEFAULT 0,
        revision INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        last_activity_at TEXT NOT NULL,
        deleted_at TEXT,
        deleted_by_id INTEGER REFERENCES app_user(id)
      )`,
      `CREATE INDEX idx_post_newest ON post(created_at DESC, id DESC) WHERE deleted_at IS NULL`,
      `CREATE INDEX idx_post_activity ON post(last_activity_at DESC, id DESC) WHERE deleted_at IS NULL`,
      `CREATE INDEX idx_post_status_newest ON post(status, created_at DESC, id DESC) WHERE deleted_at IS NULL`,
      `CREATE INDEX idx_post_kind_newest ON post(kind, created_at DESC, id DESC) WHERE deleted_at IS NULL`,
      `CREATE INDEX idx_post_unanswered ON post(created_at DESC, id DESC) WHERE deleted_at IS NULL AND kind = 'QUESTION' AND answer_count = 0`,
      `CREATE INDEX idx_post_author ON post(author_id, created_at DESC)`,
      `CREATE INDEX idx_post_department ON post(department_id, created_at DESC)`,
      `CREATE TABLE post_revision (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        post_id INTEGER NOT NULL REFERENCES post(id),
        revision INTEGER NOT NULL,
        editor_id INTEGER NOT NULL REFERENCES app_user(id),
        title TEXT NOT NULL,
        body TEXT NOT NULL,
        tags TEXT NOT NULL,
        case_details TEXT,
        created_at TEXT NOT NULL,
        UNIQUE (post_id, revision)
      )`,
      `CREATE TABLE tag (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL UNIQUE,
        label TEXT NOT NULL,
        post_count INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL
      )`,
      `CREATE TABLE post_tag (
        post_id INTEGER NOT NULL REFERENCES post(id),
        tag_id INTEGER NOT NULL REFERENCES tag(id),
        PRIMARY KEY (post_id, tag_id)
      ) WITHOUT ROWID`,
      `CREATE INDEX idx_post_tag_tag ON post_tag(tag_id, post_id)`,
      `CREATE TABLE answer (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        post_id INTEGER NOT NULL REFERENCES post(id),
        author_id INTEGER NOT NULL REFERENCES app_user(id),
        department_id INTEGER REFERENCES department(id),
        body TEXT NOT NULL,
        accepted_at TEXT,
        comment_count INTEGER NOT NULL DEFAULT 0,
        cheer_count INTEGER NOT NULL DEFAULT 0,
        helpful_count INTEGER NOT NULL DEFAULT 0,
        thanks_count INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      )`,
      `CREATE INDEX idx_answer_post ON answer(post_id, created_at)`,
      `CREATE INDEX idx_answer_author ON answer(author_id, created_at DESC)`,
      `CREATE TABLE comment (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        post_id INTEGER NOT NULL REFERENCES post(id),
        answer_id INTEGER REFERENCES answer(id),
        author_id INTEGER NOT NULL REFERENCES app_user(id),
        department_id INTEGER REFERENCES department(id),
        body TEXT NOT NULL,
        cheer_count INTEGER NOT NULL DEFAULT 0,
        helpful_count INTEGER NOT NULL DEFAULT 0,
        thanks_count INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        deleted_at TEXT
      )`,
      `CREATE INDEX idx_comment_post ON comment(post_id, answer_id, created_at)`,
      `CREATE TABLE reaction (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        user_id INTEGER NOT NULL REFERENCES app_user(id),
        target_type TEXT NOT NULL CHECK (target_type IN ('POST','ANSWER','COMMENT')),
        target_id INTEGER NOT NULL,
        stamp TEXT NOT NULL CHECK (stamp IN ('CHEER','HELPFUL','THANKS')),
        post_id INTEGER NOT NULL REFERENCES post(id),
        created_at TEXT NOT NULL,
        UNIQUE (user_id, target_type, target_id, stamp)
      )`,
      `CREATE INDEX idx_reaction_target ON reaction(target_type, target_id)`,
      `CREATE TABLE contribution (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        occurred_at TEXT NOT NULL,
        fiscal_year INTEGER NOT NULL,
        user_id INTEGER NOT NULL REFERENCES app_user(id),
        department_id INTEGER REFERENCES department(id),
        kind TEXT NOT NULL,
        delta INTEGER NOT NULL CHECK (delta IN (1,-1)),
        points INTEGER NOT NULL,
        post_id INTEGER REFERENCES post(id),
        answer_id INTEGER REFERENCES answer(id),
        comment_id INTEGER REFERENCES comment(id),
        target_type TEXT,
        target_id INTEGER,
        stamp TEXT,
        actor_id INTEGER REFERENCES app_user(id),
        anonymous INTEGER NOT NULL DEFAULT 0,
        reverses_id INTEGER UNIQUE REFERENCES contribution(id)
      )`,
      `CREATE INDEX idx_contribution_user ON contribution(user_id, occurred_at)`,
      `CREATE INDEX idx_contribution_department ON contribution(department_id, fiscal_year)`,
      `CREATE INDEX idx_contribution_post ON contribution(post_id)`,
      `CREATE INDEX idx_contribution_target ON contribution(kind, target_type, target_id)`,
      `CREATE TRIGGER contribution_no_update BEFORE UPDATE ON contribution
        BEGIN SELECT RAISE(ABORT, 'contribution ledger is append-only'); END`,
      `CREATE TRIGGER contribution_no_delete BEFORE DELETE ON contribution
        BEGIN SELECT RAISE(ABORT, 'contribution ledger is append-only'); END`,
      `CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        occurred_at TEXT NOT NULL,
        actor_id INTEGER REFERENCES app_user(id),
        action TEXT NOT NULL,
        target_type TEXT,
        target_id INTEGER,
        detail TEXT
      )`,
      `CREATE INDEX idx_audit_target ON audit_log(target_type, target_id)`,
      `CREATE TABLE outbox (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        topic TEXT NOT NULL,
        aggregate_type TEXT NOT NULL,
        aggregate_id INTEGER NOT NULL,
        payload TEXT,
        created_at TEXT NOT NULL,
        processed_at TEXT,
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT
      )`,
      `CREATE INDEX idx_outbox_pending ON outbox(id) WHERE processed_at IS NULL`,
      `CREATE TABLE app_setting (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )`,
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'app_setting',
      'outbox',
      'audit_log',
      'contribution',
      'reaction',
      'comment',
      'answer',
      'post_tag',
      'tag',
      'post_revision',
      'post',
      'session',
      'manager_scope',
      'assignment',
      'app_user',
      'department',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${t}`);
    }
  }
}
