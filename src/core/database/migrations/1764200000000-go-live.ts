import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Go-live (#9): accounts, organisation, staff import, SSO and the audit log.
 *
 * - `app_user`: the HR system's employee number (the stable key of the staff import), a flag
 *   that forces a new password at the next sign-in (after a reset), the OpenID Connect subject
 *   once linked, and when the person was deactivated (`disabled` stays the switch).
 * - `department`: retired departments stay (old content points at them) but take no new
 *   people; `department_name` keeps every earlier name with the instant it stopped being used,
 *   so old content shows the name it was posted under.
 * - `audit_log`: who, what, target, before/after, from which IP; append-only like the ledger.
 */
export class GoLive1764200000000 implements MigrationInterface {
  name = 'GoLive1764200000000';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      'ALTER TABLE app_user ADD COLUMN employee_id TEXT',
      'ALTER TABLE app_user ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0',
      'ALTER TABLE app_user ADD COLUMN oidc_subject TEXT',
      'ALTER TABLE app_user ADD COLUMN deactivated_at TEXT',
      'CREATE UNIQUE INDEX idx_app_user_employee ON app_user(employee_id) WHERE employee_id IS NOT NULL',
      'CREATE UNIQUE INDEX idx_app_user_oidc ON app_user(oidc_subject) WHERE oidc_subject IS NOT NULL',
      'ALTER TABLE department ADD COLUMN retired_at TEXT',
      `CREATE TABLE department_name (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        department_id INTEGER NOT NULL REFERENCES department(id),
        name TEXT NOT NULL,
        valid_until TEXT NOT NULL
      )`,
      'CREATE INDEX idx_department_name ON department_name(department_id, valid_until)',
      'ALTER TABLE audit_log ADD COLUMN ip TEXT',
      'ALTER TABLE audit_log ADD COLUMN before_json TEXT',
      'ALTER TABLE audit_log ADD COLUMN after_json TEXT',
      'CREATE INDEX idx_audit_occurred ON audit_log(occurred_at)',
      'CREATE INDEX idx_audit_action ON audit_log(action, occurred_at)',
      `CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END`,
      `CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END`,
    ];
    for (const s of statements) await q.query(s);
  }

  async down(q: QueryRunner): Promise<void> {
    const statements = [
      'DROP TRIGGER IF EXISTS audit_log_no_delete',
      'DROP TRIGGER IF EXISTS audit_log_no_update',
      'DROP INDEX IF EXISTS idx_audit_action',
      'DROP INDEX IF EXISTS idx_audit_occurred',
      'ALTER TABLE audit_log DROP COLUMN after_json',
      'ALTER TABLE audit_log DROP COLUMN before_json',
      'ALTER TABLE audit_log DROP COLUMN ip',
      'DROP TABLE IF EXISTS department_name',
      'ALTER TABLE department DROP COLUMN retired_at',
      'DROP INDEX IF EXISTS idx_app_user_oidc',
      'DROP INDEX IF EXISTS idx_app_user_employee',
      'ALTER TABLE app_user DROP COLUMN deactivated_at',
      'ALTER TABLE app_user DROP COLUMN oidc_subject',
      'ALTER TABLE app_user DROP COLUMN must_change_password',
      'ALTER TABLE app_user DROP COLUMN employee_id',
    ];
    for (const s of statements) await q.query(s);
  }
}
