import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Viewer } from '../../core/auth/viewer';
import { DbService } from '../../core/database/db.service';
import { badInput, notFound } from '../../core/errors/app-error';
import { DomainEvents } from '../../core/events/domain-events.service';
import { requireCapability } from '../../core/policy/capabilities';
import { assertNoBidi, optionalSingleLine, pageSize, parseId, requireSingleLine, requireText } from '../../core/validation/normalize';
import { AuditService } from '../audit/audit.service';
import { DEFAULT_BADGES } from '../skills/skill-defaults';
import { UsersService } from '../users/users.service';
import { BadgeAwardEntity } from './badge-award.entity';
import { Earned, groupBy, LedgerFact, reachedAt } from './badge-rules';
import { Badge, BadgeAward, CreateBadgeInput, GrantBadgeInput } from './badge.model';
import { BadgeRow, BadgesRepository } from './badges.repository';

const COUNT_LABEL: Record<string, (min: number, title: string) => string> = {
  QUESTION_POSTED: (min, title) => (min === 1 ? `質問「${title}」を投稿しました` : `質問を${min}件投稿しました`),
  ANSWER_POSTED: (min, title) => (min === 1 ? `「${title}」に回答しました` : `回答を${min}件投稿しました`),
  CASE_POSTED: (min, title) => (min === 1 ? `事例「${title}」を共有しました` : `事例を${min}件共有しました`),
  IDEA_POSTED: (min, title) => (min === 1 ? `アイデア「${title}」を投稿しました` : `アイデアを${min}件投稿しました`),
  ANSWER_ACCEPTED: (min, title) =>
    min === 1 ? `「${title}」への回答がベストアンサーに選ばれました` : `ベストアンサーに${min}回選ばれました（${min}回目は「${title}」）`,
  STAMP_RECEIVED: (min) => `「応援」を${min}回受け取りました`,
  STAMP_GIVEN: (min) => `仲間に「応援」を${min}回送りました`,
  POST_FEATURED: (min, title) => (min === 1 ? `「${title}」が優良事例に選ばれました` : `優良事例に${min}回選ばれました`),
  CASE_ADOPTED: (min, title) =>
    min === 1 ? `事例「${title}」がほかの部署で導入されました` : `事例がほかの部署で${min}回導入されました（${min}回目は「${title}」）`,
};

