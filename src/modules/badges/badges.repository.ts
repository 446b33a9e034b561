import { Injectable } from '@nestjs/common';
import { DbService } from '../../core/database/db.service';
import { placeholders } from '../../core/graphql/loaders';
import { PostTagEntity } from '../posts/post-tag.entity';
import { PostEntity } from '../posts/post.entity';
import { SkillEntity } from '../skills/skill.entity';
import { AppUserEntity } from '../users/app-user.entity';
import { BadgeAwardEntity } from './badge-award.entity';
import { LedgerFact } from './badge-rules';
import { BadgeEntity } from './badge.entity';
import { BadgeTierEnum } from './badge.model';

/** A `badge` row with its tier typed. */
export type BadgeRow = Omit<BadgeEntity, 'tier'> & { tier: BadgeTierEnum };

/** A badge definition as written (defaults and manual badges). */
export type NewBadge = Omit<BadgeEntity, 'id' | 'created_by_id' | 'retired_at'>;

/** An automatic award to write: what the rules say is earned now. */
export type EarnedAward = Pick<BadgeAwardEntity, 'badge_id' | 'user_id' | 'award_key' | 'awarded_at' | 'reason' | 'post_id'>;

/** A manual award to write (表彰). */
export type ManualAward = Pick<BadgeAwardEntity, 'badge_id' | 'user_id' | 'award_key' | 'awarded_at' | 'reason'> & { granted_by_id: number };

/** The live skills a post is credited to (through its tags and the tag → skill mapping). */
export type PostSkillRow = Pick<PostTagEntity, 'post_id'> & Pick<SkillEntity, 'code' | 'name'>;

/**
 * SQL for badges: definitions, awards, and the badge rules' reads of the contribution
 * ledger, posts and the skill mapping.
 *
 * Every method is synchronous (better-sqlite3): BadgesService calls the writes inside its
 * `db.tx` IMMEDIATE transaction, which never awaits, so no other request can interleave and
 * an evaluation grants and revokes as one unit. The transaction boundary stays in the service.
 */
@Injectable()
export class BadgesRepository {
  constructor(private readonly db: DbService) {}

  // ---- definitions ----------------------------------------------------------------------

  /** Adds a default badge unless its code exists (edits made since are kept). */
  insertDefaultIfAbsent(b: NewBadge): void {
    this.db.run(
      `INSERT INTO badge (code, name, description, tier, rule, params, repeatable, sort_order, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(code) DO NOTHING`,
      [b.code, b.name, b.description, b.tier, b.rule, b.params, b.repeatable, b.sort_order, b.created_at],
    );
  }

  /** Live badges with the number of people holding each, automatic ones first, in display order. */
  listLiveWithHolders(): (BadgeRow & { holders: number })[] {
    return this.db.all<BadgeRow & { holders: number }>(
      `SELECT b.*, (SELECT COUNT(DISTINCT a.user_id) FROM badge_award a WHERE a.badge_id = b.id AND a.revoked_at IS NULL) AS holders
           FROM badge b WHERE b.retired_at IS NULL ORDER BY b.rule = 'MANUAL', b.sort_order, b.id`,
    );
  }

  /** Live badges awarded by rules (not MANUAL). */
  liveAutomatic(): BadgeRow[] {
    return this.db.all<BadgeRow>("SELECT * FROM badge WHERE rule <> 'MANUAL' AND retired_at IS NULL");
  }

  findLiveByCode(code: string): BadgeRow | undefined {
    return this.db.get<BadgeRow>('SELECT * FROM badge WHERE code = ? AND retired_at IS NULL', [code]);
  }

  /** Whether the code is taken, by a live or a retired badge. */
  codeExists(code: string): boolean {
    return !!this.db.get('SELECT 1 FROM badge WHERE code = ?', [code]);
  }

  nextSortOrder(): number {
    return this.db.get<{ m: number }>('SELECT COALESCE(MAX(sort_order), 0) + 1 AS m FROM badge')!.m;
  }

  /** A manual (表彰) badge: rule MANUAL, no params, repeatable. */
  insertManual(b: Pick<BadgeRow, 'code' | 'name' | 'description' | 'tier' | 'sort_order' | 'created_by_id' | 'created_at'>): void {
    this.db.run(
      `INSERT INTO badge (code, name, description, tier, rule, params, repeatable, sort_order, created_by_id, created_at)
       VALUES (?, ?, ?, ?, 'MANUAL', '{}', 1, ?, ?, ?)`,
      [b.code, b.name, b.description, b.tier, b.sort_order, b.created_by_id, b.created_at],
    );
  }

  // ---- the rules' reads ---------------------------------------------------------------------

  /** A person's non-anonymous ledger entries in id order (what the badge rules count). */
  factsOf(userId: number): LedgerFact[] {
    return this.db.all<LedgerFact>(
      `SELECT id, kind, delta, stamp, post_id, answer_id, target_type, occurred_at
         FROM contribution WHERE user_id = ? AND anonymous = 0 ORDER BY id`,
      [userId],
    );
  }

  /** Everyone with an ANSWER_ACCEPTED entry on these posts. */
  acceptedAnswerersOn(postIds: readonly number[]): number[] {
    return this.db
      .all<{ user_id: number }>(`SELECT DISTINCT user_id FROM contribution WHERE kind = 'ANSWER_ACCEPTED' AND post_id IN (${placeholders(postIds.length)})`, [
        ...postIds,
      ])
      .map((r) => r.user_id);
  }

  postTitles(postIds: readonly number[]): Pick<PostEntity, 'id' | 'title'>[] {
    return this.db.all<Pick<PostEntity, 'id' | 'title'>>(`SELECT id, title FROM post WHERE id IN (${placeholders(postIds.length)})`, [...postIds]);
  }

