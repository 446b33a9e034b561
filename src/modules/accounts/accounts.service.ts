import { randomInt } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';
import { Viewer } from '../../core/auth/viewer';
import { DbService } from '../../core/database/db.service';
import { AppError, badInput, ErrorCode, notFound } from '../../core/errors/app-error';
import { administersAccounts, requireCapability } from '../../core/policy/capabilities';
import { jstDate } from '../../core/time/jst';
import { requireSingleLine } from '../../core/validation/normalize';
import { AuditService } from '../audit/audit.service';
import { hashPassword } from '../auth/auth.service';
import { OrganisationService } from '../organisation/organisation.service';
import { AppUserEntity } from '../users/app-user.entity';
import { RoleEnum, User } from '../users/user.model';
import { UsersService } from '../users/users.service';
import { normalizeEmail, normalizeEmployeeId, normalizeName, parseLayer, parseRoleCategory } from './account-fields';
import { AccountFields, AccountsRepository, NO_PASSWORD } from './accounts.repository';
import { passwordProblem, requireStrongPassword } from './password-policy';

export type CreateAdminResult = { created: true; id: number } | { created: false; reason: 'exists'; id: number; role: string };

export interface AccountInput {
  email: string;
  name: string;
  role?: RoleEnum | null;
  roleCategory?: string | null;
  layer?: string | null;
  employeeId?: string | null;
  departmentId?: number | null;
}

export interface AccountUpdate {
  id: number;
  email?: string | null;
  name?: string | null;
  role?: RoleEnum | null;
  roleCategory?: string | null;
  layer?: string | null;
  employeeId?: string | null;
}

/** Letters and digits that cannot be mistaken for each other when read aloud or copied from a screen. */
const TEMP_ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A one-time temporary password: 16 characters in groups of four (≈ 92 bits). */
export function temporaryPassword(): string {
  for (;;) {
    const chars = Array.from({ length: 16 }, () => TEMP_ALPHABET[randomInt(TEMP_ALPHABET.length)]);
    const pw = [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join('')).join('-');
    if (!passwordProblem(pw)) return pw;
  }
}

const FIELD_NAMES: Record<keyof AccountFields, string> = {
  email: 'email',
  display_name: 'name',
  role: 'role',
  role_category: 'roleCategory',
  layer: 'layer',
  employee_id: 'employeeId',
};

/**
 * Accounts: who can sign in, with which role. Admins create, edit, deactivate and reactivate
 * people and reset passwords; the first ADMIN is created from the command line; anyone
 * changes their own password. Every act and its audit row (before/after) commit together.
 * Nobody is ever deleted: a deactivated person cannot sign in and is no longer listed, and
 * their content stays, marked as a former member.
 */
@Injectable()
export class AccountsService {
  constructor(
    private readonly db: DbService,
    private readonly repo: AccountsRepository,
    private readonly audit: AuditService,
    private readonly users: UsersService,
    private readonly org: OrganisationService,
  ) {}

  normalizeEmail(raw: string): string {
    return normalizeEmail(raw);
  }

  private requireUnique(email: string, employeeId: string | null, exceptId: number | null): void {
    const byEmail = this.repo.findByEmail(email);
    if (byEmail && byEmail.id !== exceptId)
      throw new AppError(ErrorCode.CONFLICT, `メールアドレス ${email} はすでに別のアカウントで使われています。`, { field: 'email' });
    if (employeeId) {
      const byEmp = this.repo.findByEmployeeId(employeeId);
      if (byEmp && byEmp.id !== exceptId)
        throw new AppError(ErrorCode.CONFLICT, `職員番号 ${employeeId} はすでに別のアカウントで使われています。`, { field: 'employeeId' });
    }
  }

  private fieldsOf(r: AppUserEntity): AccountFields {
    return { email: r.email, display_name: r.display_name, role: r.role, role_category: r.role_category, layer: r.layer, employee_id: r.employee_id };
  }

  private changed(before: AccountFields, after: AccountFields) {
    const keys = (Object.keys(before) as (keyof AccountFields)[]).filter((k) => before[k] !== after[k]);
    return {
      keys,
      before: Object.fromEntries(keys.map((k) => [FIELD_NAMES[k], before[k]])),
      after: Object.fromEntries(keys.map((k) => [FIELD_NAMES[k], after[k]])),
    };
  }

