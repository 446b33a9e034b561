import { Injectable } from '@nestjs/common';
import { AppSettingEntity } from '../../core/database/app-setting.entity';
import { DbService } from '../../core/database/db.service';
import { GuardWordEntity, GuidelinesAckEntity } from './guard.entity';

const GUIDELINES_KEY = 'posting_guidelines';

/** SQL of the personal-information guard and the posting guidelines. */
@Injectable()
export class GuardRepository {
  constructor(private readonly db: DbService) {}

  words(): GuardWordEntity[] {
    return this.db.all<GuardWordEntity>('SELECT * FROM guard_word ORDER BY id');
  }

  replaceWords(words: string[], byId: number, at: string): void {
    this.db.run('DELETE FROM guard_word');
    for (const word of words) this.db.run('INSERT INTO guard_word (word, created_by_id, created_at) VALUES (?, ?, ?)', [word, byId, at]);
    this.db.run(
      `INSERT INTO app_setting (key, value, updated_at) VALUES ('guard_words_updated', ?, ?)
       ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
      [String(words.length), at],
    );
  }

  wordsUpdatedAt(): string | null {
    return this.db.get<Pick<AppSettingEntity, 'updated_at'>>("SELECT updated_at FROM app_setting WHERE key = 'guard_words_updated'")?.updated_at ?? null;
  }

  /** The e-mail domains of active accounts (the city's own, when STAFF_EMAIL_DOMAINS is unset). */
  accountEmailDomains(): string[] {
    return this.db
      .all<{ domain: string }>(
        `SELECT DISTINCT lower(substr(email, instr(email, '@') + 1)) AS domain FROM app_user
          WHERE instr(email, '@') > 0 AND deactivated_at IS NULL AND disabled = 0 ORDER BY domain`,
      )
      .map((r) => r.domain);
  }

  guidelines(): { body: string; html: string; updatedAt: string } | null {
    const row = this.db.get<Pick<AppSettingEntity, 'value' | 'updated_at'>>('SELECT value, updated_at FROM app_setting WHERE key = ?', [GUIDELINES_KEY]);
    if (!row) return null;
    const v = JSON.parse(row.value) as { body: string; html: string };
    return { body: v.body, html: v.html, updatedAt: row.updated_at };
  }

  setGuidelines(body: string, html: string, at: string): void {
    this.db.run(
      `INSERT INTO app_setting (key, value, updated_at) VALUES (?, ?, ?)
       ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
      [GUIDELINES_KEY, JSON.stringify({ body, html }), at],
    );
  }

  guidelinesSeen(userId: number): GuidelinesAckEntity | undefined {
    return this.db.get<GuidelinesAckEntity>('SELECT * FROM guidelines_ack WHERE user_id = ?', [userId]);
  }

  /** Has this person already published a post or an answer (their first post is behind them)? */
  hasPublished(userId: number): boolean {
    return !!this.db.get('SELECT 1 FROM post WHERE author_id = ? UNION ALL SELECT 1 FROM answer WHERE author_id = ? LIMIT 1', [userId, userId]);
  }

  acknowledgeGuidelines(userId: number, at: string): void {
    this.db.run('INSERT INTO guidelines_ack (user_id, seen_at) VALUES (?, ?) ON CONFLICT(user_id) DO NOTHING', [userId, at]);
  }
}
