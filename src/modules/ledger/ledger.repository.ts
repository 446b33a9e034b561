import { Injectable } from '@nestjs/common';
import { AppSettingEntity } from '../../core/database/app-setting.entity';
import { DbService } from '../../core/database/db.service';
import { AnswerEntity } from '../answers/answer.entity';
import { CommentEntity } from '../comments/comment.entity';
import { PostEntity } from '../posts/post.entity';
import { ReactionEntity } from '../reactions/reaction.entity';
import { ContributionKind, StampKind } from './contribution-kinds';
import { ContributionEntity } from './contribution.entity';

/** Which entries to reverse: every given field must match (undefined fields are ignored). */
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

/** A new entry (delta 1; a reversal is written by `insertReversal`). */
export type NewEntry = Omit<ContributionEntity, 'id' | 'delta' | 'reverses_id'>;

/** An entry still in force, as `reverseOpen` reports it. */
export type OpenEntry = Pick<ContributionEntity, 'id' | 'user_id' | 'kind' | 'post_id'>;

/** Who asked in a thread, and whether anonymously. */
export type ThreadAsker = Pick<PostEntity, 'anonymous' | 'author_id'>;

/** The source rows `ledger:verify` recomputes the ledger from, and the ledger's net per fact. */
export type VerifiedPost = Pick<PostEntity, 'id' | 'author_id' | 'featured_at' | 'featured_by_id'> & { kind: 'QUESTION' | 'CASE' | 'IDEA' };
export type VerifiedAnswer = Pick<AnswerEntity, 'id' | 'post_id' | 'author_id' | 'accepted_at'> & { post_author: number };
export type VerifiedComment = Pick<CommentEntity, 'id' | 'post_id' | 'answer_id' | 'author_id'>;
export type VerifiedReaction = Pick<ReactionEntity, 'user_id' | 'target_type' | 'target_id' | 'post_id'> & {
  stamp: StampKind;
  answer_id: number | null;
  comment_id: number | null;
  owner: number;
};
export type NetFact = Pick<
  ContributionEntity,
  'kind' | 'user_id' | 'post_id' | 'answer_id' | 'comment_id' | 'target_type' | 'target_id' | 'stamp' | 'actor_id' | 'anonymous'
> & { n: number };

const POINTS_CONFIG_KEY = 'points.config';

/**
 * SQL for the contribution ledger, its points configuration and the ledger verifier's reads.
 * Synchronous better-sqlite3 statements: the writes run inside the caller's IMMEDIATE
 * transaction (DbService.tx, opened by the service), so an entry commits or rolls back with
 * the action that produced it and nothing interleaves between reading open entries and
 * reversing them. The table is append-only (triggers reject UPDATE and DELETE).
 */
@Injectable()
export class LedgerRepository {
  constructor(private readonly db: DbService) {}

  /** The asker of a thread (undefined when there is no such post). */
  findThreadAsker(postId: number): ThreadAsker | undefined {
    return this.db.get<ThreadAsker>('SELECT anonymous, author_id FROM post WHERE id = ?', [postId]);
  }

