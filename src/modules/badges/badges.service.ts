import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Viewer } from '../../core/auth/viewer';
import { DbService } from '../../core/database/db.service';
import { badInput, notFound } from '../../core/errors/app-error';
import { requireCapability } from '../../core/policy/capabilities';
import { assertNoBidi, optionalSingleLine, pageSize, parseId, requireSingleLine, requireText } from '../../core/validation/normalize';
import { DEFAULT_BADGES } from '../skills/skill-defaults';
import { UsersService } from '../users/users.service';
import { Earned, groupBy, LedgerFact, reachedAt } from './badge-rules';
import { Badge, BadgeAward, BadgeTierEnum, CreateBadgeInput, GrantBadgeInput } from './badge.model';

interface BadgeRow {
  id: number;
  code: string;
  name: string;
  description: string;
  tier: BadgeTierEnum;
  rule: string;
  params: string;
  repeatable: number;
  retired_at: string | null;
}

interface AwardRow {
  id: number;
  badge_id: number;
  user_id: number;
  award_key: string;
  awarded_at: string;
  reason: string;
  post_id: number | null;
  granted_by_id: number | null;
  seen_at: string | null;
}

const COUNT_LABEL: Record<string, (min: number, title: string) => string> = {
  QUESTION_POSTED: (min, title) => (min === 1 ? `質問「${title}」を投稿しました` : `質問を${min}件投稿しました`),
  ANSWER_POSTED: (min, title) => (min === 1 ? `「${title}」に回答しました` : `回答を${min}件投稿しました`),
  CASE_POSTED: (min, title) => (min === 1 ? `事例「${title}」を共有しました` : `事例を${min}件共有しました`),
  IDEA_POSTED: (min, title) => (min === 1 ? `アイデア「${title}」を投稿しました` : `アイデアを${min}件投稿しました`),
  ANSWER_ACCEPTED: (min, title) =>
    min === 1 ? `「${title}」への回答がベストアンサーに選ばれました` : `ベストアンサーに${min}回選ばれました（${min}回目は「${title}」）`,
  STAMP_RECEIVED: (min) => `「応援」を${min}回受け取りました`,
  STAMP_GIVEN: (min) => `仲間に「応援」を${min}回送りました`,
};

/**
 * Badges as queries over ledger facts (Discourse's model): definitions are data, an award is
 * idempotent (UNIQUE badge × person × key), and evaluate() both grants what now holds and
 * revokes what no longer does, so the incremental path after every action and the backfill
 * over everyone are the same function.
 */
