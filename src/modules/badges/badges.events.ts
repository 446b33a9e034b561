import { Injectable } from '@nestjs/common';
import { EventMap } from '../../core/events/domain-events';
import { OnEvent } from '../../core/events/on-event.decorator';
import { BadgesService } from './badges.service';

/**
 * Badges are derived state: evaluated after the facts commit (a failure never undoes the
 * action; `npm run badges:backfill` re-derives anything missed), once per person and
 * transaction, whatever the number of ledger entries the action wrote for them.
 */
@Injectable()
export class BadgeEvents {
  constructor(private readonly badges: BadgesService) {}

  /** Every person whose ledger changed: grant what now holds, revoke what no longer does. */
  @OnEvent({ event: ['contribution.recorded', 'contribution.reversed'], phase: 'after-commit', once: (e) => `badges.evaluate:${e.userId}` })
  ledgerChanged(e: { userId: number }): void {
    this.badges.evaluate(e.userId);
  }

  /** Per-skill badges follow the tag → skill mapping: re-derive every award once after it changes. */
  @OnEvent({ event: 'skills.mappingChanged', phase: 'after-commit', once: () => 'badges.backfill' })
  skillMappingChanged(): void {
    this.badges.backfill();
  }

  /**
   * Retagging moves a post's accepted answers to other skills without a new ledger fact:
   * re-evaluate the people whose answers were accepted there.
   */
  @OnEvent({ event: 'post.updated', phase: 'after-commit', once: (e) => `badges.retagged:${e.postId}` })
  postUpdated(e: EventMap['post.updated']): void {
    if (e.tagsChanged) this.badges.evaluateContributorsOf([e.postId]);
  }
}