  /** ADMIN: a new account (no password yet: sign in by SSO, or the admin issues a temporary one). */
  createUser(viewer: Viewer, input: AccountInput, at = new Date()): User {
    requireCapability(viewer, 'admin.users');
    const id = this.db.tx(() => this.createUserInTx(viewer.id, input, at));
    return this.users.findById(id)!;
  }

  createUserInTx(actorId: number | null, input: AccountInput, at = new Date(), detail?: object): number {
    const fields: AccountFields = {
      email: normalizeEmail(input.email),
      display_name: normalizeName(input.name),
      role: input.role ?? RoleEnum.STAFF,
      role_category: parseRoleCategory(input.roleCategory),
      layer: parseLayer(input.layer),
      employee_id: normalizeEmployeeId(input.employeeId),
    };
    this.requireUnique(fields.email, fields.employee_id, null);
    const id = this.repo.insert({ ...fields, password_hash: NO_PASSWORD, created_at: at.toISOString() });
    this.audit.record(actorId, 'ACCOUNT_CREATED', 'USER', id, detail, {
      after: {
        email: fields.email,
        name: fields.display_name,
        role: fields.role,
        roleCategory: fields.role_category,
        layer: fields.layer,
        employeeId: fields.employee_id,
      },
    });
    if (input.departmentId) this.org.transferInTx(actorId, id, input.departmentId, jstDate(at), at, detail);
    return id;
  }

  /** ADMIN: name, e-mail, role, role category, layer, employee number. */
  updateUser(viewer: Viewer, input: AccountUpdate, at = new Date()): User {
    requireCapability(viewer, 'admin.users');
    this.db.tx(() => this.updateUserInTx(viewer.id, input, at));
    return this.users.findById(input.id)!;
  }

  /** Returns whether anything changed. */
  updateUserInTx(actorId: number | null, input: AccountUpdate, at = new Date(), detail?: object): boolean {
    const row = this.repo.findById(input.id);
    if (!row) throw notFound('職員');
    const before = this.fieldsOf(row);
    const after: AccountFields = { ...before };
    if (input.email !== undefined && input.email !== null) after.email = normalizeEmail(input.email);
    if (input.name !== undefined && input.name !== null) after.display_name = normalizeName(input.name);
    if (input.role !== undefined && input.role !== null) after.role = input.role;
    if (input.roleCategory !== undefined) after.role_category = parseRoleCategory(input.roleCategory);
    if (input.layer !== undefined) after.layer = parseLayer(input.layer);
    if (input.employeeId !== undefined) after.employee_id = normalizeEmployeeId(input.employeeId);
    const diff = this.changed(before, after);
    if (diff.keys.length === 0) return false;
    this.requireUnique(after.email, after.employee_id, row.id);
    if (administersAccounts(before.role) && !administersAccounts(after.role) && !row.disabled && this.repo.countActiveAdmins() <= 1) {
      throw badInput('最後の管理者の権限は外せません。先に別の管理者を作成してください。', 'role');
    }
    this.repo.update(row.id, after, at.toISOString());
    this.audit.record(actorId, diff.keys.includes('role') ? 'ROLE_CHANGED' : 'ACCOUNT_UPDATED', 'USER', row.id, detail, {
      before: diff.before,
      after: diff.after,
    });
    return true;
  }

  /** ADMIN: the person can no longer sign in (every session ends now); their content stays, marked as a former member. */
  deactivateUser(viewer: Viewer, id: number, at = new Date()): User {
    requireCapability(viewer, 'admin.users');
    if (id === viewer.id) throw badInput('自分のアカウントは利用停止できません。', 'id');
    this.db.tx(() => this.deactivateInTx(viewer.id, id, at));
    return this.users.findById(id)!;
  }

  deactivateInTx(actorId: number | null, id: number, at = new Date(), detail?: object): boolean {
    const row = this.repo.findById(id);
    if (!row) throw notFound('職員');
    if (row.disabled) return false;
    if (administersAccounts(row.role) && this.repo.countActiveAdmins() <= 1) throw badInput('最後の管理者は利用停止できません。', 'id');
    this.repo.setDisabled(id, true, at.toISOString());
    const sessions = this.repo.deleteAllSessions(id);
    this.audit.record(
      actorId,
      'ACCOUNT_DEACTIVATED',
      'USER',
      id,
      { ...detail, sessionsEnded: sessions },
      { before: { active: true }, after: { active: false } },
    );
    return true;
  }