  /** Appends an entry with delta 1; returns its id. */
  insertEntry(e: NewEntry): number {
    return this.db.insert(
      `INSERT INTO contribution (occurred_at, fiscal_year, user_id, department_id, kind, delta, points, post_id,
         answer_id, comment_id, target_type, target_id, stamp, actor_id, anonymous)
       VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        e.occurred_at,
        e.fiscal_year,
        e.user_id,
        e.department_id,
        e.kind,
        e.points,
        e.post_id,
        e.answer_id,
        e.comment_id,
        e.target_type,
        e.target_id,
        e.stamp,
        e.actor_id,
        e.anonymous,
      ],
    );
  }

  /** Entries (delta 1) matching every given field that no entry reverses yet, in no particular order. */
  findOpen(filter: ReverseFilter): OpenEntry[] {
    const keys = (Object.keys(filter) as (keyof ReverseFilter)[]).filter((k) => filter[k] !== undefined);
    const where = keys.map((k) => `c.${FILTER_COLUMNS[k]} = ?`).join(' AND ');
    return this.db.all<OpenEntry>(
      `SELECT c.id, c.user_id, c.kind, c.post_id FROM contribution c
        WHERE ${where} AND c.delta = 1
          AND NOT EXISTS (SELECT 1 FROM contribution r WHERE r.reverses_id = c.id)`,
      keys.map((k) => filter[k]),
    );
  }

  /**
   * Appends the reversal of an entry: same person, department, kind, content, actor and
   * anonymity, delta -1 and negated points, dated `occurredAt`. Returns its id.
   */
  insertReversal(reversesId: number, occurredAt: string, fiscalYear: number): number {
    return this.db.insert(
      `INSERT INTO contribution (occurred_at, fiscal_year, user_id, department_id, kind, delta, points, post_id,
         answer_id, comment_id, target_type, target_id, stamp, actor_id, anonymous, reverses_id)
       SELECT ?, ?, user_id, department_id, kind, -1, -points, post_id, answer_id, comment_id, target_type,
         target_id, stamp, actor_id, anonymous, id
       FROM contribution WHERE id = ?`,
      [occurredAt, fiscalYear, reversesId],
    );
  }

  /** The stored points configuration (JSON), if any. */
  findPointsConfig(): string | undefined {
    return this.db.get<Pick<AppSettingEntity, 'value'>>('SELECT value FROM app_setting WHERE key = ?', [POINTS_CONFIG_KEY])?.value;
  }

  savePointsConfig(json: string, updatedAt: string): void {
    this.db.run(
      `INSERT INTO app_setting (key, value, updated_at) VALUES (?, ?, ?)
       ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
      [POINTS_CONFIG_KEY, json, updatedAt],
    );
  }

  // ledger:verify — read-only; the rules that turn these rows into facts live in ledger-verifier.ts.

  /** Every entry about one post (originals and reversals), oldest first. */
  entriesOfPost(postId: number): ContributionEntity[] {
    return this.db.all<ContributionEntity>('SELECT * FROM contribution WHERE post_id = ? ORDER BY id', [postId]);
  }

  /** Appends a new entry copying an earlier (reversed) one: same person, department, time, 年度, points and anonymity. */
  insertCopy(originalId: number): number {
    return this.db.insert(
      `INSERT INTO contribution (occurred_at, fiscal_year, user_id, department_id, kind, delta, points, post_id,
         answer_id, comment_id, target_type, target_id, stamp, actor_id, anonymous)
       SELECT occurred_at, fiscal_year, user_id, department_id, kind, 1, points, post_id, answer_id, comment_id, target_type,
         target_id, stamp, actor_id, anonymous
       FROM contribution WHERE id = ?`,
      [originalId],
    );
  }

  /** Posts asked anonymously (deleted ones included). */
  anonymousPosts(): Pick<PostEntity, 'id' | 'author_id'>[] {
    return this.db.all<Pick<PostEntity, 'id' | 'author_id'>>('SELECT id, author_id FROM post WHERE anonymous = 1');
  }

  // Each read below takes an optional post: the verification of one thread (reconcilePost).

  livePosts(postId?: number): VerifiedPost[] {
    return this.db.all<VerifiedPost>(
      `SELECT id, kind, author_id, featured_at, featured_by_id FROM post WHERE deleted_at IS NULL AND hidden_at IS NULL ${postId ? 'AND id = ?' : ''}`,
      postId ? [postId] : [],
    );
  }

  /** Adoptions (横展開) on live cases that credit the case's author: 導入中 or 導入済み, by another department. */
  creditedAdoptions(postId?: number): { id: number; post_id: number; case_author: number }[] {
    return this.db.all(
      `SELECT ad.id, ad.post_id, p.author_id AS case_author FROM adoption ad JOIN post p ON p.id = ad.post_id
        WHERE ad.status IN ('IN_PROGRESS', 'ADOPTED') AND p.deleted_at IS NULL AND p.hidden_at IS NULL ${postId ? 'AND p.id = ?' : ''}`,
      postId ? [postId] : [],
    );
  }

  /** Answers that are not deleted, on posts that are not deleted, with the asker. */
  liveAnswers(postId?: number): VerifiedAnswer[] {
    return this.db.all<VerifiedAnswer>(
      `SELECT a.id, a.post_id, a.author_id, a.accepted_at, p.author_id AS post_author
         FROM answer a JOIN post p ON p.id = a.post_id
        WHERE a.deleted_at IS NULL AND a.hidden_at IS NULL AND p.deleted_at IS NULL AND p.hidden_at IS NULL ${postId ? 'AND p.id = ?' : ''}`,
      postId ? [postId] : [],
    );
  }

