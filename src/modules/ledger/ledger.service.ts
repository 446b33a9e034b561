import { Injectable } from '@nestjs/common';
import { DbService } from '../../core/database/db.service';
import { DomainEvents } from '../../core/events/domain-events.service';
import { fiscalYear } from '../../core/time/jst';
import { UsersService } from '../users/users.service';
import { ContributionKind, StampKind } from './contribution-kinds';
import { PointsConfigService } from './points-config.service';

export interface ContributionFact {
  kind: ContributionKind;
  userId: number;
  postId?: number | null;
  answerId?: number | null;
  commentId?: number | null;
  targetType?: 'POST' | 'ANSWER' | 'COMMENT' | null;
  targetId?: number | null;
  stamp?: StampKind | null;
  actorId?: number | null;
}

export interface ReverseFilter {
  kind?: ContributionKind;
  userId?: number;
  postId?: number;
  answerId?: number;
  commentId?: number;
  targetType?: string;
  targetId?: number;
  stamp?: string;
  actorId?: number;
}

const FILTER_COLUMNS: Record<keyof ReverseFilter, string> = {
  kind: 'kind',
  userId: 'user_id',
  postId: 'post_id',
  answerId: 'answer_id',
  commentId: 'comment_id',
  targetType: 'target_type',
  targetId: 'target_id',
  stamp: 'stamp',
  actorId: 'actor_id',
};

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
    const p = this.db.get<{ anonymous: number; author_id: number }>('SELECT anonymous, author_id FROM post WHERE id = ?', [fact.postId]);
    return !!p && p.anonymous === 1 && p.author_id === fact.userId;
  }

  /** Appends an entry (in the caller's transaction, or in its own when there is none). */
  record(fact: ContributionFact, at: Date = new Date()): number {
    return this.db.tx(() => {
      const anonymous = this.isAnonymous(fact);
      const entryId = this.db.insert(
        `INSERT INTO contribution (occurred_at, fiscal_year, user_id, department_id, kind, delta, points, post_id,
           answer_id, comment_id, target_type, target_id, stamp, actor_id, anonymous)
         VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          at.toISOString(),
          fiscalYear(at),
          fact.userId,
          this.users.departmentIdAt(fact.userId, at),
          fact.kind,
          this.points.pointsFor(fact.kind, fact.stamp),
          fact.postId ?? null,
          fact.answerId ?? null,
          fact.commentId ?? null,
          fact.targetType ?? null,
          fact.targetId ?? null,
          fact.stamp ?? null,
          fact.actorId ?? fact.userId,
          anonymous ? 1 : 0,
        ],
      );
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
    const keys = (Object.keys(filter) as (keyof ReverseFilter)[]).filter((k) => filter[k] !== undefined);
    if (keys.length === 0) throw new Error('reverseOpen needs a filter');
    const where = keys.map((k) => `c.${FILTER_COLUMNS[k]} = ?`).join(' AND ');
    return this.db.tx(() => {
      const open = this.db.all<{ id: number; user_id: number; kind: string; post_id: number | null }>(
        `SELECT c.id, c.user_id, c.kind, c.post_id FROM contribution c
          WHERE ${where} AND c.delta = 1
            AND NOT EXISTS (SELECT 1 FROM contribution r WHERE r.reverses_id = c.id)`,
        keys.map((k) => filter[k]),
      );
      for (const { id, user_id, kind, post_id } of open) {
        const entryId = this.db.insert(
          `INSERT INTO contribution (occurred_at, fiscal_year, user_id, department_id, kind, delta, points, post_id,
             answer_id, comment_id, target_type, target_id, stamp, actor_id, anonymous, reverses_id)
           SELECT ?, ?, user_id, department_id, kind, -1, -points, post_id, answer_id, comment_id, target_type,
             target_id, stamp, actor_id, anonymous, id
           FROM contribution WHERE id = ?`,
          [at.toISOString(), fiscalYear(at), id],
        );
        this.events.emit('contribution.reversed', { entryId, reversesId: id, userId: user_id, kind, postId: post_id, at: at.toISOString() });
      }
      return open.length;
    });
  }
}