/** Ledger kinds one earns by one's own act (a badge counting them is not notified, see Earned.ownAct). */
const OWN_ACT_KINDS = new Set(['QUESTION_POSTED', 'ANSWER_POSTED', 'CASE_POSTED', 'IDEA_POSTED', 'STAMP_GIVEN']);

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
    private readonly repo: BadgesRepository,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly events: DomainEvents,
  ) {}

  /** Evaluation after each committed action is wired in badges.events.ts (BadgeEvents). */
  onApplicationBootstrap(): void {
    this.ensureDefaults();
  }

  /** Re-evaluates everyone whose answer was accepted on these posts (after a retag). */
  evaluateContributorsOf(postIds: number[]): void {
    for (const userId of this.repo.acceptedAnswerersOn(postIds)) this.evaluate(userId);
  }

  ensureDefaults(): void {
    const now = new Date().toISOString();
    DEFAULT_BADGES.forEach((b, i) =>
      this.repo.insertDefaultIfAbsent({
        code: b.code,
        name: b.name,
        description: b.description,
        tier: b.tier,
        rule: b.rule,
        params: JSON.stringify(b.params),
        repeatable: b.repeatable ? 1 : 0,
        sort_order: i,
        created_at: now,
      }),
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
    return this.repo.listLiveWithHolders().map((r) => this.toBadge(r));
  }

  byCode(code: string): Badge | null {
    return this.list().find((b) => b.code === code) ?? null;
  }

  // ---- rules --------------------------------------------------------------------------

  /** What should be held now: key "badgeId|awardKey" → when and why. */
  expected(userId: number): Map<string, Earned & { badgeId: number }> {
    const badges = this.repo.liveAutomatic();
    const facts = this.repo.factsOf(userId);
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
        if (hit)
          put('', {
            at: hit.at,
            postId: hit.postId,
            reason: (COUNT_LABEL[p.kind!] ?? ((m: number) => `${m}件`))(p.min, title(hit.postId)),
            ownAct: OWN_ACT_KINDS.has(p.kind!),
          });
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
    return new Map(this.repo.postTitles(ids).map((r) => [r.id, r.title]));
  }

  private skillsOfPosts(postIds: number[]): Map<number, { code: string; name: string }[]> {
    const ids = [...new Set(postIds)];
    if (ids.length === 0) return new Map();
    const rows = this.repo.skillsOfPosts(ids);
    const m = new Map<number, { code: string; name: string }[]>();
    for (const r of rows) m.set(r.post_id, [...(m.get(r.post_id) ?? []), { code: r.code, name: r.name }]);
    return m;
  }

  /** Grants what holds and revokes what no longer does, for one person. Idempotent. */
  evaluate(userId: number, now: Date = new Date()): { awarded: number; revoked: number } {
    const expected = this.expected(userId);
    const active = this.repo.activeAutomaticAwardsOf(userId);
    const activeKeys = new Set(active.map((a) => `${a.badge_id}|${a.award_key}`));
    let awarded = 0;
    let revoked = 0;
    this.db.tx(() => {
      for (const [k, e] of expected) {
        if (activeKeys.has(k)) continue;
        const n = this.repo.awardEarned({ badge_id: e.badgeId, user_id: userId, award_key: e.key, awarded_at: e.at, reason: e.reason, post_id: e.postId });
        if (n > 0 && !e.ownAct) this.announce(e.badgeId, userId, e.key, e.postId, null, now);
        awarded += n;
      }
      for (const a of active) {
        if (expected.has(`${a.badge_id}|${a.award_key}`)) continue;
        revoked += this.repo.revokeIfActive(a.id, now.toISOString());
      }
    });
    return { awarded, revoked };
  }

  /** The fact `badge.awarded` (durable: the holder's notification), in the award's transaction. */
  private announce(badgeId: number, userId: number, key: string, postId: number | null, byId: number | null, now: Date): void {
    const award = this.repo.findAward(badgeId, userId, key)!;
    this.events.emit('badge.awarded', { awardId: award.id, badgeId, userId, postId, byId, at: now.toISOString() });
  }

  /** Re-derives every automatic award from the ledger; reports what changed. */
  backfill(onProgress?: (done: number, total: number) => void): { users: number; awarded: number; revoked: number } {
    const ids = this.repo.allUserIds();
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

  private toAward(r: BadgeAwardEntity, badges: Map<number, Badge>): BadgeAward {
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
    return this.repo
      .activeAwardsOf(userId)
      .filter((r) => badges.has(r.badge_id))
      .map((r) => this.toAward(r, badges));
  }

  holders(badgeId: number, first: number | null | undefined): BadgeAward[] {
    const limit = pageSize(first);
    const badges = this.badgeMap();
    return this.repo.activeAwardsOfBadge(badgeId, limit).map((r) => this.toAward(r, badges));
  }

  unseen(viewer: Viewer): BadgeAward[] {
    const badges = this.badgeMap();
    return this.repo
      .unseenAwardsOf(viewer.id)
      .filter((r) => badges.has(r.badge_id))
      .map((r) => this.toAward(r, badges));
  }

  markSeen(viewer: Viewer): number {
    return this.repo.markSeen(viewer.id, new Date().toISOString());
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
    if (this.repo.codeExists(input.code)) throw badInput(`バッジコード ${input.code} は既にあります。`, 'code');
    this.db.tx(() => {
      const sort = this.repo.nextSortOrder();
      this.repo.insertManual({
        code: input.code,
        name,
        description,
        tier: input.tier,
        sort_order: sort,
        created_by_id: viewer.id,
        created_at: new Date().toISOString(),
      });
      this.audit.record(viewer.id, 'BADGE_CREATED', 'BADGE', null, { code: input.code, name, tier: input.tier });
    });
    return this.byCode(input.code)!;
  }

  grant(viewer: Viewer, input: GrantBadgeInput): BadgeAward {
    this.assertDxOffice(viewer);
    const badge = this.repo.findLiveByCode(input.badgeCode);
    if (!badge) throw notFound('バッジ');
    if (badge.rule !== 'MANUAL') throw badInput('このバッジは活動から自動で授与されます。手動で授与できるのは表彰バッジだけです。', 'badgeCode');
    const userId = parseId(input.userId);
    if (!userId || !this.users.findById(userId)) throw notFound('職員');
    const citation = requireText(input.citation, '表彰理由', 500, 'citation');
    assertNoBidi(citation, '表彰理由', 'citation');
    const key = optionalSingleLine(input.awardKey, '区別キー', 40, 'awardKey') ?? '';
    const changes = this.db.tx(() => {
      const n = this.repo.grantManual({
        badge_id: badge.id,
        user_id: userId,
        award_key: key,
        awarded_at: new Date().toISOString(),
        reason: citation,
        granted_by_id: viewer.id,
      });
      if (n > 0) {
        this.audit.record(viewer.id, 'BADGE_AWARDED', 'USER', userId, { badge: badge.code, awardKey: key, citation });
        this.announce(badge.id, userId, key, null, viewer.id, new Date());
      }
      return n;
    });
    if (changes === 0) throw badInput('この職員には既に同じ表彰が授与されています（年度などを「区別キー」に入れると別に授与できます）。', 'awardKey');
    const row = this.repo.findAward(badge.id, userId, key)!;
    return this.toAward(row, this.badgeMap());
  }

  revokeManual(viewer: Viewer, awardIdRaw: string): boolean {
    this.assertDxOffice(viewer);
    const id = parseId(awardIdRaw);
    const row = id ? this.repo.findActiveAwardWithRule(id) : undefined;
    if (!row) throw notFound('授与');
    if (row.rule !== 'MANUAL') throw badInput('自動授与のバッジは、活動の取り消しに合わせて自動で外れます。', 'awardId');
    this.db.tx(() => {
      this.repo.revoke(row.id, new Date().toISOString());
      this.audit.record(viewer.id, 'BADGE_AWARD_REVOKED', 'USER', row.user_id, { awardId: row.id, badge: row.code });
    });
    return true;
  }
}
