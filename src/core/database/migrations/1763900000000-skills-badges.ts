import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Skill framework (editable by the DX office), tag → skill mapping, badges and awards,
 * DX人材認定 history, and personal visibility preferences. Skill points are not stored:
 * they are derived from the contribution ledger when read, so they can never drift.
 */
export class SkillsBadges1763900000000 implements MigrationInterface {
  name = 'SkillsBadges1763900000000';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE skill (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        summary TEXT,
        framework TEXT NOT NULL,
        sort_order INTEGER NOT NULL DEFAULT 0,
        retired_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )`,
      `CREATE TABLE skill_role_requirement (
        role_category TEXT NOT NULL,
        skill_id INTEGER NOT NULL REFERENCES skill(id),
        mark TEXT NOT NULL CHECK (mark IN ('REQUIRED','FOR_RELEVANT_STAFF')),
        PRIMARY KEY (role_category, skill_id)
      )`,
      `CREATE TABLE tag_skill (
        tag_key TEXT NOT NULL,
        skill_id INTEGER NOT NULL REFERENCES skill(id),
        weight REAL NOT NULL DEFAULT 1 CHECK (weight > 0 AND weight <= 5),
        PRIMARY KEY (tag_key, skill_id)
      )`,
      `CREATE INDEX idx_tag_skill_skill ON tag_skill(skill_id)`,
      `CREATE TABLE badge (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        description TEXT NOT NULL,
        tier TEXT NOT NULL CHECK (tier IN ('BRONZE','SILVER','GOLD')),
        rule TEXT NOT NULL,
        params TEXT NOT NULL DEFAULT '{}',
        repeatable INTEGER NOT NULL DEFAULT 0,
        sort_order INTEGER NOT NULL DEFAULT 0,
        created_by_id INTEGER REFERENCES app_user(id),
        created_at TEXT NOT NULL,
        retired_at TEXT
      )`,
      `CREATE TABLE badge_award (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        badge_id INTEGER NOT NULL REFERENCES badge(id),
        user_id INTEGER NOT NULL REFERENCES app_user(id),
        award_key TEXT NOT NULL DEFAULT '',
        awarded_at TEXT NOT NULL,
        reason TEXT NOT NULL,
        post_id INTEGER REFERENCES post(id),
        granted_by_id INTEGER REFERENCES app_user(id),
        revoked_at TEXT,
        seen_at TEXT,
        UNIQUE (badge_id, user_id, award_key)
      )`,
      `CREATE INDEX idx_badge_award_user ON badge_award(user_id, awarded_at)`,
      `CREATE TABLE certification_event (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        user_id INTEGER NOT NULL REFERENCES app_user(id),
        action TEXT NOT NULL CHECK (action IN ('GRANT','REVOKE')),
        tier TEXT NOT NULL CHECK (tier IN ('ADVISOR','EXPERT','SPECIALIST')),
        fiscal_year INTEGER NOT NULL,
        note TEXT NOT NULL,
        evidence TEXT NOT NULL DEFAULT '[]',
        acted_by_id INTEGER NOT NULL REFERENCES app_user(id),
        acted_at TEXT NOT NULL
      )`,
      `CREATE INDEX idx_certification_user ON certification_event(user_id, id)`,
      `CREATE TABLE user_preference (
        user_id INTEGER PRIMARY KEY REFERENCES app_user(id),
        skills_public INTEGER NOT NULL DEFAULT 0,
        updated_at TEXT NOT NULL
      )`,
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['user_preference', 'certification_event', 'badge_award', 'badge', 'tag_skill', 'skill_role_requirement', 'skill']) {
      await q.query(`DROP TABLE IF EXISTS ${t}`);
    }
  }
}