@Injectable()
export class BadgesService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Badges');

  constructor(
    private readonly db: DbService,
    private readonly users: UsersService,
  ) {}

  /** Evaluation after each committed action is wired in badges.events.ts (BadgeEvents). */
  onApplicationBootstrap(): void {
    this.ensureDefaults();
  }

  /** Re-evaluates everyone whose answer was accepted on these posts (after a retag). */
  evaluateContributorsOf(postIds: number[]): void {
    const users = this.db.all<{ user_id: number }>(
      `SELECT DISTINCT user_id FROM contribution WHERE kind = 'ANSWER_ACCEPTED' AND post_id IN (${postIds.map(() => '?').join(',')})`,
      postIds,
    );
    for (const u of users) this.evaluate(u.user_id);
  }

  ensureDefaults(): void {
    const now = new Date().toISOString();
    DEFAULT_BADGES.forEach((b, i) =>
      this.db.run(
        `INSERT INTO badge (code, name, description, tier, rule, params, repeatable, sort_order, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(code) DO NOTHING`,
        [b.code, b.name, b.description, b.tier, b.rule, JSON.stringify(b.params), b.repeatable ? 1 : 0, i, now],
      ),
    );
  }

  private toBadge(r: BadgeRow & { holders?: number }): Badge {
    return {
      id: String(r.id),
      code: r.code,
      name: r.name,
      description: r.description,
      tier: r.tier,
      rule: r.rule,
      repeatable: !!r.repeatable,
      manual: r.rule === 'MANUAL',
      holderCount: r.holders ?? 0,
    };
  }

  list(): Badge[] {
    return this.db
      .all<BadgeRow & { holders: number }>(
        `SELECT b.*, (SELECT COUNT(DISTINCT a.user_id) FROM badge_award a WHERE a.badge_id = b.id AND a.revoked_at IS NULL) AS holders
           FROM badge b WHERE b.retired_at IS NULL ORDER BY b.rule = 'MANUAL', b.sort_order, b.id`,
      )
      .map((r) => this.toBadge(r));
  }

  byCode(code: string): Badge | null {
    return this.list().find((b) => b.code === code) ?? null;
  }

  // ---- rules --------------------------------------------------------------------------

  /** What should be held now: key "badgeId|awardKey" → when and why. */
  expected(userId: number): Map<string, Earned & { badgeId: number }> {
    const badges = this.db.all<BadgeRow>("SELECT * FROM badge WHERE rule <> 'MANUAL' AND retired_at IS NULL");
    const facts = this.db.all<LedgerFact>(
      `SELECT id, kind, delta, stamp, post_id, answer_id, target_type, occurred_at
         FROM contribution WHERE user_id = ? AND anonymous = 0 ORDER BY id`,
      [userId],
    );
    const out = new Map<string, Earned & { badgeId: number }>();
    if (facts.length === 0) return out;
    const titles = this.titles(facts);
    const title = (postId: number | null) => (postId ? (titles.get(postId) ?? '') : '');
    for (const b of badges) {
      const p = JSON.parse(b.params) as { kind?: string; stamp?: string; min: number };
      const put = (key: string, e: Omit<Earned, 'key'>) => out.set(`${b.id}|${key}`, { ...e, key, badgeId: b.id });
      if (b.rule === 'COUNT') {
        const hit = reachedAt(
          facts.filter((f) => f.kind === p.kind && (!p.stamp || f.stamp === p.stamp)),
          p.min,
        );
        if (hit) put('', { at: hit.at, postId: hit.postId, reason: (COUNT_LABEL[p.kind!] ?? ((m: number) => `${m}件`))(p.min, title(hit.postId)) });
      } else if (b.rule === 'STAMPS_ON_ONE_ANSWER') {
        const stamps = facts.filter((f) => f.kind === 'STAMP_RECEIVED' && f.stamp === p.stamp && f.target_type === 'ANSWER');
        for (const [answerId, list] of groupBy(stamps, (f) => (f.answer_id ? String(f.answer_id) : null))) {
          const hit = reachedAt(list, p.min);
          if (hit)
            put(`answer:${answerId}`, { at: hit.at, postId: hit.postId, reason: `「${title(hit.postId)}」への回答に「参考になった」が${p.min}件集まりました` });
        }
      } else if (b.rule === 'ACCEPTED_IN_SKILL') {
        const accepted = facts.filter((f) => f.kind === 'ANSWER_ACCEPTED');
        const skillsOf = this.skillsOfPosts(accepted.map((f) => f.post_id!));
        const perSkill = new Map<string, LedgerFact[]>();
        for (const f of accepted) for (const s of skillsOf.get(f.post_id!) ?? []) perSkill.set(s.code, [...(perSkill.get(s.code) ?? []), f]);
        for (const [code, list] of perSkill) {
          const hit = reachedAt(list, p.min);
          const name = [...skillsOf.values()].flat().find((s) => s.code === code)?.name ?? code;
          if (hit) put(code, { at: hit.at, postId: hit.postId, reason: `「${name}」の質問でベストアンサーに${p.min}回選ばれました` });
        }
      }
    }
    return out;
  }

  private titles(facts: LedgerFact[]): Map<number, string> {
    const ids = [...new Set(facts.map((f) => f.post_id).filter((x): x is number => x !== null))];
    if (ids.length === 0) return new Map();
    return new Map(
      this.db.all<{ id: number; title: string }>(`SELECT id, title FROM post WHERE id IN (${ids.map(() => '?').join(',')})`, ids).map((r) => [r.id, r.title]),
    );
  }

  private skillsOfPosts(postIds: number[]): Map<number, { code: string; name: string }[]> {
    const ids = [...new Set(postIds)];
    if (ids.length === 0) return new Map();
    const rows = this.db.all<{ post_id: number; code: string; name: string }>(
      `SELECT DISTINCT pt.post_id, s.code, s.name FROM post_tag pt JOIN tag t ON t.id = pt.tag_id
         JOIN tag_skill ts ON ts.tag_key = t.name JOIN skill s ON s.id = ts.skill_id AND s.retired_at IS NULL
        WHERE pt.post_id IN (${ids.map(() => '?').join(',')})`,
      ids,
    );
    const m = new Map<number, { code: string; name: string }[]>();
    for (const r of rows) m.set(r.post_id, [...(m.get(r.post_id) ?? []), { code: r.code, name: r.name }]);
    return m;
  }

  /** Grants what holds and revokes what no longer does, for one person. Idempotent. */
  evaluate(userId: number, now: Date = new Date()): { awarded: number; revoked: number } {
    const expected = this.expected(userId);
    const active = this.db.all<{ id: number; badge_id: number; award_key: string }>(
      `SELECT a.id, a.badge_id, a.award_key FROM badge_award a JOIN badge b ON b.id = a.badge_id
        WHERE a.user_id = ? AND a.revoked_at IS NULL AND b.rule <> 'MANUAL'`,
      [userId],
    );
    const activeKeys = new Set(active.map((a) => `${a.badge_id}|${a.award_key}`));
    let awarded = 0;
    let revoked = 0;
    this.db.tx(() => {
      for (const [k, e] of expected) {
        if (activeKeys.has(k)) continue;
        const r = this.db.run(
          `INSERT INTO badge_award (badge_id, user_id, award_key, awarded_at, reason, post_id) VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT(badge_id, user_id, award_key) DO UPDATE SET revoked_at = NULL, awarded_at = excluded.awarded_at,
             reason = excluded.reason, post_id = excluded.post_id, seen_at = NULL
           WHERE badge_award.revoked_at IS NOT NULL`,
          [e.badgeId, userId, e.key, e.at, e.reason, e.postId],
        );
        awarded += r.changes;
      }
      for (const a of active) {
        if (expected.has(`${a.badge_id}|${a.award_key}`)) continue;
        revoked += this.db.run('UPDATE badge_award SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL', [now.toISOString(), a.id]).changes;
      }
    });
    return { awarded, revoked };
  }

  /** Re-derives every automatic award from the ledger; reports what changed. */
  backfill(onProgress?: (done: number, total: number) => void): { users: number; awarded: number; revoked: number } {
    const ids = this.db.all<{ id: number }>('SELECT id FROM app_user ORDER BY id').map((r) => r.id);
    let awarded = 0;
    let revoked = 0;
    ids.forEach((id, i) => {
      const r = this.evaluate(id);
      awarded += r.awarded;
      revoked += r.revoked;
      onProgress?.(i + 1, ids.length);
    });
    return { users: ids.length, awarded, revoked };
  }

  // ---- reading ------------------------------------------------------------------------

  private toAward(r: AwardRow, badges: Map<number, Badge>): BadgeAward {
    return {
      id: String(r.id),
      badge: badges.get(r.badge_id)!,
      user: this.users.findById(r.user_id)!,
      awardedAt: r.awarded_at,
      reason: r.reason,
      postId: r.post_id ? String(r.post_id) : null,
      grantedBy: r.granted_by_id ? this.users.findById(r.granted_by_id) : null,
      seen: r.seen_at !== null,
    };
  }

  private badgeMap(): Map<number, Badge> {
    return new Map(this.list().map((b) => [Number(b.id), b]));
  }

  /**
   * A person's badges, newest first. Awards pointing at a post are public facts (the post is
   * not anonymous: anonymous contributions never earn badges).
   */
  forUser(userId: number): BadgeAward[] {
    const badges = this.badgeMap();
    return this.db
      .all<AwardRow>('SELECT * FROM badge_award WHERE user_id = ? AND revoked_at IS NULL ORDER BY awarded_at DESC, id DESC', [userId])
      .filter((r) => badges.has(r.badge_id))
      .map((r) => this.toAward(r, badges));
  }

  holders(badgeId: number, first: number | null | undefined): BadgeAward[] {
    const limit = pageSize(first);
    const badges = this.badgeMap();
    return this.db
      .all<AwardRow>('SELECT * FROM badge_award WHERE badge_id = ? AND revoked_at IS NULL ORDER BY awarded_at DESC, id DESC LIMIT ?', [badgeId, limit])
      .map((r) => this.toAward(r, badges));
  }

  unseen(viewer: Viewer): BadgeAward[] {
    const badges = this.badgeMap();
    return this.db
      .all<AwardRow>('SELECT * FROM badge_award WHERE user_id = ? AND revoked_at IS NULL AND seen_at IS NULL ORDER BY awarded_at, id', [viewer.id])
      .filter((r) => badges.has(r.badge_id))
      .map((r) => this.toAward(r, badges));
  }

  markSeen(viewer: Viewer): number {
    return this.db.run('UPDATE badge_award SET seen_at = ? WHERE user_id = ? AND seen_at IS NULL', [new Date().toISOString(), viewer.id]).changes;
  }

  // ---- manual awards (DX office) --------------------------------------------------------

  private assertDxOffice(viewer: Viewer) {
    requireCapability(viewer, 'badges.award');
  }

  createManual(viewer: Viewer, input: CreateBadgeInput): Badge {
    this.assertDxOffice(viewer);
    const name = requireSingleLine(input.name, 'バッジ名', 40, 'name');
    const description = requireText(input.description, '説明', 300, 'description');
    assertNoBidi(description, '説明', 'description');
    if (this.db.get('SELECT 1 FROM badge WHERE code = ?', [input.code])) throw badInput(`バッジコード ${input.code} は既にあります。`, 'code');
    const sort = this.db.get<{ m: number }>('SELECT COALESCE(MAX(sort_order), 0) + 1 AS m FROM badge')!.m;
    this.db.run(
      `INSERT INTO badge (code, name, description, tier, rule, params, repeatable, sort_order, created_by_id, created_at)
       VALUES (?, ?, ?, ?, 'MANUAL', '{}', 1, ?, ?, ?)`,
      [input.code, name, description, input.tier, sort, viewer.id, new Date().toISOString()],
    );
    return this.byCode(input.code)!;
  }

  grant(viewer: Viewer, input: GrantBadgeInput): BadgeAward {
    this.assertDxOffice(viewer);
    const badge = this.db.get<BadgeRow>('SELECT * FROM badge WHERE code = ? AND retired_at IS NULL', [input.badgeCode]);
    if (!badge) throw notFound('バッジ');
    if (badge.rule !== 'MANUAL') throw badInput('このバッジは活動から自動で授与されます。手動で授与できるのは表彰バッジだけです。', 'badgeCode');
    const userId = parseId(input.userId);
    if (!userId || !this.users.findById(userId)) throw notFound('職員');
    const citation = requireText(input.citation, '表彰理由', 500, 'citation');
    assertNoBidi(citation, '表彰理由', 'citation');
    const key = optionalSingleLine(input.awardKey, '区別キー', 40, 'awardKey') ?? '';
    const r = this.db.run(
      `INSERT INTO badge_award (badge_id, user_id, award_key, awarded_at, reason, granted_by_id) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT(badge_id, user_id, award_key) DO UPDATE SET revoked_at = NULL, reason = excluded.reason,
         granted_by_id = excluded.granted_by_id, awarded_at = excluded.awarded_at, seen_at = NULL
       WHERE badge_award.revoked_at IS NOT NULL`,
      [badge.id, userId, key, new Date().toISOString(), citation, viewer.id],
    );
    if (r.changes === 0) throw badInput('この職員には既に同じ表彰が授与されています（年度などを「区別キー」に入れると別に授与できます）。', 'awardKey');
    const row = this.db.get<AwardRow>('SELECT * FROM badge_award WHERE badge_id = ? AND user_id = ? AND award_key = ?', [badge.id, userId, key])!;
    return this.toAward(row, this.badgeMap());
  }

  revokeManual(viewer: Viewer, awardIdRaw: string): boolean {
    this.assertDxOffice(viewer);
    const id = parseId(awardIdRaw);
    const row = id
      ? this.db.get<{ id: number; rule: string }>(
          'SELECT a.id, b.rule FROM badge_award a JOIN badge b ON b.id = a.badge_id WHERE a.id = ? AND a.revoked_at IS NULL',
          [id],
        )
      : undefined;
    if (!row) throw notFound('授与');
    if (row.rule !== 'MANUAL') throw badInput('自動授与のバッジは、活動の取り消しに合わせて自動で外れます。', 'awardId');
    this.db.run('UPDATE badge_award SET revoked_at = ? WHERE id = ?', [new Date().toISOString(), row.id]);
    return true;
  }
}
