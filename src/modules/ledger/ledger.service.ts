import { Injectable } from '@nestjs/common';
import { DbService } from '../../core/database/db.service';
import { DomainEvents } from '../../core/events/domain-events.service';
import { fiscalYear } from '../../core/time/jst';
import { UsersService } from '../users/users.service';
import { ContributionKind, StampKind } from './contribution-kinds';
import { entryKey, expectedFacts } from './ledger-verifier';
import { LedgerRepository, ReverseFilter } from './ledger.repository';
import { PointsConfigService } from './points-config.service';

export interface ContributionFact {
  kind: ContributionKind;
  userId: number;
  postId?: number | null;
  answerId?: number | null;
  commentId?: number | null;
  /** what the fact is about when it is not the post, answer or comment itself (stamps; ADOPTION for CASE_ADOPTED) */
  targetType?: 'POST' | 'ANSWER' | 'COMMENT' | 'ADOPTION' | null;
  targetId?: number | null;
  stamp?: StampKind | null;
  actorId?: number | null;
}

export type { ReverseFilter };

/**
 * The append-only contribution ledger. Its writes are in-transaction handlers of the domain
 * events (LedgerEvents), so every fact commits with the action that produced it. Undo never
 * edits: it appends a compensating entry (delta -1, negated points) that points at the entry
 * it reverses. Each entry is itself a fact (`contribution.recorded` / `contribution.reversed`):
 * badges are re-evaluated after commit, once per person whose ledger changed.
 */
@Injectable()
export class LedgerService {
  constructor(
    private readonly db: DbService,
    private readonly repo: LedgerRepository,
    private readonly users: UsersService,
    private readonly points: PointsConfigService,
    private readonly events: DomainEvents,
  ) {}

  /**
   * Anonymity is a property of the thread: every fact of the asker within their anonymous
   * question (the question, their own answers and comments there, stamps they give or receive
   * there) is anonymous, so it never reaches a badge, a count, a skill record or evidence
   * that could tell who asked. Decided here, once, for every kind of fact.
   */
  private isAnonymous(fact: ContributionFact): boolean {
    if (!fact.postId) return false;
    const p = this.repo.findThreadAsker(fact.postId);
    return !!p && p.anonymous === 1 && p.author_id === fact.userId;
  }

  /** Appends an entry (in the caller's transaction, or in its own when there is none). */
  record(fact: ContributionFact, at: Date = new Date()): number {
    return this.db.tx(() => {
      const anonymous = this.isAnonymous(fact);
      const entryId = this.repo.insertEntry({
        occurred_at: at.toISOString(),
        fiscal_year: fiscalYear(at),
        user_id: fact.userId,
        department_id: this.users.departmentIdAt(fact.userId, at),
        kind: fact.kind,
        points: this.points.pointsFor(fact.kind, fact.stamp),
        post_id: fact.postId ?? null,
        answer_id: fact.answerId ?? null,
        comment_id: fact.commentId ?? null,
        target_type: fact.targetType ?? null,
        target_id: fact.targetId ?? null,
        stamp: fact.stamp ?? null,
        actor_id: fact.actorId ?? fact.userId,
        anonymous: anonymous ? 1 : 0,
      });
      this.events.emit('contribution.recorded', {
        entryId,
        userId: fact.userId,
        kind: fact.kind,
        postId: fact.postId ?? null,
        anonymous,
        at: at.toISOString(),
      });
      return entryId;
    });
  }

  /**
   * Appends a reversal for every entry matching the filter that is still in force. The
   * reversal keeps the original's department and actor (the fact's identity) but is dated
   * now, so 年度 statistics show when it was withdrawn.
   */
  reverseOpen(filter: ReverseFilter, at: Date = new Date()): number {
    if (Object.values(filter).every((v) => v === undefined)) throw new Error('reverseOpen needs a filter');
    return this.db.tx(() => {
      const open = this.repo.findOpen(filter);
      for (const { id, user_id, kind, post_id } of open) {
        const entryId = this.repo.insertReversal(id, at.toISOString(), fiscalYear(at));
        this.events.emit('contribution.reversed', { entryId, reversesId: id, userId: user_id, kind, postId: post_id, at: at.toISOString() });
      }
      return open.length;
    });
  }

  /**
   * Brings one post's facts in line with its source rows (moderation: hiding withdraws what
   * the hidden content earned, restoring re-credits it). A fact the ledger holds but the
   * content no longer justifies is reversed, dated `at`; a fact it justifies again is
   * re-credited as the entry it was — same person, department, time, 年度 and points — so
   * statistics and the skill record are as if it had never been hidden. Returns how many
   * entries were appended.
   */
  reconcilePost(postId: number, at: Date = new Date()): { reversed: number; recredited: number } {
    return this.db.tx(() => {
      const expected = expectedFacts(this.repo, postId);
      const entries = this.repo.entriesOfPost(postId);
      const reversedIds = new Set(entries.filter((e) => e.reverses_id !== null).map((e) => e.reverses_id!));
      const byKey = new Map<string, { open: typeof entries; reversed: typeof entries }>();
      for (const e of entries) {
        if (e.reverses_id !== null) continue;
        const k = entryKey(e);
        const g = byKey.get(k) ?? { open: [], reversed: [] };
        (reversedIds.has(e.id) ? g.reversed : g.open).push(e);
        byKey.set(k, g);
      }
      let reversed = 0;
      let recredited = 0;
      const iso = at.toISOString();
      for (const [k, g] of byKey) {
        const want = expected.get(k)?.count ?? 0;
        for (const e of g.open.slice(want).reverse()) {
          const entryId = this.repo.insertReversal(e.id, iso, fiscalYear(at));
          this.events.emit('contribution.reversed', { entryId, reversesId: e.id, userId: e.user_id, kind: e.kind, postId: e.post_id, at: iso });
          reversed++;
        }
      }
      for (const [k, { count, fact }] of expected) {
        const g = byKey.get(k);
        let missing = count - (g?.open.length ?? 0);
        const candidates = [...(g?.reversed ?? [])].reverse();
        while (missing-- > 0) {
          const original = candidates.shift();
          if (original) {
            const entryId = this.repo.insertCopy(original.id);
            this.events.emit('contribution.recorded', {
              entryId,
              userId: original.user_id,
              kind: original.kind,
              postId: original.post_id,
              anonymous: original.anonymous === 1,
              at: original.occurred_at,
            });
          } else {
            this.record(
              {
                kind: fact.kind as ContributionKind,
                userId: fact.userId,
                postId: fact.post,
                answerId: fact.answer,
                commentId: fact.comment,
                targetType: fact.tt as ContributionFact['targetType'],
                targetId: fact.tid,
                stamp: fact.stamp as StampKind | null,
                actorId: fact.actor,
              },
              at,
            );
          }
          recredited++;
        }
      }
      return { reversed, recredited };
    });
  }
}