  /** ADMIN: the person can sign in again and is listed again. */
  reactivateUser(viewer: Viewer, id: number, at = new Date()): User {
    requireCapability(viewer, 'admin.users');
    this.db.tx(() => this.reactivateInTx(viewer.id, id, at));
    return this.users.findById(id)!;
  }

  reactivateInTx(actorId: number | null, id: number, at = new Date(), detail?: object): boolean {
    const row = this.repo.findById(id);
    if (!row) throw notFound('職員');
    if (!row.disabled) return false;
    this.repo.setDisabled(id, false, at.toISOString());
    this.audit.record(actorId, 'ACCOUNT_REACTIVATED', 'USER', id, detail, { before: { active: false }, after: { active: true } });
    return true;
  }

  /**
   * ADMIN: a one-time temporary password, returned once and never stored in clear or logged.
   * The person's sessions end, and the next sign-in must choose a new password.
   */
  async resetPassword(viewer: Viewer, userId: number, at = new Date()): Promise<string> {
    requireCapability(viewer, 'admin.users');
    const row = this.repo.findById(userId);
    if (!row) throw notFound('職員');
    if (row.disabled) throw badInput('利用停止中のアカウントです。先に利用を再開してください。', 'userId');
    const password = temporaryPassword();
    const hash = await hashPassword(password);
    // argon2 ran above; nothing is awaited inside the transaction.
    this.db.tx(() => {
      this.repo.setTemporaryPasswordHash(userId, hash, at.toISOString());
      const ended = this.repo.deleteAllSessions(userId);
      this.audit.record(viewer.id, 'PASSWORD_RESET', 'USER', userId, { sessionsEnded: ended });
    });
    return password;
  }

  /**
   * Anyone can change their own password: the current one proves it is them (a left-open
   * session is not enough); the new one meets the strength rules. Every other session of the
   * person ends, this one stays; the change is audited in the same transaction.
   */
  async changePassword(viewer: Viewer, currentPassword: string, newPassword: string, at: Date = new Date()): Promise<boolean> {
    const me = this.repo.findCredentials(viewer.id);
    if (!me) throw badInput('アカウントが見つかりません。', 'currentPassword');
    const ok = me.password_hash.startsWith('$argon2') && (await argon2.verify(me.password_hash, currentPassword ?? '').catch(() => false));
    if (!ok) throw badInput('現在のパスワードが正しくありません。', 'currentPassword');
    if (newPassword === currentPassword) throw badInput('新しいパスワードは現在のものと違うものにしてください。', 'newPassword');
    requireStrongPassword(newPassword, { email: me.email, name: me.display_name }, 'newPassword');
    const hash = await hashPassword(newPassword);
    // argon2 ran above; nothing is awaited inside the transaction.
    this.db.tx(() => {
      this.repo.setPasswordHash(viewer.id, hash, at.toISOString());
      const ended = this.repo.deleteOtherSessions(viewer.id, viewer.sessionId);
      this.audit.record(viewer.id, 'PASSWORD_CHANGED', 'USER', viewer.id, { otherSessionsEnded: ended });
    });
    return true;
  }

  /** Is there anyone who can administer this installation? (The start-up banner asks.) */
  hasActiveAdmin(): boolean {
    return this.repo.countActiveAdmins() > 0;
  }

  /**
   * `npm run admin:create`: an ADMIN with this e-mail, unless the e-mail is taken (then nothing
   * changes and the caller says so). The account and its audit row commit together.
   */
  async createAdmin(input: { email: string; name: string; password: string }, at: Date = new Date()): Promise<CreateAdminResult> {
    const email = this.normalizeEmail(input.email);
    const name = requireSingleLine(input.name, '名前', 100, 'name');
    const existing = this.repo.findByEmail(email);
    if (existing) return { created: false, reason: 'exists', id: existing.id, role: existing.role };
    requireStrongPassword(input.password, { email, name });
    // argon2 runs before the transaction: nothing is awaited inside it.
    const hash = await hashPassword(input.password);
    return this.db.tx(() => {
      const again = this.repo.findByEmail(email);
      if (again) return { created: false, reason: 'exists', id: again.id, role: again.role } as const;
      const id = this.repo.insert({ email, display_name: name, password_hash: hash, role: 'ADMIN', created_at: at.toISOString() });
      this.audit.record(null, 'ACCOUNT_CREATED', 'USER', id, { role: 'ADMIN', via: 'admin:create' });
      return { created: true, id } as const;
    });
  }
}
