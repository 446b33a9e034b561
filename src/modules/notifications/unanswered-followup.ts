import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../core/config/config';
import { DbService } from '../../core/database/db.service';
import { DomainEvents } from '../../core/events/domain-events.service';
import { businessDaysBetween } from '../../core/time/business-days';
import { jstDate } from '../../core/time/jst';
import { SkillsService } from '../skills/skills.service';
import { UsersService } from '../users/users.service';
import { NotificationsRepository } from './notifications.repository';

/** How often the job looks (it is idempotent, so a missed or repeated run changes nothing). */
const EVERY_MS = 10 * 60_000;
/** Questions older than this are not chased any more (a new installation's backlog stays quiet). */
const LOOK_BACK_DAYS = 30;

/**
 * The unanswered follow-up (#12): a scheduled, in-process job that finds open questions still
 * without an answer after UNANSWERED_FOLLOWUP_DAYS business days (weekends, national holidays
 * and the year-end closure skipped), records the follow-up once per question (so restarts and
 * repeated runs change nothing), and emits `question.unanswered`: the followers of the
 * question's tags and the DX office are told, and the asker gets up to three people the expert
 * finder suggests to route it to.
 */
@Injectable()
export class UnansweredFollowUp implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('UnansweredFollowUp');
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: DbService,
    private readonly repo: NotificationsRepository,
    private readonly skills: SkillsService,
    private readonly users: UsersService,
    private readonly events: DomainEvents,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (process.env.OUTBOX_POLL === 'off') return; // the same switch that keeps background work out of benches and CLIs
    this.timer = setInterval(() => {
      try {
        this.run();
      } catch (e) {
        this.logger.warn(`follow-up failed, will retry: ${(e as Error).message}`);
      }
    }, EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** One pass; returns the questions followed up. */
  run(now = new Date()): number {
    const today = jstDate(now);
    const since = new Date(now.getTime() - LOOK_BACK_DAYS * 86_400_000).toISOString();
    let done = 0;
    for (const q of this.repo.unansweredCandidates(since)) {
      const days = businessDaysBetween(jstDate(new Date(q.created_at)), today);
      if (days < this.config.unansweredFollowupDays) continue;
      const suggested = this.suggest(q.id, q.author_id);
      const at = now.toISOString();
      const recorded = this.db.tx(() => {
        if (!this.repo.insertFollowup(q.id, days, suggested, at)) return false;
        this.events.emit('question.unanswered', { postId: q.id, askerId: q.author_id, businessDays: days, suggestedUserIds: suggested, at });
        return true;
      });
      if (recorded) done++;
    }
    return done;
  }

  /** Up to three people the expert finder names for the question's tags, as the asker may see them. */
  private suggest(postId: number, askerId: number): number[] {
    const asker = this.users.findById(askerId);
    if (!asker) return [];
    const viewer = { id: askerId, role: asker.role, displayName: asker.displayName, sessionId: 'unanswered-followup' };
    const out = new Set<number>();
    for (const tag of this.repo.tagLabels(postId)) {
      for (const e of this.skills.experts(viewer, null, tag, 3)) if (Number(e.user.id) !== askerId) out.add(Number(e.user.id));
      if (out.size >= 3) break;
    }
    return [...out].slice(0, 3);
  }
}
