import { Injectable } from '@nestjs/common';
import { Viewer } from '../../core/auth/viewer';
import { DbService } from '../../core/database/db.service';
import { notFound } from '../../core/errors/app-error';
import { DomainEvents } from '../../core/events/domain-events.service';
import { requireAllowed, stampTargetDenial } from '../../core/policy/object-policy';
import { parseId } from '../../core/validation/normalize';
import { ReactionTargetType, Stamp } from '../posts/content.enums';
import { ReactionSummary } from '../posts/post.model';
import { ReactInput } from './dto/react.input';

const TABLE: Record<ReactionTargetType, string> = { POST: 'post', ANSWER: 'answer', COMMENT: 'comment' };
const COUNT_COLUMN: Record<Stamp, string> = { CHEER: 'cheer_count', HELPFUL: 'helpful_count', THANKS: 'thanks_count' };

interface Target {
  ownerId: number;
  postId: number;
  answerId: number | null;
  commentId: number | null;
}

export const reactionKey = (type: ReactionTargetType, id: number | string) => `${type}:${id}`;

@Injectable()
export class ReactionsService {
  constructor(
    private readonly db: DbService,
    private readonly events: DomainEvents,
  ) {}

  private target(type: ReactionTargetType, id: number | null): Target {
    const label = { POST: '投稿', ANSWER: '回答', COMMENT: 'コメント' }[type];
    if (!id) throw notFound(label);
    let r: { owner: number; post_id: number; answer_id: number | null; comment_id: number | null } | undefined;
    if (type === ReactionTargetType.POST) {
      r = this.db.get('SELECT author_id AS owner, id AS post_id, NULL AS answer_id, NULL AS comment_id FROM post WHERE id = ? AND deleted_at IS NULL', [id]);
    } else if (type === ReactionTargetType.ANSWER) {
      r = this.db.get(
        `SELECT a.author_id AS owner, a.post_id, a.id AS answer_id, NULL AS comment_id
           FROM answer a JOIN post p ON p.id = a.post_id WHERE a.id = ? AND a.deleted_at IS NULL AND p.deleted_at IS NULL`,
        [id],
      );
    } else {
      r = this.db.get(
        `SELECT c.author_id AS owner, c.post_id, c.answer_id, c.id AS comment_id
           FROM comment c JOIN post p ON p.id = c.post_id LEFT JOIN answer a ON a.id = c.answer_id
          WHERE c.id = ? AND c.deleted_at IS NULL AND p.deleted_at IS NULL AND (c.answer_id IS NULL OR a.deleted_at IS NULL)`,
        [id],
      );
    }
    if (!r) throw notFound(label);
    return { ownerId: r.owner, postId: r.post_id, answerId: r.answer_id, commentId: r.comment_id };
  }

  summary(type: ReactionTargetType, id: number, viewerId: number): ReactionSummary {
    const c = this.db.get<{ cheer_count: number; helpful_count: number; thanks_count: number }>(
      `SELECT cheer_count, helpful_count, thanks_count FROM ${TABLE[type]} WHERE id = ?`,
      [id],
    )!;
    return {
      cheer: c.cheer_count,
      helpful: c.helpful_count,
      thanks: c.thanks_count,
      targetType: type,
      targetId: String(id),
      viewerStampsValue: this.viewerStamps(viewerId, [reactionKey(type, id)])[0],
    };
  }

  /** Which stamps the viewer gave, for keys like "ANSWER:12". */
  viewerStamps(viewerId: number, keys: readonly string[]): Stamp[][] {
    const rows = this.db.all<{ target_type: string; target_id: number; stamp: Stamp }>(
      `SELECT target_type, target_id, stamp FROM reaction WHERE user_id = ? AND (target_type || ':' || target_id) IN (${keys.map(() => '?').join(',')})
        ORDER BY CASE stamp WHEN 'CHEER' THEN 0 WHEN 'HELPFUL' THEN 1 ELSE 2 END`,
      [viewerId, ...keys],
    );
    const m = new Map<string, Stamp[]>();
    for (const r of rows) {
      const k = `${r.target_type}:${r.target_id}`;
      m.set(k, [...(m.get(k) ?? []), r.stamp]);
    }
    return keys.map((k) => m.get(k) ?? []);
  }

  /**
   * One stamp of each kind per person per target. Idempotent: the UNIQUE constraint and the
   * serialised transaction make 20 identical concurrent calls leave exactly one stamp and one
   * pair of ledger entries.
   */
  react(viewer: Viewer, input: ReactInput, at: Date = new Date()): ReactionSummary {
    const id = parseId(input.targetId);
    const t = this.target(input.targetType, id);
    requireAllowed(stampTargetDenial(viewer, { authorId: t.ownerId }, 'content.react'));
    this.db.tx(() => {
      const res = this.db.run(
        `INSERT INTO reaction (user_id, target_type, target_id, stamp, post_id, created_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (user_id, target_type, target_id, stamp) DO NOTHING`,
        [viewer.id, input.targetType, id, input.stamp, t.postId, at.toISOString()],
      );
      if (res.changes === 0) return;
      this.db.run(`UPDATE ${TABLE[input.targetType]} SET ${COUNT_COLUMN[input.stamp]} = ${COUNT_COLUMN[input.stamp]} + 1 WHERE id = ?`, [id]);
      this.events.emit('reaction.added', {
        giverId: viewer.id,
        ownerId: t.ownerId,
        targetType: input.targetType,
        targetId: id!,
        stamp: input.stamp,
        postId: t.postId,
        answerId: t.answerId,
        commentId: t.commentId,
        at: at.toISOString(),
      });
    });
    return this.summary(input.targetType, id!, viewer.id);
  }

  unreact(viewer: Viewer, input: ReactInput, at: Date = new Date()): ReactionSummary {
    const id = parseId(input.targetId);
    const t = this.target(input.targetType, id);
    requireAllowed(stampTargetDenial(viewer, { authorId: t.ownerId }, 'content.react'));
    this.db.tx(() => {
      const res = this.db.run('DELETE FROM reaction WHERE user_id = ? AND target_type = ? AND target_id = ? AND stamp = ?', [
        viewer.id,
        input.targetType,
        id,
        input.stamp,
      ]);
      if (res.changes === 0) return;
      this.db.run(`UPDATE ${TABLE[input.targetType]} SET ${COUNT_COLUMN[input.stamp]} = ${COUNT_COLUMN[input.stamp]} - 1 WHERE id = ?`, [id]);
      this.events.emit('reaction.removed', {
        giverId: viewer.id,
        ownerId: t.ownerId,
        targetType: input.targetType,
        targetId: id!,
        stamp: input.stamp,
        postId: t.postId,
        at: at.toISOString(),
      });
    });
    return this.summary(input.targetType, id!, viewer.id);
  }
}
