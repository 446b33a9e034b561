import { Injectable } from '@nestjs/common';
import { DbService } from '../../core/database/db.service';
import { placeholders } from '../../core/graphql/loaders';
import { CommentEntity } from '../comments/comment.entity';
import { ReactionTargetType, Stamp } from '../posts/content.enums';
import { PostEntity } from '../posts/post.entity';
import { ReactionEntity } from './reaction.entity';

/** Where each kind of target lives, and which counter each stamp keeps on it. */
const TABLE: Record<ReactionTargetType, string> = { POST: 'post', ANSWER: 'answer', COMMENT: 'comment' };
const COUNT_COLUMN: Record<Stamp, string> = { CHEER: 'cheer_count', HELPFUL: 'helpful_count', THANKS: 'thanks_count' };

/** A stampable target: who owns it and where it sits in its thread. */
export interface StampTargetRow {
  owner: PostEntity['author_id'];
  post_id: ReactionEntity['post_id'];
  answer_id: CommentEntity['answer_id'];
  comment_id: CommentEntity['id'] | null;
}

/** The stamp counters every target keeps (post, answer and comment have the same three columns). */
export type StampCounts = Pick<PostEntity, 'cheer_count' | 'helpful_count' | 'thanks_count'>;

/** A stamp someone gave, as the viewer's own stamps are read. */
export type GivenStampRow = Pick<ReactionEntity, 'target_type' | 'target_id'> & { stamp: Stamp };

/** One stamp of one person on one target. */
export interface StampKey {
  userId: number;
  targetType: ReactionTargetType;
  targetId: number;
  stamp: Stamp;
}

/**
 * SQL for stamps (the `reaction` table) and the counters they keep on posts, answers and comments.
 *
 * Every method is synchronous on purpose: the service calls the writes inside `DbService.tx`, a
 * better-sqlite3 IMMEDIATE transaction whose callback never awaits. Together with the UNIQUE
 * constraint that `insertIfAbsent` relies on, that is why 20 concurrent identical stamps leave
 * exactly one row, one counter increment and one pair of ledger entries.
 */
@Injectable()
export class ReactionsRepository {
  constructor(private readonly db: DbService) {}

  /** A live target (its post live too; a comment's answer live too), or undefined. */
  findLiveTarget(type: ReactionTargetType, id: number): StampTargetRow | undefined {
    if (type === ReactionTargetType.POST) {
      return this.db.get<StampTargetRow>(
        'SELECT author_id AS owner, id AS post_id, NULL AS answer_id, NULL AS comment_id FROM post WHERE id = ? AND deleted_at IS NULL',
        [id],
      );
    }
    if (type === ReactionTargetType.ANSWER) {
      return this.db.get<StampTargetRow>(
        `SELECT a.author_id AS owner, a.post_id, a.id AS answer_id, NULL AS comment_id
           FROM answer a JOIN post p ON p.id = a.post_id WHERE a.id = ? AND a.deleted_at IS NULL AND p.deleted_at IS NULL`,
        [id],
      );
    }
    return this.db.get<StampTargetRow>(
      `SELECT c.author_id AS owner, c.post_id, c.answer_id, c.id AS comment_id
           FROM comment c JOIN post p ON p.id = c.post_id LEFT JOIN answer a ON a.id = c.answer_id
          WHERE c.id = ? AND c.deleted_at IS NULL AND p.deleted_at IS NULL AND (c.answer_id IS NULL OR a.deleted_at IS NULL)`,
      [id],
    );
  }

  /** The target's stamp counters (deleted or not). */
  counts(type: ReactionTargetType, id: number): StampCounts | undefined {
    return this.db.get<StampCounts>(`SELECT cheer_count, helpful_count, thanks_count FROM ${TABLE[type]} WHERE id = ?`, [id]);
  }

  /** The person's stamps on targets keyed like "ANSWER:12", in stamp order (CHEER, HELPFUL, THANKS). */
  findGivenStamps(userId: number, keys: readonly string[]): GivenStampRow[] {
    return this.db.all<GivenStampRow>(
      `SELECT target_type, target_id, stamp FROM reaction WHERE user_id = ? AND (target_type || ':' || target_id) IN (${placeholders(keys.length)})
        ORDER BY CASE stamp WHEN 'CHEER' THEN 0 WHEN 'HELPFUL' THEN 1 ELSE 2 END`,
      [userId, ...keys],
    );
  }

  /** Records the stamp unless the person already gave it; true when a row was inserted. */
  insertIfAbsent(k: StampKey, postId: number, at: string): boolean {
    const res = this.db.run(
      `INSERT INTO reaction (user_id, target_type, target_id, stamp, post_id, created_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (user_id, target_type, target_id, stamp) DO NOTHING`,
      [k.userId, k.targetType, k.targetId, k.stamp, postId, at],
    );
    return res.changes > 0;
  }

  /** Removes the stamp; true when there was one. */
  delete(k: StampKey): boolean {
    const res = this.db.run('DELETE FROM reaction WHERE user_id = ? AND target_type = ? AND target_id = ? AND stamp = ?', [
      k.userId,
      k.targetType,
      k.targetId,
      k.stamp,
    ]);
    return res.changes > 0;
  }

  incrementCount(type: ReactionTargetType, id: number, stamp: Stamp): void {
    this.db.run(`UPDATE ${TABLE[type]} SET ${COUNT_COLUMN[stamp]} = ${COUNT_COLUMN[stamp]} + 1 WHERE id = ?`, [id]);
  }

  decrementCount(type: ReactionTargetType, id: number, stamp: Stamp): void {
    this.db.run(`UPDATE ${TABLE[type]} SET ${COUNT_COLUMN[stamp]} = ${COUNT_COLUMN[stamp]} - 1 WHERE id = ?`, [id]);
  }
}