  skillsOfPosts(postIds: readonly number[]): PostSkillRow[] {
    return this.db.all<PostSkillRow>(
      `SELECT DISTINCT pt.post_id, s.code, s.name FROM post_tag pt JOIN tag t ON t.id = pt.tag_id
         JOIN tag_skill ts ON ts.tag_key = t.name JOIN skill s ON s.id = ts.skill_id AND s.retired_at IS NULL
        WHERE pt.post_id IN (${placeholders(postIds.length)})`,
      [...postIds],
    );
  }

  allUserIds(): number[] {
    return this.db.all<Pick<AppUserEntity, 'id'>>('SELECT id FROM app_user ORDER BY id').map((r) => r.id);
  }

  // ---- awards -------------------------------------------------------------------------------

  /** A person's active awards of automatic (rule-based) badges. */
  activeAutomaticAwardsOf(userId: number): Pick<BadgeAwardEntity, 'id' | 'badge_id' | 'award_key'>[] {
    return this.db.all<Pick<BadgeAwardEntity, 'id' | 'badge_id' | 'award_key'>>(
      `SELECT a.id, a.badge_id, a.award_key FROM badge_award a JOIN badge b ON b.id = a.badge_id
        WHERE a.user_id = ? AND a.revoked_at IS NULL AND b.rule <> 'MANUAL'`,
      [userId],
    );
  }

  /**
   * Awards what a rule says is earned: a new row, or a revoked one restored (with the new
   * date and reason, unseen). An active award is left alone. Returns 1 when written, 0 otherwise.
   */
  awardEarned(a: EarnedAward): number {
    return this.db.run(
      `INSERT INTO badge_award (badge_id, user_id, award_key, awarded_at, reason, post_id) VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT(badge_id, user_id, award_key) DO UPDATE SET revoked_at = NULL, awarded_at = excluded.awarded_at,
             reason = excluded.reason, post_id = excluded.post_id, seen_at = NULL
           WHERE badge_award.revoked_at IS NOT NULL`,
      [a.badge_id, a.user_id, a.award_key, a.awarded_at, a.reason, a.post_id],
    ).changes;
  }

  /** Revokes an award unless it is already revoked. Returns 1 when revoked now, 0 otherwise. */
  revokeIfActive(awardId: number, now: string): number {
    return this.db.run('UPDATE badge_award SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL', [now, awardId]).changes;
  }

  /**
   * Grants a manual award: a new row, or a revoked one restored (with the new citation, granter
   * and date, unseen). Returns 0 when the person already holds it under this key.
   */
  grantManual(a: ManualAward): number {
    return this.db.run(
      `INSERT INTO badge_award (badge_id, user_id, award_key, awarded_at, reason, granted_by_id) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT(badge_id, user_id, award_key) DO UPDATE SET revoked_at = NULL, reason = excluded.reason,
         granted_by_id = excluded.granted_by_id, awarded_at = excluded.awarded_at, seen_at = NULL
       WHERE badge_award.revoked_at IS NOT NULL`,
      [a.badge_id, a.user_id, a.award_key, a.awarded_at, a.reason, a.granted_by_id],
    ).changes;
  }

  findAward(badgeId: number, userId: number, awardKey: string): BadgeAwardEntity | undefined {
    return this.db.get<BadgeAwardEntity>('SELECT * FROM badge_award WHERE badge_id = ? AND user_id = ? AND award_key = ?', [badgeId, userId, awardKey]);
  }

  /** An active award with its badge's rule (to tell manual from automatic). */
  findActiveAwardWithRule(awardId: number): (Pick<BadgeAwardEntity, 'id' | 'user_id'> & Pick<BadgeEntity, 'rule' | 'code'>) | undefined {
    return this.db.get<Pick<BadgeAwardEntity, 'id' | 'user_id'> & Pick<BadgeEntity, 'rule' | 'code'>>(
      'SELECT a.id, a.user_id, b.rule, b.code FROM badge_award a JOIN badge b ON b.id = a.badge_id WHERE a.id = ? AND a.revoked_at IS NULL',
      [awardId],
    );
  }

  revoke(awardId: number, now: string): void {
    this.db.run('UPDATE badge_award SET revoked_at = ? WHERE id = ?', [now, awardId]);
  }

  /** A person's active awards, newest first. */
  activeAwardsOf(userId: number): BadgeAwardEntity[] {
    return this.db.all<BadgeAwardEntity>('SELECT * FROM badge_award WHERE user_id = ? AND revoked_at IS NULL ORDER BY awarded_at DESC, id DESC', [userId]);
  }

  /** A badge's active awards, newest first. */
  activeAwardsOfBadge(badgeId: number, limit: number): BadgeAwardEntity[] {
    return this.db.all<BadgeAwardEntity>('SELECT * FROM badge_award WHERE badge_id = ? AND revoked_at IS NULL ORDER BY awarded_at DESC, id DESC LIMIT ?', [
      badgeId,
      limit,
    ]);
  }

  /** A person's active awards they have not seen yet, oldest first. */
  unseenAwardsOf(userId: number): BadgeAwardEntity[] {
    return this.db.all<BadgeAwardEntity>('SELECT * FROM badge_award WHERE user_id = ? AND revoked_at IS NULL AND seen_at IS NULL ORDER BY awarded_at, id', [
      userId,
    ]);
  }

  /** Marks every unseen award of a person seen; returns how many. */
  markSeen(userId: number, now: string): number {
    return this.db.run('UPDATE badge_award SET seen_at = ? WHERE user_id = ? AND seen_at IS NULL', [now, userId]).changes;
  }
}
