import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';
import { Viewer } from '../../core/auth/viewer';
import { DbService } from '../../core/database/db.service';
import { badInput } from '../../core/errors/app-error';
import { LIMITS } from '../../core/validation/limits';
import { requireSingleLine } from '../../core/validation/normalize';
import { AuditService } from '../audit/audit.service';
import { hashPassword } from '../auth/auth.service';
import { AccountsRepository } from './accounts.repository';
import { requireStrongPassword } from './password-policy';

export type CreateAdminResult = { created: true; id: number } | { created: false; reason: 'exists'; id: number; role: string };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Accounts: who can sign in, with which role. The first ADMIN is created from the command line. */
@Injectable()
export class AccountsService {
  constructor(
    private readonly db: DbService,
    private readonly repo: AccountsRepository,
    private readonly audit: AuditService,
  ) {}

  normalizeEmail(raw: string): string {
    const email = (raw ?? '').normalize('NFKC').trim().toLowerCase();
    if (!EMAIL.test(email) || email.length > LIMITS.email) throw badInput('メールアドレスの形式が正しくありません。', 'email');
    return email;
  }

  /**
   * Anyone can change their own password: the current one proves it is them (a left-open
   * session is not enough); the new one meets the strength rules. Every other session of the
   * person ends, this one stays; the change is audited in the same transaction.
   */
  async changePassword(viewer: Viewer, currentPassword: string, newPassword: string, at: Date = new Date()): Promise<boolean> {
    const me = this.repo.findCredentials(viewer.id);
    if (!me) throw badInput('アカウントが見つかりません。', 'currentPassword');
    const ok = await argon2.verify(me.password_hash, currentPassword ?? '').catch(() => false);
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