  /** Comments that are not deleted, on a live post and (for comments on an answer) a live answer. */
  liveComments(postId?: number): VerifiedComment[] {
    return this.db.all<VerifiedComment>(
      `SELECT c.id, c.post_id, c.answer_id, c.author_id FROM comment c JOIN post p ON p.id = c.post_id
         LEFT JOIN answer a ON a.id = c.answer_id
        WHERE c.deleted_at IS NULL AND c.hidden_at IS NULL AND p.deleted_at IS NULL AND p.hidden_at IS NULL
          AND (c.answer_id IS NULL OR (a.deleted_at IS NULL AND a.hidden_at IS NULL)) ${postId ? 'AND p.id = ?' : ''}`,
      postId ? [postId] : [],
    );
  }

  /** Stamps on live content, with the content's answer, comment and owner (its author). */
  liveReactions(postId?: number): VerifiedReaction[] {
    return this.db.all<VerifiedReaction>(
      `SELECT r.user_id, r.target_type, r.target_id, r.stamp, r.post_id,
              CASE r.target_type WHEN 'ANSWER' THEN r.target_id WHEN 'COMMENT' THEN c.answer_id END AS answer_id,
              CASE r.target_type WHEN 'COMMENT' THEN r.target_id END AS comment_id,
              CASE r.target_type WHEN 'POST' THEN p.author_id WHEN 'ANSWER' THEN a.author_id ELSE c.author_id END AS owner
         FROM reaction r
         JOIN post p ON p.id = r.post_id
         LEFT JOIN answer a ON r.target_type = 'ANSWER' AND a.id = r.target_id
         LEFT JOIN comment c ON r.target_type = 'COMMENT' AND c.id = r.target_id
         LEFT JOIN answer ca ON ca.id = c.answer_id
        WHERE p.deleted_at IS NULL AND p.hidden_at IS NULL
          AND (r.target_type <> 'ANSWER' OR (a.deleted_at IS NULL AND a.hidden_at IS NULL))
          AND (r.target_type <> 'COMMENT' OR (c.deleted_at IS NULL AND c.hidden_at IS NULL
               AND (c.answer_id IS NULL OR (ca.deleted_at IS NULL AND ca.hidden_at IS NULL)))) ${postId ? 'AND p.id = ?' : ''}`,
      postId ? [postId] : [],
    );
  }

  countEntries(): number {
    return this.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM contribution')!.n;
  }

  /** The ledger's net (entries minus reversals) per fact; who accepted an answer or recorded an adoption is left out (NULL). */
  netFacts(): NetFact[] {
    return this.db.all<NetFact>(
      `SELECT kind, user_id, post_id, answer_id, comment_id, target_type, target_id, stamp,
              CASE WHEN kind IN ('ANSWER_ACCEPTED', 'CASE_ADOPTED') THEN NULL ELSE actor_id END AS actor_id,
              anonymous, SUM(delta) AS n
         FROM contribution
        GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10`,
    );
  }

  /** Reversals that do not mirror the entry they reverse (delta, points, person, kind or content differ). */
  unmirroredReversalIds(): number[] {
    return this.db
      .all<Pick<ContributionEntity, 'id'>>(
        `SELECT r.id FROM contribution r JOIN contribution o ON o.id = r.reverses_id
          WHERE r.delta <> -1 OR o.delta <> 1 OR r.points <> -o.points OR r.user_id <> o.user_id OR r.kind <> o.kind
             OR IFNULL(r.post_id, 0) <> IFNULL(o.post_id, 0) OR IFNULL(r.answer_id, 0) <> IFNULL(o.answer_id, 0)
             OR IFNULL(r.comment_id, 0) <> IFNULL(o.comment_id, 0) OR IFNULL(r.stamp, '') <> IFNULL(o.stamp, '')`,
      )
      .map((r) => r.id);
  }

  /** Reversals (delta -1) that name no entry they reverse. */
  countOrphanReversals(): number {
    return this.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM contribution WHERE delta = -1 AND reverses_id IS NULL')!.n;
  }
}
