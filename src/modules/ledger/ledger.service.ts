import { Injectable } from '@nestjs/common';
import { DbService } from '../../core/database/db.service';
import { DomainEvents } from '../../core/events/domain-events.service';
import { fiscalYear } from '../../core/time/jst';
import { UsersService } from '../users/users.service';
import { ContributionKind, StampKind } from './contribution-kinds';
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
}
