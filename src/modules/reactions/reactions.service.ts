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
import { ReactionsRepository } from './reactions.repository';

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
    private readonly repo: ReactionsRepository,
    private readonly events: DomainEvents,
  ) {}

  private target(type: ReactionTargetType, id: number | null): Target {
    const label = { POST: '投稿', ANSWER: '回答', COMMENT: 'コメント' }[type];
    if (!id) throw notFound(label);
    const r = this.repo.findLiveTarget(type, id);
    if (!r) throw notFound(label);
    return { ownerId: r.owner, postId: r.post_id, answerId: r.answer_id, commentId: r.comment_id };
  }

  summary(type: ReactionTargetType, id: number, viewerId: number): ReactionSummary {
    const c = this.repo.counts(type, id)!;
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
    const rows = this.repo.findGivenStamps(viewerId, keys);
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
      const inserted = this.repo.insertIfAbsent(
        { userId: viewer.id, targetType: input.targetType, targetId: id!, stamp: input.stamp },
        t.postId,
        at.toISOString(),
      );
      if (!inserted) return;
      this.repo.incrementCount(input.targetType, id!, input.stamp);
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
      const deleted = this.repo.delete({ userId: viewer.id, targetType: input.targetType, targetId: id!, stamp: input.stamp });
      if (!deleted) return;
      this.repo.decrementCount(input.targetType, id!, input.stamp);
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
